import { describe, expect, it } from 'vitest';
import { pruneAnswers } from '../../machines/rules/answers.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import type {
  Answers,
  Summary,
  TestId,
  CauseId,
} from '../../machines/workup.types.ts';
import { answersFile, primaryCmvSerology, summaryOf } from './helpers.ts';

const test = (s: Summary, id: TestId) => s.tests.find((t) => t.id === id)!;
const cause = (s: Summary, id: CauseId) =>
  s.differential.find((c) => c.id === id)!;

const primaryCmv = (ga: number, weeks: number | null) =>
  summaryOf({
    gestationalAgeWeeks: ga,
    serology: primaryCmvSerology,
    cmvAvidity: 'low',
    weeksSinceMaternalInfection: weeks,
  });

describe('amniotic fluid CMV PCR timing', () => {
  it('is recommended at 23 weeks, 8 weeks after infection', () => {
    const pcr = test(primaryCmv(23, 8), 'amniotic-fluid-cmv-pcr');
    expect(pcr.status).toBe('recommended');
    expect(pcr.reason).toMatch(
      /23 weeks of pregnancy, 8 weeks since maternal infection/,
    );
  });

  it('is not yet optimal before 21 weeks even long after infection', () => {
    const pcr = test(primaryCmv(20, 8), 'amniotic-fluid-cmv-pcr');
    expect(pcr.status).toBe('not-yet-optimal');
    expect(pcr.reason).toMatch(/falsely reassuring/);
  });

  it('is not yet optimal 6 weeks after infection (more than 6 needed)', () => {
    expect(test(primaryCmv(25, 6), 'amniotic-fluid-cmv-pcr').status).toBe(
      'not-yet-optimal',
    );
  });

  it('says when it becomes optimal', () => {
    // Infection at 15 weeks: more than 6 weeks after it is from 21+1 weeks.
    const pcr = test(primaryCmv(18, 3), 'amniotic-fluid-cmv-pcr');
    expect(pcr.when).toMatch(/^From 21\+1 weeks/);
    // Infection at 12 weeks: 21 weeks comes later than 18+1 weeks.
    expect(test(primaryCmv(14, 2), 'amniotic-fluid-cmv-pcr').when).toMatch(
      /^From 21 weeks/,
    );
    expect(test(primaryCmv(20, 1), 'amniotic-fluid-cmv-pcr').when).toMatch(
      /^From 25\+1 weeks/,
    );
  });

  it('is not yet optimal when the infection date is unknown', () => {
    expect(test(primaryCmv(25, null), 'amniotic-fluid-cmv-pcr').status).toBe(
      'not-yet-optimal',
    );
  });

  it('is not indicated without suspected primary CMV infection', () => {
    expect(test(summaryOf(), 'amniotic-fluid-cmv-pcr').status).toBe(
      'not-indicated',
    );
  });

  it('is offered with CMV IgM positive but high avidity (non-primary: fetal infection not excluded)', () => {
    const s = summaryOf({ serology: primaryCmvSerology, cmvAvidity: 'high' });
    expect(test(s, 'amniotic-fluid-cmv-pcr').status).toBe('recommended');
    expect(cause(s, 'cmv').status).toBe('possible');
  });
});

describe('CMV serology', () => {
  it('negative CMV IgM and IgG exclude congenital CMV', () => {
    const c = cause(summaryOf(), 'cmv');
    expect(c.status).toBe('excluded');
    expect(c.reasons.join(' ')).toMatch(/rule out congenital CMV/);
  });

  it('IgG positive / IgM negative does not exclude CMV', () => {
    const s = summaryOf({
      serology: { ...answersFile().serology, 'cmv-igg': 'positive' },
    });
    expect(cause(s, 'cmv').status).toBe('possible');
    expect(cause(s, 'cmv').reasons.join(' ')).toMatch(
      /fetal infection is NOT excluded/,
    );
  });

  it('IgM positive with low avidity supports primary CMV', () => {
    expect(cause(primaryCmv(23, 8), 'cmv').status).toBe('supported');
  });

  it('avidity is asked for (recommended) only when CMV IgM is positive', () => {
    expect(test(summaryOf(), 'cmv-igg-avidity').status).toBe('not-indicated');
    const s = summaryOf({
      serology: primaryCmvSerology,
      cmvAvidity: 'not-done',
    });
    expect(test(s, 'cmv-igg-avidity').status).toBe('recommended');
  });
});

describe('classification', () => {
  it('isolated: no finding, normal genetics, negative infection workup', () => {
    expect(summaryOf().classification).toBe('isolated');
  });

  it('associated when an associated finding is present', () => {
    expect(summaryOf({ findings: ['cardiac-defect'] }).classification).toBe(
      'associated',
    );
  });

  it('cause found when the karyotype is abnormal and nothing else is seen', () => {
    const s = summaryOf({
      genetics: { karyotype: 'abnormal' },
      chromosomalDiagnosis: 'trisomy-18',
    });
    expect(s.classification).toBe('cause-found');
    expect(cause(s, 'trisomy-18').status).toBe('supported');
    expect(s.prognosis.text).not.toMatch(/additional fetal abnormalities/);
  });

  it('associated when the karyotype is abnormal with another finding', () => {
    const s = summaryOf({
      findings: ['cardiac-defect'],
      genetics: { karyotype: 'abnormal' },
      chromosomalDiagnosis: 'trisomy-18',
    });
    expect(s.classification).toBe('associated');
  });

  it('undetermined while genetics are pending', () => {
    const s = summaryOf({ genetics: { 'chromosomal-microarray': 'pending' } });
    expect(s.classification).toBe('undetermined');
    expect(s.classificationReasons.join(' ')).toMatch(/microarray/i);
  });

  it('undetermined while an infection result is pending', () => {
    const s = summaryOf({
      serology: { ...answersFile().serology, 'toxoplasma-igm': 'pending' },
    });
    expect(s.classification).toBe('undetermined');
  });

  it('undetermined when the detailed ultrasound is pending', () => {
    expect(summaryOf({ findings: 'pending' }).classification).toBe(
      'undetermined',
    );
  });

  it('prognosis follows the classification', () => {
    expect(summaryOf().prognosis.text).toMatch(/19 of 21/);
    expect(summaryOf({ findings: ['hydrops'] }).prognosis.text).toMatch(
      /40 of 61/,
    );
  });
});

describe('conditional tests', () => {
  it('CF carrier screening only with echogenic bowel', () => {
    expect(test(summaryOf(), 'cf-carrier-screening').status).toBe(
      'not-indicated',
    );
    expect(
      test(summaryOf({ findings: ['echogenic-bowel'] }), 'cf-carrier-screening')
        .status,
    ).toBe('recommended');
  });

  it('MCA-PSV only with confirmed parvovirus or hydrops', () => {
    expect(test(summaryOf(), 'mca-psv-doppler').status).toBe('not-indicated');
    expect(
      test(summaryOf({ findings: ['hydrops'] }), 'mca-psv-doppler').status,
    ).toBe('recommended');
    const parvo = summaryOf({
      serology: { ...answersFile().serology, 'parvovirus-igm': 'positive' },
    });
    expect(test(parvo, 'mca-psv-doppler').status).toBe('recommended');
    expect(cause(parvo, 'parvovirus-b19').status).toBe('supported');
  });

  it('newborn CMV testing is planned after birth with CMV not excluded (REVIEW.md third review, "Newborn CMV testing")', () => {
    const s = primaryCmv(23, 8);
    const newborn = test(s, 'newborn-blood-spot-cmv-pcr');
    expect(newborn.status).toBe('after-birth');
    expect(newborn.reason).toMatch(/urine or saliva CMV PCR/);
    expect(newborn.reason).toMatch(/first 3 weeks of life/);
    expect(newborn.reason).toMatch(/dried blood spot/);
    expect(newborn.timing).toEqual({
      fromWeeks: null,
      untilWeeks: null,
      every: null,
      afterBirth: true,
    });
    expect(s.followUp.map((f) => f.id)).toContain('newborn-blood-spot-cmv-pcr');
    // CMV excluded: not indicated, and never a prenatal step.
    const excluded = test(summaryOf(), 'newborn-blood-spot-cmv-pcr');
    expect(excluded.status).toBe('not-indicated');
    expect(excluded.reason).toMatch(/[Pp]ostnatal only/);
  });

  it('hydrops adds an urgent referral to the follow-up', () => {
    expect(summaryOf({ findings: ['hydrops'] }).followUp[0]!.id).toBe(
      'urgent-hydrops-referral',
    );
    expect(summaryOf().followUp.map((f) => f.id)).not.toContain(
      'urgent-hydrops-referral',
    );
  });

  it('a pending result is awaited: neither done nor recommended', () => {
    const s = summaryOf({ genetics: { 'chromosomal-microarray': 'pending' } });
    expect(test(s, 'chromosomal-microarray').status).toBe('pending');
    expect(test(s, 'chromosomal-microarray').reason).toMatch(/pending/);
  });

  it('an unknown result becomes a recommendation', () => {
    const s = summaryOf({ genetics: {} });
    expect(test(s, 'chromosomal-microarray').status).toBe('recommended');
    expect(test(s, 'karyotype').status).toBe('recommended');
  });
});

describe('differential', () => {
  it('normal microarray excludes every chromosomal cause', () => {
    const s = summaryOf();
    for (const id of [
      'trisomy-13',
      'trisomy-18',
      'trisomy-21',
      'turner-45x',
      'del-22q11-2',
      'del-1p36',
    ] as const) {
      expect(cause(s, id).status).toBe('excluded');
    }
  });

  it('toxoplasmosis with microcephaly notes it was not observed in a large series', () => {
    const s = summaryOf({
      headSize: 'microcephaly',
      serology: { ...answersFile().serology, 'toxoplasma-igm': 'pending' },
    });
    expect(cause(s, 'toxoplasmosis').reasons.join(' ')).toMatch(
      /not observed in a large series/,
    );
  });

  it('lists every cause of the source with a category', () => {
    expect(summaryOf().differential).toHaveLength(21);
  });

  it('interprets results the algorithm would not have asked for, and drops choices that no longer apply', () => {
    const offPath: Answers = {
      ...answersFile(),
      cmvAvidity: 'low',
      weeksSinceMaternalInfection: 8,
      specialized: { 'amniotic-fluid-cmv-pcr': 'positive' },
    } as Answers;
    const s = buildSummary(offPath);
    expect(test(s, 'amniotic-fluid-cmv-pcr').status).toBe('done');
    expect(cause(s, 'cmv').status).toBe('confirmed');
    expect(s.classification).toBe('cause-found');
    // The avidity is a resulted test: kept and read, though CMV IgM is negative.
    expect(test(s, 'cmv-igg-avidity').status).toBe('done');
    // The infection timing is a choice of the primary-CMV branch, not taken
    // (CMV IgM and IgG negative): dropped, and the summary does not use it.
    const kept = pruneAnswers(offPath);
    expect(kept.cmvAvidity).toBe('low');
    expect(kept).not.toHaveProperty('weeksSinceMaternalInfection');
    expect(
      [...s.tests.map((t) => t.reason), ...cause(s, 'cmv').reasons].join(' '),
    ).not.toMatch(/8 weeks since/);
  });

  it('renders for learners in plain language', () => {
    const s = buildSummary(answersFile() as Answers, 'learner');
    expect(s.audience).toBe('learner');
    expect(s.prognosis.text).not.toBe(
      buildSummary(answersFile() as Answers, 'clinician').prognosis.text,
    );
  });
});

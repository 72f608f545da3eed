import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { runConsult } from '../../machines/consult.ts';
import { recordableResults } from '../../machines/rules/recordable.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { Answers } from '../../machines/workup.types.ts';
import { answersFile, primaryCmvSerology } from './helpers.ts';

const recordable = (answers: Answers) =>
  recordableResults(answers, buildSummary(answers));

describe('results that can be recorded after the summary', () => {
  it('lists a pending microarray first, and the serial scan', () => {
    const { answers } = runConsult(
      answersFile({
        genetics: { 'chromosomal-microarray': 'pending', karyotype: 'normal' },
      }),
    );
    const list = recordable(answers);
    expect(list[0]).toEqual({ question: 'microarray', reason: 'pending' });
    expect(list).toContainEqual({
      question: 'follow-up-scan',
      reason: 'serial-scan',
    });
    // A test already done is not offered again (its answer can be edited).
    expect(list.map((r) => r.question)).not.toContain('karyotype');
  });

  it('offers a CMV PCR that the serology did not indicate (off the expected path)', () => {
    const { answers } = runConsult(answersFile());
    expect(answers.specialized?.['amniotic-fluid-cmv-pcr']).toBeUndefined();
    expect(recordable(answers)).toContainEqual({
      question: 'cmv-pcr',
      reason: 'off-path',
    });
  });

  it('offers a CMV PCR to repeat when a negative one was taken too early', () => {
    const { answers } = runConsult(
      answersFile({
        gestationalAgeWeeks: 18,
        serology: primaryCmvSerology,
        cmvAvidity: 'low',
        weeksSinceMaternalInfection: 3,
        specialized: { 'amniotic-fluid-cmv-pcr': 'negative' },
      }),
    );
    expect(recordable(answers)).toContainEqual({
      question: 'cmv-pcr',
      reason: 'repeat',
    });
  });

  it('offers a recommended test that was not done', () => {
    const { answers } = runConsult(
      answersFile({ genetics: { karyotype: 'normal' } }),
    );
    expect(recordable(answers)).toContainEqual({
      question: 'microarray',
      reason: 'recommended',
    });
  });

  it('lists only results the machine lets the clinician record from the summary', () => {
    const { answers } = runConsult(
      answersFile({
        serology: { ...primaryCmvSerology, 'parvovirus-igm': 'pending' },
        cmvAvidity: 'pending',
        genetics: { 'chromosomal-microarray': 'pending' },
        specialized: { 'fetal-mri': 'pending' },
      }),
    );
    const actor = createActor(workupMachine, {
      input: { audience: 'clinician', answers },
    }).start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('summary')).toBe(true);
    const list = recordable(answers);
    expect(
      list.filter((r) => r.reason === 'pending').map((r) => r.question),
    ).toEqual(['cmv-avidity', 'parvovirus', 'microarray', 'fetal-mri']);
    // Each is recorded as a new result (a scan, as a follow-up scan).
    for (const { question } of list) {
      expect(
        snapshot.can(
          question === 'follow-up-scan'
            ? { type: 'followUp.scanStarted' }
            : { type: 'result.add', question },
        ),
        question,
      ).toBe(true);
    }
    actor.stop();
  });

  it('offers the amniotic-fluid CMV PCR whose window opens later: the result most likely to arrive next (issue 18)', () => {
    const { answers } = runConsult(
      answersFile({
        gestationalAgeWeeks: 19,
        serology: primaryCmvSerology,
        cmvAvidity: 'low',
        weeksSinceMaternalInfection: 3,
      }),
    );
    const summary = buildSummary(answers);
    expect(
      summary.tests.find((t) => t.id === 'amniotic-fluid-cmv-pcr')?.status,
    ).toBe('not-yet-optimal');
    expect(recordable(answers)).toContainEqual({
      question: 'cmv-pcr',
      reason: 'recommended',
    });
  });
});

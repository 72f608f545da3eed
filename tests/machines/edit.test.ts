import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { workupMachine } from '../../machines/workup.machine.ts';
import { answersDroppedBy } from '../../machines/rules/answers.ts';
import { runConsult } from '../../machines/consult.ts';
import { summaryOf } from '../../machines/workup.summary.ts';
import { answersFile, primaryCmvSerology, startWorkup } from './helpers.ts';
import { currentQuestion } from '../../machines/workup.selectors.ts';
import type { Answers, QuestionId } from '../../machines/workup.types.ts';
import { storchTestIds } from '../../content/ids.ts';

/** A resumed consult with an edit of one question begun. */
function editingOf(answers: Answers, question: QuestionId) {
  const actor = createActor(workupMachine, {
    input: { audience: 'clinician', answers },
  }).start();
  actor.send({ type: 'answer.edit', question });
  return actor;
}

const storchOf = (s: Record<string, unknown>) =>
  Object.fromEntries(storchTestIds.map((t) => [t, s[t]])) as Record<
    (typeof storchTestIds)[number],
    'positive' | 'negative'
  >;

const cmvCase = () =>
  runConsult(
    answersFile({
      gestationalAgeWeeks: 23,
      findings: ['echogenic-bowel'],
      serology: primaryCmvSerology,
      cmvAvidity: 'low',
      weeksSinceMaternalInfection: 8,
      genetics: {
        'chromosomal-microarray': 'normal',
        'cf-carrier-screening': 'pending',
      },
      specialized: { 'amniotic-fluid-cmv-pcr': 'positive' },
    }),
  );

describe('editing an earlier answer', () => {
  it('reports which answers an edit would drop before it is applied', () => {
    const { answers } = cmvCase();
    expect(
      answersDroppedBy(answers, {
        type: 'serology.storchEntered',
        results: { ...storchOf(primaryCmvSerology), 'cmv-igm': 'negative' },
      }),
    ).toEqual(['infection-timing']);
    expect(
      answersDroppedBy(answers, {
        type: 'examination.findingsEntered',
        findings: [],
      }),
    ).toEqual(['cf-screening']);
    expect(
      answersDroppedBy(answers, {
        type: 'examination.headSizeEntered',
        headSize: 'microcephaly',
      }),
    ).toEqual([]);
  });

  it('keeps the avidity and PCR results when CMV IgM turns negative (facts), drops the timing (a choice of the branch)', () => {
    const { answers } = cmvCase();
    const actor = editingOf(answers, 'storch');
    expect(actor.getSnapshot().value).toBe('editing');
    expect(currentQuestion(actor.getSnapshot())).toBe('storch');
    actor.send({
      type: 'serology.storchEntered',
      results: { ...storchOf(primaryCmvSerology), 'cmv-igm': 'negative' },
    });
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('summary')).toBe(true);
    expect(snapshot.context.answers.cmvAvidity).toBe('low');
    expect(
      snapshot.context.answers.weeksSinceMaternalInfection,
    ).toBeUndefined();
    expect(
      snapshot.context.answers.specialized?.['amniotic-fluid-cmv-pcr'],
    ).toBe('positive');
    const summary = summaryOf(snapshot)!;
    expect(
      summary.tests.find((t) => t.id === 'amniotic-fluid-cmv-pcr')!.status,
    ).toBe('done');
    const cmv = summary.differential.find((c) => c.id === 'cmv')!;
    // A positive amniotic-fluid PCR: fetal infection confirmed (issue 19).
    expect(cmv.status).toBe('confirmed');
    expect(cmv.reasons.join(' ')).toMatch(/PCR positive/);
  });

  it('drops CF screening when echogenic bowel is unticked', () => {
    const actor = editingOf(cmvCase().answers, 'findings');
    actor.send({ type: 'examination.findingsEntered', findings: ['ascites'] });
    expect(
      actor.getSnapshot().context.answers.genetics?.['cf-carrier-screening'],
    ).toBeUndefined();
    expect(
      summaryOf(actor.getSnapshot())!.tests.find(
        (t) => t.id === 'cf-carrier-screening',
      )!.status,
    ).toBe('not-indicated');
  });

  it('continues at the first newly opened question after an edit', () => {
    const { answers } = runConsult(answersFile());
    const actor = editingOf(answers, 'findings');
    actor.send({
      type: 'examination.findingsEntered',
      findings: ['echogenic-bowel'],
    });
    // Later questions are answered: the opened one is asked on its own, and
    // it cannot be cancelled (it must be answered).
    expect(currentQuestion(actor.getSnapshot())).toBe('cf-screening');
    expect(actor.getSnapshot().context.editMode).toBe('fill');
    expect(actor.getSnapshot().can({ type: 'answer.editCancelled' })).toBe(
      false,
    );
    actor.send({ type: 'genetics.cfScreeningEntered', result: 'pending' });
    expect(actor.getSnapshot().hasTag('summary')).toBe(true);
  });

  it('goes back mid-consult with answer.edit and can cancel the edit', () => {
    const actor = startWorkup();
    actor.send({ type: 'intake.audienceSelected', audience: 'clinician' });
    actor.send({ type: 'intake.gestationalAgeEntered', weeks: 22 });
    actor.send({ type: 'examination.findingsEntered', findings: [] });
    actor.send({ type: 'answer.edit', question: 'gestational-age' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.editing).toBe('gestational-age');
    actor.send({ type: 'answer.editCancelled' });
    expect(actor.getSnapshot().value).toEqual({ examination: 'headSize' });
    expect(actor.getSnapshot().context.editing).toBeNull();
    expect(actor.getSnapshot().context.answers.gestationalAgeWeeks).toBe(22);
  });

  it('refuses to edit a question that was never answered', () => {
    const actor = startWorkup();
    actor.send({ type: 'intake.audienceSelected', audience: 'clinician' });
    actor.send({ type: 'answer.edit', question: 'storch' });
    expect(actor.getSnapshot().value).toEqual({ intake: 'gestationalAge' });
  });

  it('keeps weeks since infection longer than a shortened pregnancy (periconceptional infection)', () => {
    const { answers } = runConsult(
      answersFile({
        gestationalAgeWeeks: 23,
        serology: primaryCmvSerology,
        cmvAvidity: 'low',
        weeksSinceMaternalInfection: 15,
      }),
    );
    const actor = editingOf(answers, 'gestational-age');
    actor.send({ type: 'intake.gestationalAgeEntered', weeks: 12 });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(
      actor.getSnapshot().context.answers.weeksSinceMaternalInfection,
    ).toBe(15);
    expect(actor.getSnapshot().hasTag('summary')).toBe(true);
  });

  it('never skips an open question: a later answer cannot be edited while an earlier question is open', () => {
    const { answers } = runConsult(
      answersFile({ genetics: { 'chromosomal-microarray': 'normal' } }),
    );
    const actor = editingOf(answers, 'storch');
    actor.send({
      type: 'serology.storchEntered',
      results: {
        ...storchOf(primaryCmvSerology),
        'cmv-igm': 'positive',
        'cmv-igg': 'positive',
      },
    });
    expect(currentQuestion(actor.getSnapshot())).toBe('cmv-avidity');
    expect(
      actor.getSnapshot().can({ type: 'answer.edit', question: 'microarray' }),
    ).toBe(false);
    actor.send({ type: 'answer.edit', question: 'microarray' });
    expect(currentQuestion(actor.getSnapshot())).toBe('cmv-avidity');
    actor.send({ type: 'serology.avidityEntered', avidity: 'high' });
    expect(
      actor.getSnapshot().can({ type: 'answer.edit', question: 'microarray' }),
    ).toBe(true);
  });

  it('takes a result that arrives after the summary and updates the summary in place', () => {
    const { answers } = runConsult(
      answersFile({
        serology: { ...primaryCmvSerology, 'cmv-igm': 'negative' },
      }),
    );
    const actor = createActor(workupMachine, {
      input: { audience: 'clinician', answers },
    }).start();
    expect(actor.getSnapshot().hasTag('summary')).toBe(true);
    actor.send({ type: 'answer.edit', question: 'mca-doppler' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(currentQuestion(actor.getSnapshot())).toBe('mca-doppler');
    actor.send({ type: 'specialized.mcaDopplerEntered', result: 'abnormal' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('summary')).toBe(true);
    const summary = summaryOf(snapshot)!;
    expect(summary.classification).toBe('associated');
    expect(summary.followUp.map((f) => f.id)).toContain(
      'urgent-anemia-referral',
    );
  });

  it('changes the audience at the summary (the summary is not a final state)', () => {
    const { answers } = runConsult(answersFile());
    const actor = createActor(workupMachine, {
      input: { audience: 'clinician', answers },
    }).start();
    expect(actor.getSnapshot().hasTag('summary')).toBe(true);
    actor.send({ type: 'audience.change', audience: 'learner' });
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().context.audience).toBe('learner');
    expect(summaryOf(actor.getSnapshot())!.audience).toBe('learner');
  });

  it('changes the audience at any point without losing answers', () => {
    const actor = startWorkup();
    actor.send({ type: 'intake.audienceSelected', audience: 'clinician' });
    actor.send({ type: 'intake.gestationalAgeEntered', weeks: 22 });
    actor.send({ type: 'audience.change', audience: 'learner' });
    expect(actor.getSnapshot().context.audience).toBe('learner');
    expect(actor.getSnapshot().context.answers.gestationalAgeWeeks).toBe(22);
    expect(actor.getSnapshot().value).toEqual({ examination: 'findings' });
  });
});

describe('persistence', () => {
  it('round-trips a persisted snapshot through JSON', () => {
    const actor = startWorkup();
    actor.send({ type: 'intake.audienceSelected', audience: 'learner' });
    actor.send({ type: 'intake.gestationalAgeEntered', weeks: 19 });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(workupMachine, {
      snapshot: persisted,
      input: {},
    }).start();
    expect(restored.getSnapshot().value).toEqual({ examination: 'findings' });
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send({ type: 'examination.findingsEntered', findings: [] });
    expect(restored.getSnapshot().value).toEqual({ examination: 'headSize' });
  });
});

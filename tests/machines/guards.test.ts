import { describe, expect, it } from 'vitest';
import { play, startWorkup, toGeneticsEvents } from './helpers.ts';
import type { AnswerEvent } from '../../machines/workup.types.ts';

const toAge: AnswerEvent[] = [
  { type: 'intake.audienceSelected', audience: 'learner' },
];

function ageRejection(weeks: string | number) {
  const actor = play([
    ...toAge,
    { type: 'intake.gestationalAgeEntered', weeks },
  ]);
  const snapshot = actor.getSnapshot();
  return {
    value: snapshot.value,
    rejection: snapshot.context.rejection,
    answers: snapshot.context.answers,
  };
}

describe('gestational age guard', () => {
  it('refuses 9 weeks (below 10) and stays on the question', () => {
    const r = ageRejection(9);
    expect(r.value).toEqual({ intake: 'gestationalAge' });
    expect(r.rejection).toEqual({
      question: 'gestational-age',
      reason: 'gestational-age-out-of-range',
    });
    expect(r.answers.gestationalAgeWeeks).toBeUndefined();
  });

  it('refuses 42.5 weeks (above 42)', () => {
    expect(ageRejection(42.5).rejection?.reason).toBe(
      'gestational-age-out-of-range',
    );
  });

  it('refuses text that is not a number', () => {
    expect(ageRejection('twenty').rejection?.reason).toBe('not-a-number');
  });

  it('refuses NaN', () => {
    expect(ageRejection(Number.NaN).rejection?.reason).toBe('not-a-number');
  });

  it('refuses an empty entry as required', () => {
    expect(ageRejection('  ').rejection?.reason).toBe('required');
  });

  it('accepts the bounds 10 and 42 and typed text', () => {
    for (const weeks of [10, 42, ' 23.5 ']) {
      const actor = play([
        ...toAge,
        { type: 'intake.gestationalAgeEntered', weeks },
      ]);
      expect(actor.getSnapshot().value).toEqual({ examination: 'findings' });
      expect(actor.getSnapshot().context.rejection).toBeNull();
    }
  });

  it('clears the rejection once a valid answer is given', () => {
    const actor = play([
      ...toAge,
      { type: 'intake.gestationalAgeEntered', weeks: 50 },
      { type: 'intake.gestationalAgeEntered', weeks: 20 },
    ]);
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.answers.gestationalAgeWeeks).toBe(20);
  });
});

const toTiming: AnswerEvent[] = [
  ...toGeneticsEvents.slice(0, 1),
  { type: 'intake.gestationalAgeEntered', weeks: 20 },
  ...toGeneticsEvents.slice(2),
  {
    type: 'serology.storchEntered',
    results: { 'cmv-igg': 'positive', 'cmv-igm': 'positive' },
  },
  { type: 'serology.avidityEntered', avidity: 'low' },
  { type: 'serology.parvovirusEntered', results: {} },
];

describe('weeks since maternal infection guard', () => {
  it('is asked when primary CMV infection is suspected', () => {
    expect(play(toTiming).getSnapshot().value).toEqual({
      serology: 'infectionTiming',
    });
  });

  it('refuses a negative number of weeks', () => {
    const actor = play([
      ...toTiming,
      { type: 'serology.infectionTimingEntered', weeks: -1 },
    ]);
    expect(actor.getSnapshot().value).toEqual({ serology: 'infectionTiming' });
    expect(actor.getSnapshot().context.rejection?.reason).toBe(
      'weeks-since-infection-negative',
    );
  });

  it('accepts more weeks than the pregnancy (20 weeks): infection can precede the last menstrual period', () => {
    const actor = play([
      ...toTiming,
      { type: 'serology.infectionTimingEntered', weeks: 21 },
    ]);
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(
      actor.getSnapshot().context.answers.weeksSinceMaternalInfection,
    ).toBe(21);
  });

  it('refuses text that is not a number', () => {
    const actor = play([
      ...toTiming,
      { type: 'serology.infectionTimingEntered', weeks: '6 wk' },
    ]);
    expect(actor.getSnapshot().context.rejection?.reason).toBe('not-a-number');
  });

  it('accepts "unknown" (null) and moves on to genetics', () => {
    const actor = play([
      ...toTiming,
      { type: 'serology.infectionTimingEntered', weeks: null },
    ]);
    expect(actor.getSnapshot().value).toEqual({ genetics: 'microarray' });
    expect(
      actor.getSnapshot().context.answers.weeksSinceMaternalInfection,
    ).toBeNull();
  });
});

describe('option guards', () => {
  it('refuses an unknown finding id', () => {
    const actor = play([
      ...toGeneticsEvents.slice(0, 2),
      {
        type: 'examination.findingsEntered',
        findings: ['liver-cyst' as never],
      },
    ]);
    expect(actor.getSnapshot().value).toEqual({ examination: 'findings' });
    expect(actor.getSnapshot().context.rejection?.reason).toBe(
      'unknown-option',
    );
  });

  it('refuses a finding listed twice', () => {
    const actor = play([
      ...toGeneticsEvents.slice(0, 2),
      { type: 'examination.findingsEntered', findings: ['hydrops', 'hydrops'] },
    ]);
    expect(actor.getSnapshot().context.rejection?.reason).toBe(
      'duplicate-option',
    );
  });

  it('accepts an equivocal serology result', () => {
    const actor = play([
      ...toGeneticsEvents,
      { type: 'serology.storchEntered', results: { 'cmv-igm': 'equivocal' } },
    ]);
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.answers.serology?.['cmv-igm']).toBe(
      'equivocal',
    );
  });

  it('refuses a serology value outside positive/negative/equivocal/pending/not-done', () => {
    const actor = play([
      ...toGeneticsEvents,
      {
        type: 'serology.storchEntered',
        results: { 'cmv-igm': 'borderline' as never },
      },
    ]);
    expect(actor.getSnapshot().value).toEqual({ serology: 'storch' });
    expect(actor.getSnapshot().context.rejection?.reason).toBe(
      'unknown-option',
    );
  });

  it('ignores an answer for another question', () => {
    const actor = startWorkup();
    actor.send({ type: 'genetics.karyotypeEntered', result: 'normal' });
    expect(actor.getSnapshot().value).toEqual({ intake: 'audience' });
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

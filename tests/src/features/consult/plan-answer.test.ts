import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../machines/workup.types.ts';
import { planAnswer } from '../../../../src/features/consult/view-model.ts';

// A CMV IgM and IgG positive panel with the avidity branch answered.
const answers: Answers = {
  gestationalAgeWeeks: 23,
  findings: [],
  headSize: 'normal',
  serology: { 'cmv-igm': 'positive', 'cmv-igg': 'positive' },
  cmvAvidity: 'pending',
};

describe('planAnswer (what an answer or an edit would do)', () => {
  it('sends a new answer as it is: no confirmation outside an edit', () => {
    expect(
      planAnswer(
        { id: 'storch', editing: false },
        { 'cmv-igm': 'negative' },
        answers,
        'clinician',
      ),
    ).toEqual({
      kind: 'send',
      valid: true,
      event: {
        type: 'serology.storchEntered',
        results: { 'cmv-igm': 'negative' },
      },
    });
  });

  it('asks to confirm an edit that clears later answers, naming them', () => {
    const plan = planAnswer(
      { id: 'storch', editing: true },
      { 'cmv-igm': 'negative' },
      answers,
      'learner',
    );
    expect(plan.kind).toBe('confirm');
    expect(plan.kind === 'confirm' && plan.dropped).toHaveLength(1);
    expect(plan.event.type).toBe('serology.storchEntered');
  });

  it('sends an edit that clears nothing without asking', () => {
    expect(
      planAnswer(
        { id: 'head-size', editing: true },
        'normal',
        answers,
        'clinician',
      ),
    ).toMatchObject({ kind: 'send', valid: true });
  });

  it('sends an invalid answer for the machine to refuse, even in an edit (nothing is cleared by it)', () => {
    for (const editing of [false, true]) {
      expect(
        planAnswer(
          { id: 'gestational-age', editing },
          '99',
          answers,
          'clinician',
        ),
      ).toMatchObject({
        kind: 'send',
        valid: false,
        event: { type: 'intake.gestationalAgeEntered' },
      });
    }
  });
});

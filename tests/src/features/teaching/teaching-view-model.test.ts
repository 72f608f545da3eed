import { describe, expect, it } from 'vitest';
import { teachingCases } from '../../../../content/cases/cases.ts';
import { labelOf } from '../../../../content/index.ts';
import {
  predictionsAfter,
  replayCase,
} from '../../../../src/features/teaching/case-player.ts';
import {
  answersLog,
  answersLogFileName,
  caseProgress,
  caseSteps,
  caseSummaryView,
  revealView,
  scorePick,
  type Answered,
} from '../../../../src/features/teaching/teaching-view-model.ts';

const isolated = teachingCases.find(
  (c) => c.id === 'isolated-negative-workup',
)!;
const steps = caseSteps(replayCase(isolated, 'clinician').steps);
const allShown = steps.length;

describe('caseProgress', () => {
  it('step-through: notes shown, no predictions, never waiting', () => {
    const progress = caseProgress(steps, allShown, {}, 'step-through');
    expect(progress.steps).toHaveLength(allShown);
    expect(progress.steps.every((slot) => slot.showNotes)).toBe(true);
    expect(progress.steps.every((slot) => slot.predictions.length === 0)).toBe(
      true,
    );
    expect(progress.waiting).toBe(false);
    expect(progress.score).toBeNull();
    expect(progress.nextLabel).toBe('Show the summary');
  });

  it('predict: only the first open prediction is shown and holds the case', () => {
    const progress = caseProgress(steps, allShown, {}, 'predict');
    const shown = progress.steps.flatMap((slot) => slot.predictions);
    expect(shown).toHaveLength(1);
    expect(progress.waiting).toBe(true);
    expect(progress.score).toBe('Score so far: 0 of 0 decisions');
    // The step whose prediction is open hides its case notes until revealed.
    const open = progress.steps.find((slot) => slot.predictions.length > 0)!;
    expect(open.showNotes).toBe(false);
  });

  it('predict: answering every prediction releases the case and scores it', () => {
    const answered: Record<string, Answered> = {};
    steps.forEach((step) =>
      predictionsAfter(step).forEach((prediction, index) => {
        const right =
          prediction.kind === 'remaining-causes'
            ? prediction.correct
            : [prediction.correct];
        answered[`${step.index}-${index}`] = scorePick(
          prediction,
          index === 0 ? right : ['wrong'],
        );
      }),
    );
    const total = Object.keys(answered).length;
    const right = Object.values(answered).filter((a) => a.correct).length;
    const progress = caseProgress(steps, allShown + 1, answered, 'predict');
    expect(progress.waiting).toBe(false);
    expect(progress.finished).toBe(true);
    expect(progress.score).toBe(`Final score: ${right} of ${total} decisions`);
    expect(progress.steps.every((slot) => slot.showNotes)).toBe(true);
  });
});

describe('revealView and caseSummaryView', () => {
  it('a classification reveal states the classification with its words and reasons', () => {
    const last = steps.at(-1)!;
    const prediction = predictionsAfter(last).find(
      (p) => p.kind === 'classification',
    )!;
    const view = revealView(prediction, last, 'learner', false);
    expect(view.kind).toBe('classification');
    if (view.kind !== 'classification') return;
    expect(view.verdict).toBe('Not quite.');
    expect(
      view.statement.text.startsWith(
        `${labelOf(`classification.${isolated.expected.classification}`, 'learner')}: `,
      ),
    ).toBe(true);
    expect(view.statement.citations.length).toBeGreaterThan(0);
    expect(view.reasons.length).toBeGreaterThan(0);
  });

  it('a decision reveal says whether the question is asked, and the decision that decided', () => {
    const storch = steps.find((s) => s.question === 'storch')!;
    const prediction = predictionsAfter(storch).find(
      (p) => p.kind === 'decision',
    )!;
    const view = revealView(prediction, storch, 'clinician', true);
    if (view.kind !== 'decision') throw new Error(view.kind);
    expect(view.verdict).toBe('Right.');
    expect(view.answer).toBe('No: CMV IgG avidity is skipped.');
    expect(view.because?.text).toBe(
      'Asked only when CMV IgM and IgG are both positive.',
    );
    expect(view.because!.citations.length).toBeGreaterThan(0);
    expect(view.why.citations.length).toBeGreaterThan(0);
  });

  it('"Remaining" names exactly the infections the reveal marks supported or possible', () => {
    for (const c of teachingCases) {
      const played = caseSteps(replayCase(c, 'clinician').steps);
      for (const step of played) {
        for (const prediction of predictionsAfter(step)) {
          if (prediction.kind !== 'remaining-causes') continue;
          const view = revealView(prediction, step, 'clinician', true);
          if (view.kind !== 'remaining-causes') throw new Error(view.kind);
          const open = view.infections
            .filter((i) => /: (Supported|Possible)\./.test(i.text))
            .map((i) => labelOf(`cause.${i.id as 'cmv'}`, 'clinician'));
          expect(view.remaining, c.id).toBe(
            `Remaining: ${open.length ? open.join(', ') : 'none'}.`,
          );
        }
      }
    }
  });

  it('logs the learner’s answers for the case file, with the right answers', () => {
    const storch = steps.find((s) => s.question === 'storch')!;
    const headSize = steps.find((s) => s.question === 'head-size')!;
    const log = answersLog(steps, {
      [`${headSize.index}-0`]: { pick: ['isolated'], correct: false },
      [`${storch.index}-0`]: { pick: ['no'], correct: true },
    });
    expect(log).toEqual([
      {
        step: headSize.index,
        kind: 'classification',
        pick: ['isolated'],
        answer: ['undetermined'],
        correct: false,
      },
      {
        step: storch.index,
        kind: 'decision',
        question: 'cmv-avidity',
        pick: ['no'],
        answer: ['no'],
        correct: true,
      },
    ]);
    expect(answersLogFileName(isolated)).toBe(
      'isolated-negative-workup-my-predictions.case.json',
    );
  });

  it('scores decisions', () => {
    const progress = caseProgress(
      steps,
      allShown,
      { a: { pick: ['no'], correct: true }, b: { pick: [], correct: false } },
      'predict',
    );
    expect(progress.score).toBe('Score so far: 1 of 2 decisions');
  });

  it('the case summary names statuses in words, never as raw values', () => {
    const view = caseSummaryView(isolated, steps, 'clinician');
    const texts = [...view.tests, ...view.causes].map((item) => item.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts)
      expect(text).not.toMatch(
        /: (recommended|repeat|not-yet-optimal|pending|done|not-indicated|supported|possible|not-supported|excluded)\./,
      );
    expect(texts.join(' ')).toMatch(
      /: (Done|Not indicated|Excluded|Possible)\./,
    );
  });
});

import type { TeachingCase } from '../../../content/cases/case-types.ts';
import {
  citationsOf,
  labelOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import type { DecisionId } from '../../../content/ids.ts';
import type { CasePrediction } from '../../../machines/case-file.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import {
  causeStatusLabel,
  testStatusLabel,
} from '../../shared/lib/status-labels.ts';
import { uiTextFrom } from '../../shared/lib/ui-text.ts';
import { teachingUi } from '../../../content/ui/teaching.ts';
import {
  decisionsAt,
  isCorrectPick,
  predictionsAfter,
  rationaleNote,
  type PlayedStep,
  type Prediction,
} from './case-player.ts';

const uiText = uiTextFrom(teachingUi);

/**
 * The worked cases' decisions, apart from their rendering: which steps and
 * predictions are on screen, the score, and the words of each reveal and of
 * the case's summary. Components render these views and send picks.
 */

export type Mode = 'step-through' | 'predict';
export const modes: readonly Mode[] = ['step-through', 'predict'];

/** A learner's answer to one prediction. */
export interface Answered {
  pick: string[];
  correct: boolean;
}

/** Statement words with the references behind them. */
export interface Cited {
  text: string;
  citations: readonly string[];
}

export interface PredictionSlot {
  key: string;
  prediction: Prediction;
  answered: Answered | undefined;
}

export interface StepSlot {
  step: PlayedStep;
  /** In predict mode the case's notes wait until the step's decisions are revealed. */
  showNotes: boolean;
  /** Predictions on screen: the answered ones and the first open one. */
  predictions: PredictionSlot[];
}

export interface CaseProgress {
  steps: StepSlot[];
  /** An open prediction holds the case until it is answered. */
  waiting: boolean;
  finished: boolean;
  /** Shown in predict mode. */
  score: string | null;
  /** The label of the button that moves on ("Next step", "Show the summary"). */
  nextLabel: string;
}

/** The steps of a replayed case the learner sees (the audience question is the app's, not the case's). */
export const caseSteps = (steps: readonly PlayedStep[]) =>
  steps.filter((step) => step.question !== 'audience');

const predictionKey = (step: PlayedStep, index: number) =>
  `${step.index}-${index}`;

/** Where a worked case stands after `shown` steps and the learner's answers. */
export function caseProgress(
  steps: readonly PlayedStep[],
  shown: number,
  answered: Readonly<Record<string, Answered>>,
  mode: Mode,
): CaseProgress {
  const visible = steps.slice(0, shown);
  let firstOpenSeen = false;
  const slots = visible.map((step): StepSlot => {
    const all = predictionsAfter(step).map((prediction, index) => ({
      key: predictionKey(step, index),
      prediction,
      answered: answered[predictionKey(step, index)],
    }));
    const predictions =
      mode === 'predict'
        ? all.filter((slot) => {
            if (slot.answered) return true;
            if (firstOpenSeen) return false;
            firstOpenSeen = true;
            return true;
          })
        : [];
    return {
      step,
      showNotes: mode === 'step-through' || all.every((slot) => slot.answered),
      predictions,
    };
  });
  const finished = shown > steps.length;
  const results = Object.values(answered);
  const values = {
    score: results.filter((result) => result.correct).length,
    total: results.length,
  };
  return {
    steps: slots,
    waiting: firstOpenSeen,
    finished,
    score:
      mode === 'predict'
        ? uiText(
            finished ? 'teaching.score-final' : 'teaching.score-so-far',
            'clinician',
            values,
          )
        : null,
    nextLabel: uiText(
      shown === steps.length ? 'teaching.show-summary' : 'teaching.next-step',
    ),
  };
}

/** The learner's pick, scored. */
export const scorePick = (
  prediction: Prediction,
  pick: string[],
): Answered => ({ pick, correct: isCorrectPick(prediction, pick) });

/** The question a prediction asks and its options, in words. */
export function predictionForm(prediction: Prediction, audience: Audience) {
  const optionLabel = (option: string) => {
    if (prediction.kind === 'decision')
      return uiText(`teaching.${option as 'yes' | 'no'}`, audience);
    if (prediction.kind === 'classification')
      return labelOf(
        `classification.${option as typeof prediction.correct}`,
        audience,
      );
    return labelOf(
      `cause.${option as (typeof prediction.options)[number]}`,
      audience,
    );
  };
  return {
    legend: uiText('teaching.your-prediction', audience, {
      prompt: uiText(`teaching.prompt.${prediction.kind}`, audience, {
        question:
          prediction.kind === 'decision'
            ? labelOf(`question.${prediction.question}`, audience)
            : '',
      }),
    }),
    multiple: prediction.kind === 'remaining-causes',
    options: (prediction.options as readonly string[]).map((value) => ({
      value,
      label: optionLabel(value),
    })),
  };
}

/** A decision's words: the labels of its named decisions (content nodes). */
const decisionWords = (ids: readonly DecisionId[], audience: Audience) =>
  ids
    .map((id) => labelOf(`decision.${id}`, audience))
    .join(uiText('teaching.decisions-joiner', audience));

const decisionCitations = (ids: readonly DecisionId[]) => [
  ...new Set(ids.flatMap((id) => citationsOf(`decision.${id}`))),
];

export type RevealView =
  | {
      kind: 'decision';
      verdict: string;
      /** "Yes: the workup asks for ..." or "No: ... is skipped." */
      answer: string;
      /** The decision that decided, in the words of its content nodes. */
      because: Cited | null;
      /** Why the question matters (its rationale). */
      why: Cited;
    }
  | {
      kind: 'classification';
      verdict: string;
      statement: Cited;
      reasons: readonly string[];
    }
  | {
      kind: 'remaining-causes';
      verdict: string;
      remaining: string;
      infections: { id: string; text: string; citations: readonly string[] }[];
    };

/** What a reveal shows: the right answer and why, from the machine's decisions and the rules. */
export function revealView(
  prediction: Prediction,
  step: PlayedStep,
  audience: Audience,
  correct: boolean,
): RevealView {
  const verdict = uiText(
    correct ? 'teaching.right' : 'teaching.not-quite',
    audience,
  );
  if (prediction.kind === 'decision') {
    const { question } = prediction;
    const asked = prediction.correct === 'yes';
    const decisions =
      decisionsAt(step).find((decision) => decision.question === question)
        ?.decisions ?? [];
    const ids = decisions
      .filter((decision) => !asked || decision.held)
      .map((decision) => decision.id);
    const label = labelOf(`question.${question}`, audience);
    return {
      kind: 'decision',
      verdict,
      answer: uiText(
        asked ? 'teaching.decision-yes' : 'teaching.decision-no',
        audience,
        { question: label },
      ),
      because:
        ids.length > 0
          ? {
              text: uiText(
                asked ? 'teaching.asked-because' : 'teaching.asked-only-when',
                audience,
                { decisions: decisionWords(ids, audience) },
              ),
              citations: decisionCitations(ids),
            }
          : null,
      why: rationaleNote(question, audience),
    };
  }
  const summary = buildSummary(step.answersAfter, audience);
  if (prediction.kind === 'classification') {
    const id = `classification.${prediction.correct}` as const;
    return {
      kind: 'classification',
      verdict,
      statement: {
        text: `${labelOf(id, audience)}: ${textOf(id, audience)}`,
        citations: citationsOf(id),
      },
      reasons: summary.classificationReasons,
    };
  }
  return {
    kind: 'remaining-causes',
    verdict,
    remaining: uiText('teaching.remaining', audience, {
      causes: prediction.correct.length
        ? prediction.correct
            .map((cause) => labelOf(`cause.${cause}`, audience))
            .join(', ')
        : uiText('teaching.remaining-none', audience),
    }),
    infections: summary.differential
      .filter((cause) => prediction.options.includes(cause.id))
      .map((cause) => ({
        id: cause.id,
        text: `${uiText('teaching.item-status', audience, {
          item: labelOf(`cause.${cause.id}`, audience),
          status: causeStatusLabel(cause.status, audience),
        })} ${cause.reasons.join(' ')}`,
        citations: cause.citations,
      })),
  };
}

export interface CaseSummaryView {
  classification: string;
  tests: { id: string; text: string; citations: readonly string[] }[];
  causes: { id: string; text: string; citations: readonly string[] }[];
}

/** Where a case ends: its classification, and the tests and causes the case is about. */
export function caseSummaryView(
  teachingCase: TeachingCase,
  steps: readonly PlayedStep[],
  audience: Audience,
): CaseSummaryView {
  const summary = buildSummary(steps.at(-1)?.answersAfter ?? {}, audience);
  const { expected } = teachingCase;
  return {
    classification: labelOf(
      `classification.${summary.classification}`,
      audience,
    ),
    tests: summary.tests
      .filter((test) => test.id in expected.tests)
      .map((test) => ({
        id: test.id,
        text: [
          uiText('teaching.item-status', audience, {
            item: labelOf(`test.${test.id}`, audience),
            status: testStatusLabel(test.status, audience),
          }),
          test.reason,
          test.when,
        ]
          .filter(Boolean)
          .join(' '),
        citations: test.citations,
      })),
    causes: summary.differential
      .filter((cause) => cause.id in expected.causes)
      .map((cause) => ({
        id: cause.id,
        text: [
          uiText('teaching.item-status', audience, {
            item: labelOf(`cause.${cause.id}`, audience),
            status: causeStatusLabel(cause.status, audience),
          }),
          ...cause.reasons,
        ].join(' '),
        citations: cause.citations,
      })),
  };
}

/**
 * The learner's answers log: every prediction answered, in case order, with
 * the pick, the right answer and whether the pick was right (the
 * `predictions` of an exported case file).
 */
export function answersLog(
  steps: readonly PlayedStep[],
  answered: Readonly<Record<string, Answered>>,
): CasePrediction[] {
  return steps.flatMap((step) =>
    predictionsAfter(step).flatMap((prediction, index) => {
      const answer = answered[predictionKey(step, index)];
      if (!answer) return [];
      return [
        {
          step: step.index,
          kind: prediction.kind,
          ...(prediction.kind === 'decision'
            ? { question: prediction.question }
            : {}),
          pick: answer.pick,
          answer:
            prediction.kind === 'remaining-causes'
              ? prediction.correct
              : [prediction.correct],
          correct: answer.correct,
        },
      ];
    }),
  );
}

/** The file name of a learner's case file (no date: none is exported). */
export const answersLogFileName = (teachingCase: TeachingCase) =>
  `${teachingCase.id}-my-predictions.case.json`;

import { createActor, type AnyStateNode } from 'xstate';
import {
  classificationIds,
  questionIds as questionOrder,
  type CauseId,
  type ClassificationId,
  type ContentId,
  type DecisionId,
  type QuestionId,
} from '../../../content/ids.ts';
import {
  citationsOf,
  rationaleOf,
  textOf,
  type Audience,
} from '../../../content/index.ts';
import type {
  CaseNote,
  TeachingCase,
} from '../../../content/cases/case-types.ts';
import { currentQuestion } from '../../../machines/workup.selectors.ts';
import {
  isAnswerEventType,
  questionAnsweredBy,
  questions,
} from '../../../machines/questions.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import { testedAgents } from '../../../machines/rules/facts.ts';
import { guardRef } from '../../shared/lib/statechart/machine-graph.ts';
import { guardNames } from '../../shared/lib/statechart/guard-words.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import type {
  AnswerEvent,
  Answers,
  Summary,
  WorkupContext,
  WorkupEvent,
} from '../../../machines/workup.types.ts';

/** What the machine does after a step: ask a question, or finish. */
export type NextStop = QuestionId | 'summary';

/** One replayed step of a case, as the machine saw it. */
export interface PlayedStep {
  index: number;
  question: QuestionId;
  event: AnswerEvent;
  answersBefore: Answers;
  answersAfter: Answers;
  /** Where the machine went next. */
  next: NextStop;
  /** Questions after this one the machine skipped (guarded `always`). */
  skipped: QuestionId[];
  notes: readonly CaseNote[];
}

/** A content note rendered for one audience. */
export interface RenderedNote {
  contentId: ContentId;
  text: string;
  citations: readonly string[];
}

function isAnswerEvent(event: { type: string }): event is AnswerEvent {
  return isAnswerEventType(event.type);
}

/**
 * Replays a case through the workup machine, recording for each step the
 * question asked, the answers before and after, and where the machine went
 * next. Throws if the machine refuses a step (the case tests prevent that).
 *
 * @example
 * const { steps, summary } = replayCase(teachingCases[0], 'learner');
 */
export function replayCase(
  teachingCase: TeachingCase,
  audience: Audience,
): { steps: PlayedStep[]; answers: Answers; summary: Summary } {
  const actor = createActor(workupMachine, { input: {} }).start();
  const steps: PlayedStep[] = [];
  try {
    teachingCase.steps.forEach((step, index) => {
      const { event } = step;
      // A result recorded from the summary (as the headless consult does):
      // the edit opens its question, the next step answers it.
      if (event.type === 'answer.edit' || event.type === 'result.add') {
        actor.send(event as WorkupEvent);
        return;
      }
      if (!isAnswerEvent(event)) {
        throw new Error(
          `Case ${teachingCase.id}: not an answer: ${event.type}`,
        );
      }
      const before = actor.getSnapshot();
      const question = currentQuestion(before) as QuestionId | null;
      if (question !== questionAnsweredBy(event)) {
        throw new Error(
          `Case ${teachingCase.id}, step ${index}: the machine asks ${question}`,
        );
      }
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.context.rejection) {
        throw new Error(
          `Case ${teachingCase.id}, step ${index}: ${after.context.rejection.reason}`,
        );
      }
      const next: NextStop = after.hasTag('summary')
        ? 'summary'
        : ((currentQuestion(after) as QuestionId | null) ?? 'summary');
      const from = questionOrder.indexOf(question) + 1;
      const to =
        next === 'summary' ? questionOrder.length : questionOrder.indexOf(next);
      if (!question) return;
      steps.push({
        index,
        question,
        event,
        answersBefore: before.context.answers,
        answersAfter: after.context.answers,
        next,
        skipped: questionOrder.slice(from, to),
        notes: step.notes,
      });
    });
    const final = actor.getSnapshot();
    return {
      steps,
      answers: final.context.answers,
      summary: buildSummary(final.context.answers, audience),
    };
  } finally {
    actor.stop();
  }
}

/** A note's content for the audience: the node's text (or rationale). */
export function renderNote(note: CaseNote, audience: Audience): RenderedNote {
  const id = note.contentId;
  const text =
    note.part === 'rationale'
      ? rationaleOf(id, audience)
      : textOf(id, audience, note.params);
  return { contentId: id, text, citations: citationsOf(id) };
}

/** The question's own "why we ask", rendered as a note. */
export function rationaleNote(
  question: QuestionId,
  audience: Audience,
): RenderedNote {
  return renderNote(
    { contentId: `question.${question}`, part: 'rationale' },
    audience,
  );
}

/** The questions the machine asks only when a rule says so. */
export const conditionalQuestions: readonly QuestionId[] = questionOrder.filter(
  (q) => questions[q].askedWhen.length > 0,
);

/** A clinical decision the machine took about a question, from its guard. */
export interface TakenDecision {
  question: QuestionId;
  /** Whether the machine asked the question (else it skipped it). */
  asked: boolean;
  /** The named decisions its guard reads, and whether each held. */
  decisions: { id: DecisionId; held: boolean }[];
}

/**
 * The named decisions (guards) that lead to a question, read from the
 * machine: the guarded branches of the decision states that target its
 * state (`avidityDecision`: `cmvAvidityIndicated` -> `cmvAvidity`). None
 * for a question that is always asked.
 */
export function decidingGuards(question: QuestionId): DecisionId[] {
  const target = workupMachine.getStateNodeById(questions[question].state);
  const found: DecisionId[] = [];
  const visit = (node: AnyStateNode) => {
    if (node.tags.includes('decision')) {
      for (const t of node.always ?? []) {
        const ref = guardRef(t.guard);
        if (ref && t.target?.includes(target))
          found.push(...(guardNames(ref) as DecisionId[]));
      }
    }
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(workupMachine.root);
  return [...new Set(found)];
}

type GuardCheck = (
  args: { context: WorkupContext; event: WorkupEvent },
  params: undefined,
) => boolean;

/** Whether the machine's guard holds for these answers (not editing). */
function guardHolds(guard: DecisionId, answers: Answers): boolean {
  const check = workupMachine.implementations.guards[guard] as GuardCheck;
  return check(
    {
      context: {
        audience: 'clinician',
        answers,
        editing: null,
        editMode: null,
        rejection: null,
      },
      event: { type: 'answer.editCancelled' },
    },
    undefined,
  );
}

/**
 * The decisions behind where the machine went after a step: for each
 * conditional question it asked or skipped, the guard's named decisions
 * and which held ("avidity asked because CMV IgM and IgG are both
 * positive"). Their words are the `decision.<guard>` content nodes.
 */
export function decisionsAt(step: PlayedStep): TakenDecision[] {
  return [...step.skipped, step.next].flatMap((q) => {
    if (q === 'summary') return [];
    const guards = decidingGuards(q);
    return guards.length === 0
      ? []
      : [
          {
            question: q,
            asked: q === step.next,
            decisions: guards.map((id) => ({
              id,
              held: guardHolds(id, step.answersAfter),
            })),
          },
        ];
  });
}

/** The infections the serology answers directly (the rest are never tested). */
export const testedInfections: readonly CauseId[] = testedAgents;

/** A decision point's two answers. */
export const decisionOptions = ['yes', 'no'] as const;

/**
 * What the learner predicts before the answer is revealed, at a decision
 * point only: a decision of the machine (does the workup ask for this
 * question here?), which causes remain open at the end of the serology,
 * and the classification at the end of the examination and of the workup.
 * The order of questions asked regardless is never graded.
 */
export type Prediction =
  | {
      kind: 'decision';
      /** The question the decision asks for, or skips. */
      question: QuestionId;
      options: typeof decisionOptions;
      correct: (typeof decisionOptions)[number];
    }
  | {
      kind: 'classification';
      options: readonly ClassificationId[];
      correct: ClassificationId;
    }
  | {
      kind: 'remaining-causes';
      options: readonly CauseId[];
      /** Supported or possible after this step (the statuses revealed). */
      correct: CauseId[];
    };

/** Each question's phase, from the question registry. */
const phaseByQuestion = new Map<QuestionId, string>(
  questionOrder.map((q) => [q, questions[q].phase]),
);

/** Whether this step is the last answer of its phase. */
function endsPhase(step: PlayedStep): boolean {
  return (
    step.next === 'summary' ||
    phaseByQuestion.get(step.next) !== phaseByQuestion.get(step.question)
  );
}

/** The cause statuses that leave a cause open. */
const openStatuses: readonly string[] = ['supported', 'possible'];

/**
 * The predictions asked after a step, with the correct answers derived from
 * the machine (its decisions) and the rules (buildSummary on the answers so
 * far), never written down separately:
 * - at each decision the machine took after the step: is the question it
 *   decides about asked here (yes) or skipped (no)?
 * - which tested infections remain open, at the end of the serology;
 * - isolated, associated or undetermined, at the end of the examination and
 *   of the workup.
 */
export function predictionsAfter(step: PlayedStep): Prediction[] {
  const predictions: Prediction[] = decisionsAt(step).map((decision) => ({
    kind: 'decision',
    question: decision.question,
    options: decisionOptions,
    correct: decision.asked ? 'yes' : 'no',
  }));
  const summary = buildSummary(step.answersAfter);
  if (phaseByQuestion.get(step.question) === 'serology' && endsPhase(step)) {
    predictions.push({
      kind: 'remaining-causes',
      options: testedInfections,
      correct: summary.differential
        .filter(
          (c) =>
            testedInfections.includes(c.id) && openStatuses.includes(c.status),
        )
        .map((c) => c.id),
    });
  }
  if (
    (phaseByQuestion.get(step.question) === 'examination' && endsPhase(step)) ||
    step.next === 'summary'
  ) {
    predictions.push({
      kind: 'classification',
      options: classificationIds,
      correct: summary.classification,
    });
  }
  return predictions;
}

/** Whether a pick is right: the same option, or exactly the same set. */
export function isCorrectPick(
  prediction: Prediction,
  pick: readonly string[],
): boolean {
  if (prediction.kind === 'remaining-causes') {
    return (
      pick.length === prediction.correct.length &&
      prediction.correct.every((c) => pick.includes(c))
    );
  }
  return pick.length === 1 && pick[0] === prediction.correct;
}

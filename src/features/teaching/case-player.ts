import { createActor, type AnyStateNode } from 'xstate';
import {
  classificationIds,
  questionIds as questionOrder,
  type CauseId,
  type ClassificationId,
  type AnyQuestionId,
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
  WorkupMeta,
} from '../../../machines/workup.types.ts';

/** What the machine does after a step: ask a question, or finish. */
export type NextStop = QuestionId | 'summary';

/** One replayed step of a case, as the machine saw it. */
export interface PlayedStep {
  index: number;
  /** The question answered: the interview's, or a visit's or a scan's. */
  question: AnyQuestionId;
  event: AnswerEvent;
  answersBefore: Answers;
  answersAfter: Answers;
  /** Where the machine went next. */
  next: NextStop;
  /** Questions after this one the machine skipped (guarded `always`). */
  skipped: QuestionId[];
  /** The decision states the machine passed after this answer, in order. */
  decided: PassedDecision[];
  /**
   * Taken at the follow-up (a visit, a scan, a result recorded from the
   * summary), after the workup first reached its summary.
   */
  followUp: boolean;
  notes: readonly CaseNote[];
}

/** A decision state the machine passed, read from its microsteps. */
export interface PassedDecision {
  /** The decision state's id. */
  state: string;
  /** The question its "yes" leads to. */
  question: QuestionId;
  /** Whether it took the "yes" (asked the question). */
  asked: boolean;
  /** The named guards of its "yes" branches. */
  guards: DecisionId[];
}

/** What xstate's microstep inspection event carries of its transitions. */
interface MicrostepTransitions {
  _transitions?: readonly {
    source: AnyStateNode;
    target?: readonly AnyStateNode[];
  }[];
}

/** A decision state's transition as a passed decision; null for others. */
function passedDecision(
  source: AnyStateNode,
  target: readonly AnyStateNode[] | undefined,
): PassedDecision | null {
  if (!source.tags.includes('decision')) return null;
  const yes = (source.always ?? []).filter((t) => t.guard);
  const asks = yes[0]?.target?.[0];
  const question = (asks?.meta as WorkupMeta | undefined)?.question;
  if (!asks || !question) return null;
  return {
    state: source.id,
    question: question as QuestionId,
    asked: target?.includes(asks) ?? false,
    guards: [
      ...new Set(yes.flatMap((t) => guardNames(guardRef(t.guard)))),
    ] as DecisionId[],
  };
}

/** A content note rendered for one audience. */
export interface RenderedNote {
  contentId: ContentId;
  text: string;
  citations: readonly string[];
}

/** The events of a case that are not answers but open a question. */
const nonAnswerEvents = new Set([
  'answer.edit',
  'result.add',
  'followUp.visitStarted',
  'followUp.scanStarted',
]);

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
  let decided: PassedDecision[] = [];
  const actor = createActor(workupMachine, {
    input: {},
    inspect: (ev) => {
      if (ev.type !== '@xstate.microstep') return;
      for (const t of (ev as MicrostepTransitions)._transitions ?? []) {
        const passed = passedDecision(t.source, t.target);
        if (passed) decided.push(passed);
      }
    },
  }).start();
  const steps: PlayedStep[] = [];
  let reachedSummary = false;
  try {
    teachingCase.steps.forEach((step, index) => {
      const { event } = step;
      // A result recorded from the summary (as the headless consult does),
      // a new visit or a follow-up scan: the event opens a question, the
      // next step answers it.
      if (!isAnswerEvent(event)) {
        if (!nonAnswerEvents.has(event.type)) {
          throw new Error(
            `Case ${teachingCase.id}: not an answer: ${event.type}`,
          );
        }
        actor.send(event as WorkupEvent);
        return;
      }
      decided = [];
      const before = actor.getSnapshot();
      const question = currentQuestion(before);
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
      if (!question) return;
      const from = questionOrder.indexOf(question as QuestionId);
      const to =
        next === 'summary' ? questionOrder.length : questionOrder.indexOf(next);
      steps.push({
        index,
        question,
        event,
        answersBefore: before.context.answers,
        answersAfter: after.context.answers,
        next,
        skipped:
          from >= 0 && to > from ? questionOrder.slice(from + 1, to) : [],
        decided,
        followUp: reachedSummary,
        notes: step.notes,
      });
      if (next === 'summary') reachedSummary = true;
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
  question: AnyQuestionId,
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
 * The decisions the machine took after a step, read from its microsteps:
 * for each decision state it passed, the question it decides about,
 * whether it asked it, and its named decisions with which held ("avidity
 * asked because CMV IgM and IgG are both positive"). Their words are the
 * `decision.<guard>` content nodes.
 */
export function decisionsAt(step: PlayedStep): TakenDecision[] {
  return step.decided.map((decision) => ({
    question: decision.question,
    asked: decision.asked,
    decisions: decision.guards.map((id) => ({
      id,
      held: guardHolds(id, step.answersAfter),
    })),
  }));
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
const phaseByQuestion = new Map<AnyQuestionId, string>(
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
 *   decides about asked here (yes) or skipped (no)? At a follow-up visit,
 *   these alone: what falls due (serial MCA-PSV, the CMV PCR, a repeat);
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
  // At the follow-up the decisions are what falls due at the visit.
  if (step.followUp) return predictions;
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

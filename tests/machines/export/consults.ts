import { expect } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  InvalidAnswersError,
  runConsult,
  type AnswersFile,
  type ConsultEvent,
} from '../../../machines/consult.ts';
import {
  canEdit,
  questionAnsweredBy,
} from '../../../machines/rules/answers.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import {
  isAnswerEventType,
  isInterviewQuestion,
} from '../../../machines/questions.ts';
import {
  currentQuestion,
  isAtSummary,
} from '../../../machines/workup.selectors.ts';
import type {
  AnswerEvent,
  Answers,
  AnyQuestionId,
  Audience,
  WorkupInput,
} from '../../../machines/workup.types.ts';
import { answersFileArb } from '../arbitraries.ts';

/**
 * Runs per export property: 200 (the README says so); FC_RUNS overrides.
 * 10,000 each took 33 to 92 s per file on the shared 2-core machine (about
 * 220 s of CPU for the four files), too long for every `npm test`.
 */
export const exportRuns = Number(process.env.FC_RUNS ?? 200);

/** Enough time for the property runs on a shared 2-core machine. */
export const propertyTimeout = 120_000;

/** A consult as the browser holds it: where it stands and what it recorded. */
export interface ConsultState {
  answers: Answers;
  audience: Audience;
  /** The question it asks next, or 'summary' when finished. */
  at: AnyQuestionId | 'summary';
  events: ConsultEvent[];
}

/** Plays events into a fresh actor and returns where it stands. */
export function playConsult(
  events: readonly ConsultEvent[],
  audience: Audience,
): ConsultState {
  const actor = createActor(workupMachine, { input: {} }).start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return {
    answers: snapshot.context.answers,
    audience,
    at: isAtSummary(snapshot)
      ? 'summary'
      : (currentQuestion(snapshot) ?? 'summary'),
    events: [...events],
  };
}

/** The events of a random valid answers file's consult, or null if refused. */
export function consultEvents(
  file: AnswersFile,
  audience: Audience,
): ConsultEvent[] | null {
  try {
    return runConsult(file, audience).events;
  } catch (error) {
    if (error instanceof InvalidAnswersError) return null;
    throw error;
  }
}

/**
 * Random consults, finished or stopped part way (at least the audience and
 * the gestational age answered, which an answers file requires), possibly
 * with an earlier answer edited afterwards (edits drop what stops applying).
 */
export const consultStateArb = (
  only?: 'finished',
): fc.Arbitrary<ConsultState> =>
  fc
    .record({
      file: answersFileArb,
      edit: answersFileArb,
      audience: fc.constantFrom<Audience>('clinician', 'learner'),
      stop: fc.nat({ max: 20 }),
      editAt: fc.option(fc.nat({ max: 16 }), { nil: undefined }),
      finished: only === 'finished' ? fc.constant(true) : fc.boolean(),
    })
    .map(({ file, edit, audience, stop, editAt, finished }) => {
      const events = consultEvents(file, audience);
      if (!events) return null;
      const kept = finished ? events : events.slice(0, Math.max(2, stop));
      // Stopping inside an edit is not a state a file or link can carry.
      while (kept.length > 0 && !isAnswerEventType(kept.at(-1)!.type))
        kept.pop();
      const state = playConsult(kept, audience);
      if (editAt === undefined || (finished && editAt % 2 === 0)) return state;
      // Re-answer one earlier question from another file, as a user's edit.
      const other = consultEvents(edit, audience);
      const replacement = other?.[Math.min(editAt, other.length - 1)];
      if (
        !replacement ||
        !isAnswerEventType(replacement.type) ||
        replacement.type === 'intake.audienceSelected'
      ) {
        return state;
      }
      const question = questionAnsweredBy(replacement as AnswerEvent);
      const answers = state.answers;
      if (
        !isInterviewQuestion(question) ||
        !canEdit(question, answers, { audienceChosen: true })
      ) {
        return state;
      }
      const actor = createActor(workupMachine, {
        input: { audience, answers },
      }).start();
      actor.send({ type: 'answer.edit', question });
      actor.send(replacement);
      const snapshot = actor.getSnapshot();
      actor.stop();
      if (snapshot.context.rejection) return state;
      return {
        ...state,
        answers: snapshot.context.answers,
        at: isAtSummary(snapshot)
          ? ('summary' as const)
          : (currentQuestion(snapshot) ?? ('summary' as const)),
      };
    })
    .filter((s): s is ConsultState => s !== null);

/**
 * Expects a consult opened from an export (its workup input) to resume with
 * the same answers, at the summary exactly when the original was.
 */
export function expectResumedAs(
  input: WorkupInput,
  { answers, at }: Pick<ConsultState, 'answers' | 'at'>,
): void {
  const actor = createActor(workupMachine, { input }).start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  expect(snapshot.context.answers).toEqual(answers);
  expect(isAtSummary(snapshot)).toBe(at === 'summary');
}

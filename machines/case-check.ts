import { createActor } from 'xstate';
import type { TeachingCase } from '../content/cases/case-types.ts';
import { ContentError, getNode, textOf } from '../content/index.ts';
import { toAnswersFile } from './answers-file.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from './consult.ts';
import { isAnswerEventType, questionAnsweredBy } from './questions.ts';
import { workupMachine } from './workup.machine.ts';
import { currentQuestion, isAtSummary } from './workup.selectors.ts';
import { summaryOf } from './workup.summary.ts';
import type { AnswerEvent, WorkupEvent } from './workup.types.ts';

/** JSON with object keys sorted: equal values, equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(
          Object.entries(node).sort(([left], [right]) =>
            left < right ? -1 : left > right ? 1 : 0,
          ),
        )
      : node,
  );

/**
 * Everything wrong with a worked case, [] when it is sound. The shipped
 * library (tests/machines/cases.test.ts) and every case file the teaching
 * view opens go through these same checks:
 * - each step answers the question the machine asks at that point (or
 *   opens a result to record from the summary), and the machine accepts it;
 * - the log ends in the summary, which meets the case's `expected`;
 * - its final answers, run headlessly (`runConsult`, as `npm run consult`
 *   would from an answers file), reach the same answers;
 * - every note names an existing content node, with its template values.
 *
 * @example
 * const problems = caseProblems(teachingCase); // [] when sound
 */
/** The question a step that is not an answer opens, if it is one. */
function stepOpens(event: { type: string; question?: unknown }): unknown {
  switch (event.type) {
    case 'answer.edit':
    case 'result.add':
      return event.question;
    case 'followUp.visitStarted':
      return 'visit';
    case 'followUp.scanStarted':
      return 'follow-up-scan';
    default:
      return undefined;
  }
}

export function caseProblems(teachingCase: TeachingCase): string[] {
  const problems: string[] = [];
  const actor = createActor(workupMachine, { input: {} }).start();
  try {
    for (const [index, step] of teachingCase.steps.entries()) {
      const where = `step ${index + 1}`;
      const { event } = step;
      const opens = stepOpens(event);
      if (opens !== undefined) {
        // Recording a result from the summary, or starting a visit or a
        // scan: the step must open that question.
        actor.send(event as WorkupEvent);
        if (currentQuestion(actor.getSnapshot()) !== opens) {
          problems.push(`${where}: the workup cannot open ${String(opens)}`);
          return problems;
        }
        continue;
      }
      if (!isAnswerEventType(event.type)) {
        problems.push(`${where}: "${event.type}" is not an answer event`);
        return problems;
      }
      const asked = currentQuestion(actor.getSnapshot());
      const answered = questionAnsweredBy(event as AnswerEvent);
      if (asked !== answered) {
        problems.push(
          `${where}: answers ${answered}, but the workup asks ${asked ?? 'nothing more'}`,
        );
        return problems;
      }
      actor.send(event as AnswerEvent);
      const rejection = actor.getSnapshot().context.rejection;
      if (rejection) {
        problems.push(
          `${where}: the workup refuses this answer (${textOf(`validation.${rejection.reason}`, 'clinician')})`,
        );
        return problems;
      }
    }
    const final = actor.getSnapshot();
    if (!isAtSummary(final)) {
      problems.push(
        `the case ends before the summary, at ${currentQuestion(final)}`,
      );
      return problems;
    }
    const summary = summaryOf(final)!;
    const { expected } = teachingCase;
    if (summary.classification !== expected.classification) {
      problems.push(
        `expected classification ${expected.classification}, the workup reaches ${summary.classification}`,
      );
    }
    for (const [id, status] of Object.entries(expected.tests)) {
      const got = summary.tests.find((test) => test.id === id)?.status;
      if (got !== status) {
        problems.push(`expected test ${id} ${status}, the workup gives ${got}`);
      }
    }
    for (const [id, status] of Object.entries(expected.causes)) {
      const got = summary.differential.find((cause) => cause.id === id)?.status;
      if (got !== status) {
        problems.push(
          `expected cause ${id} ${status}, the workup gives ${got}`,
        );
      }
    }
    try {
      const replay = runConsult(
        parseAnswersFile(
          toAnswersFile(final.context.answers, final.context.audience),
        ),
      );
      if (canonical(replay.answers) !== canonical(final.context.answers)) {
        problems.push(
          'the headless consult (npm run consult) does not reach the same answers',
        );
      }
    } catch (error) {
      if (!(error instanceof InvalidAnswersError)) throw error;
      problems.push(`the case's answers are invalid: ${error.message}`);
    }
  } finally {
    actor.stop();
  }
  const notes = [
    ...teachingCase.steps.flatMap((step) => step.notes),
    ...teachingCase.closingNotes,
  ];
  for (const note of notes) {
    try {
      const node = getNode(note.contentId);
      if (note.part === 'rationale' && !node.rationale) {
        problems.push(`note ${note.contentId}: the node has no rationale`);
      } else if (note.part !== 'rationale') {
        textOf(note.contentId, 'learner', note.params);
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(`note ${note.contentId}: ${error.message}`);
    }
  }
  return problems;
}

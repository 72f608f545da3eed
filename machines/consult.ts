import { createActor } from 'xstate';
import { questionIds, type AnyQuestionId } from '../content/ids.ts';
import { textOf } from '../content/index.ts';
import { workupMachine } from './workup.machine.ts';
import type {
  AnswerEvent,
  Answers,
  Audience,
  QuestionId,
  Summary,
} from './workup.types.ts';
import { currentQuestion, isAtSummary } from './workup.selectors.ts';
import { summaryOf } from './workup.summary.ts';
import {
  allQuestions,
  answerEventOf,
  isInterviewQuestion,
  questions,
  type QuestionSpec,
} from './questions.ts';
import { isTimed, readAnswer, type AnswerValue } from './codecs.ts';
import { fromFile, omittedValue, type FileAnswer } from './codec-files.ts';
import { sameWeeks } from './rules/results.ts';
import {
  canEdit,
  isAnswered,
  isApplicable,
  type AudienceProgress,
} from './rules/answers.ts';
import { visitIndexOf } from './rules/visits.ts';
import { InvalidAnswersError, type AnswersFile } from './answers-schema.ts';

export {
  InvalidAnswersError,
  parseAnswersFile,
  answersFileSchema,
  type AnswerIssue,
  type AnswersFile,
} from './answers-schema.ts';

/**
 * The events a consult sends: answers, edits, new results, and the
 * follow-up's visits and scans.
 */
export type ConsultEvent =
  | AnswerEvent
  | { type: 'answer.edit'; question: QuestionId }
  | { type: 'result.add'; question: QuestionId }
  | { type: 'followUp.visitStarted' }
  | { type: 'followUp.scanStarted' };

/** The order questions record what a file still holds at the follow-up. */
const laterOrder: readonly AnyQuestionId[] = ['follow-up-scan', ...questionIds];

/**
 * A file's answers, visit by visit: each question's answers in the order a
 * consult records them, each known from a visit on (the first visit, the
 * earlier visits of `visits`, then today's).
 */
class FileAnswers {
  readonly visits: number[];
  private readonly queues = new Map<AnyQuestionId, FileAnswer[]>();
  /** The panels the consult has asked already (a later ask adds results). */
  private readonly asked = new Set<AnyQuestionId>();
  /** The last answer given of each timed question that is not a panel. */
  private readonly given = new Map<AnyQuestionId, FileAnswer>();

  constructor(
    readonly file: AnswersFile,
    readonly audience: Audience,
  ) {
    this.visits = [
      ...(file.visits ?? []).map((visit) => visit.atWeeks),
      file.gestationalAgeWeeks,
    ];
    // Results, scans and visits are recorded one by one, each from the
    // visit it is known at; other answers are read when asked.
    for (const [question, spec] of Object.entries(allQuestions) as [
      AnyQuestionId,
      QuestionSpec,
    ][]) {
      if (isTimed(spec.codec) || question === 'visit')
        this.queues.set(
          question,
          fromFile(spec.codec, file as never, this.visits[0]!),
        );
    }
  }

  /** The visit from which an answer known at `weeks` is recorded. */
  visitOf(weeks: number | undefined): number {
    return weeks === undefined ? 0 : visitIndexOf(this.visits, weeks);
  }

  /**
   * The next answer of a question by `visit`: a result known by then,
   * taken off its queue; another answer as the file gives it at that visit.
   * A panel's answer gathers its rows: at the interview, every row's first
   * result known by then; later, the rows taken together next.
   */
  take(
    question: AnyQuestionId,
    visit: number,
    held?: Answers,
  ): FileAnswer | undefined {
    const queue = this.queues.get(question);
    if (!queue)
      return fromFile(
        allQuestions[question].codec,
        this.file as never,
        this.visits[visit]!,
      )[0];
    const known: FileAnswer[] = [];
    for (const answer of queue)
      if (this.visitOf(answer.knownAtWeeks) <= visit) known.push(answer);
    if (allQuestions[question].codec.kind !== 'panel') {
      if (known.length === 0) return held && this.givenAgain(question, held);
      queue.splice(queue.indexOf(known[0]!), 1);
      this.given.set(question, known[0]!);
      return known[0];
    }
    if (known.length === 0) return undefined;
    const first = !this.asked.has(question);
    this.asked.add(question);
    const rows = new Map<string, FileAnswer>();
    const at = Math.min(...known.map((answer) => answer.atWeeks!));
    for (const answer of known) {
      if (rows.has(answer.row!)) continue;
      if (!first && !sameWeeks(answer.atWeeks!, at)) continue;
      rows.set(answer.row!, answer);
    }
    for (const answer of rows.values()) queue.splice(queue.indexOf(answer), 1);
    const today = this.visits[visit]!;
    return {
      value: Object.fromEntries(
        [...rows].map(([row, answer]) => [
          row,
          sameWeeks(answer.atWeeks!, today)
            ? answer.value
            : { result: answer.value, atWeeks: answer.atWeeks },
        ]),
      ) as AnswerValue,
    };
  }

  /**
   * A sample the file says was sent (pending) and that the consult dropped
   * on the way (a later result closed its question for a while, and one
   * after it opened it again): asked again, the file still says pending,
   * not "not done".
   */
  private givenAgain(
    question: AnyQuestionId,
    held: Answers,
  ): FileAnswer | undefined {
    const last = this.given.get(question);
    return last?.value === 'pending' &&
      isInterviewQuestion(question) &&
      !isAnswered(question, held)
      ? last
      : undefined;
  }

  /**
   * The first question with a result (or a scan) still to record by
   * `visit`. A "not done" says nothing to record, and a pending result of
   * a test the workup does not ask for is no result: both are passed over.
   */
  remaining(visit: number, answers: Answers): AnyQuestionId | undefined {
    return laterOrder.find((question) => {
      const queue = this.queues.get(question);
      if (!queue) return false;
      // Any answer known by now counts (a result recorded at a later visit
      // can sit before one recorded earlier: the list is by age taken).
      for (let index = 0; index < queue.length;) {
        const answer = queue[index]!;
        if (this.visitOf(answer.knownAtWeeks) > visit) {
          index++;
          continue;
        }
        if (answer.value === 'not-done') {
          queue.splice(index, 1);
          continue;
        }
        // A pending result of a test the workup does not ask (yet) waits:
        // a later answer can open it (the machine then asks it); one that
        // sits in the history of a recorded result is recorded now.
        if (
          answer.value === 'pending' &&
          isInterviewQuestion(question) &&
          !isApplicable(question, answers) &&
          !isAnswered(question, answers)
        ) {
          index++;
          continue;
        }
        return true;
      }
      return false;
    });
  }

  /**
   * Whether results of questions asked earlier in the workup are still to
   * be recorded at this visit: a due check waits for them (the file does not
   * say in which order a visit's results came; the workup's order is used).
   */
  earlierToRecord(question: AnyQuestionId, visit: number): boolean {
    const before = questionIds.indexOf(question as QuestionId);
    return questionIds
      .slice(0, Math.max(0, before))
      .some((earlier) =>
        (this.queues.get(earlier) ?? []).some(
          (answer) =>
            answer.value !== 'not-done' &&
            this.visitOf(answer.knownAtWeeks) <= visit,
        ),
      );
  }

  /**
   * An answer (not a result) the file gives otherwise than the consult
   * holds at the last visit: one corrected after the first visit (the
   * infection's date, a head size), which the consult then edits.
   */
  correction(
    answers: Answers,
    progress: AudienceProgress,
    done: ReadonlySet<QuestionId>,
  ): QuestionId | undefined {
    const today = this.visits[this.visits.length - 1]!;
    return questionIds.find((question) => {
      const { codec } = questions[question];
      if (
        done.has(question) ||
        codec.kind === 'audience' ||
        codec.kind === 'number' ||
        isTimed(codec) ||
        !isAnswered(question, answers) ||
        !isApplicable(question, answers) ||
        !canEdit(question, answers, progress)
      )
        return false;
      const given = fromFile(codec, this.file as never, today)[0]?.value;
      const held = readAnswer(codec, answers);
      const same = (value: unknown) =>
        value === null || value === undefined
          ? 'unknown'
          : typeof value === 'number'
            ? String(value)
            : // A list (the findings) is a set: its order is not an answer.
              JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
      return (
        same(given) !== same(held) &&
        !(
          codec.kind === 'infection' &&
          typeof given === 'number' &&
          typeof held === 'string' &&
          Math.abs(Number(held) - given) < 1e-3
        )
      );
    });
  }

  /**
   * The event answering `question` at `visit`: the file's next answer, or
   * what an omitted answer means (not done; no scan).
   */
  eventFor(
    question: AnyQuestionId,
    visit: number,
    held?: Answers,
  ): AnswerEvent {
    if (question === 'audience')
      return answerEventOf('audience', this.audience);
    const today = this.visits[visit]!;
    const answer = this.take(question, visit, held);
    if (!answer)
      return answerEventOf(
        question,
        omittedValue(allQuestions[question].codec),
      );
    const at = (weeks: number | undefined) =>
      weeks === undefined || sameWeeks(weeks, today) ? undefined : weeks;
    return answerEventOf(question, answer.value, at(answer.atWeeks));
  }
}

/**
 * Runs the workup machine headlessly: each question the machine asks is
 * answered from the file, as a user would, visit by visit (a later visit's
 * results, scans and due checks after a new visit). Results the machine did
 * not ask for are still recorded from the follow-up (`result.add`), as a
 * clinician records a result that arrives. Returns the events sent (a
 * replayable log), the final answers and the summary.
 *
 * @example
 * const { summary } = runConsult(parseAnswersFile(json));
 */
export function runConsult(
  file: AnswersFile,
  audience: Audience = file.audience ?? 'clinician',
): { events: ConsultEvent[]; answers: Answers; summary: Summary } {
  const actor = createActor(workupMachine, { input: {} }).start();
  const events: ConsultEvent[] = [];
  const answers = new FileAnswers(file, audience);
  let visit = 0;
  const corrections = new Set<QuestionId>();
  const send = (event: ConsultEvent) => {
    events.push(event);
    actor.send(event);
  };
  try {
    for (let step = 0; step < 400; step++) {
      const snapshot = actor.getSnapshot();
      const question = currentQuestion(snapshot);
      if (question) {
        // A check that falls due at a visit waits for the visit's results
        // of the questions before it (recorded next, from the plan).
        const check =
          snapshot.matches('followUp') &&
          isInterviewQuestion(question) &&
          answers.earlierToRecord(question, visit);
        send(
          check
            ? answerEventOf(
                question,
                omittedValue(allQuestions[question].codec),
              )
            : answers.eventFor(question, visit, snapshot.context.answers),
        );
        // The machine's guards refuse an invalid answer and say why.
        const refused = actor.getSnapshot().context.rejection;
        if (refused) {
          throw new InvalidAnswersError([
            {
              field: fieldOf(refused.question),
              path: fieldOf(refused.question).split('.'),
              reason: textOf(`validation.${refused.reason}`, 'clinician', {
                last: String(answers.visits[Math.max(0, visit - 1)]),
              }),
            },
          ]);
        }
        continue;
      }
      if (!isAtSummary(snapshot)) break;
      const left = answers.remaining(visit, snapshot.context.answers);
      if (left === 'follow-up-scan') {
        send({ type: 'followUp.scanStarted' });
        continue;
      }
      if (left && isInterviewQuestion(left)) {
        const record = { type: 'result.add', question: left } as const;
        if (snapshot.can(record)) {
          send(record);
          continue;
        }
        // Not a result the machine takes now (a choice on a branch not
        // taken): nothing to record.
        answers.take(left, visit);
        continue;
      }
      if (visit < answers.visits.length - 1) {
        visit++;
        send({ type: 'followUp.visitStarted' });
        continue;
      }
      // Each answer is corrected once at most.
      const corrected = answers.correction(
        snapshot.context.answers,
        { audienceChosen: true },
        corrections,
      );
      if (corrected) {
        corrections.add(corrected);
        send({ type: 'answer.edit', question: corrected });
        continue;
      }
      return {
        events,
        answers: snapshot.context.answers,
        summary: summaryOf(snapshot, audience)!,
      };
    }
    throw new Error(
      `The consult stopped at ${JSON.stringify(actor.getSnapshot().value)}`,
    );
  } finally {
    actor.stop();
  }
}

/**
 * The event that first answers `question` from an answers file: the
 * interview's answer at the first visit (what `runConsult` sends when the
 * machine asks it).
 */
export function eventFor(
  question: AnyQuestionId,
  file: AnswersFile,
  audience: Audience = file.audience ?? 'clinician',
): AnswerEvent {
  return new FileAnswers(file, audience).eventFor(question, 0);
}

/** The answers-file field a question fills. */
export function fieldOf(question: AnyQuestionId): string {
  return allQuestions[question].field;
}

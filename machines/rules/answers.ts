import { questionIds } from '../../content/ids.ts';
import type {
  AnswerEvent,
  Answers,
  EditMode,
  Recorded,
  QuestionId,
  ValidationId,
} from '../workup.types.ts';
import {
  eventProblem,
  questionAnsweredBy,
  questions,
  specOf,
  valueOf,
} from '../questions.ts';
import { parseGestationalAge } from './numbers.ts';
import {
  clearOf,
  hasAnswer,
  isTimed,
  readAnswer,
  valueAt,
  writeAnswer,
} from '../codecs.ts';
import { entriesOf } from './results.ts';
import { interpret } from './facts.ts';

export { questionAnsweredBy } from '../questions.ts';
export {
  gestationalAgeProblem,
  gestationalAgeRange,
  weeksSinceInfectionProblem,
} from './validation.ts';
export { parseTypedNumber } from './numbers.ts';

/** Each question's place in the interview (questionIds order). */
const interviewOrder = Object.fromEntries(
  questionIds.map((question, index) => [question, index]),
) as Record<QuestionId, number>;

/**
 * Whether a question is asked for these answers: the machine's decision,
 * read from the same named facts as the summary (facts.ts). The decisions
 * are the registry's `askedWhen`, the guards the machine names.
 */
export function isApplicable(question: QuestionId, answers: Answers): boolean {
  const { askedWhen } = questions[question];
  if (askedWhen.length === 0) return true;
  const facts = interpret(answers);
  return askedWhen.some((decision) => facts[decision]);
}

/**
 * Whether the answer to this question is a result kept off its branch:
 * the result of a test that was done (not pending, not "not done").
 */
export function isKeptResult(question: QuestionId, answers: Answers): boolean {
  const spec = questions[question];
  if (!spec.keptResult) return false;
  // Any result the test gave keeps it (and its history: a pending result
  // recorded after a normal one must not drop the normal one).
  if (spec.codec.kind === 'result')
    return entriesOf(
      valueAt(answers, spec.codec.path) as Recorded<string> | undefined,
      answers.gestationalAgeWeeks,
    ).some(
      (entry) => entry.result !== 'pending' && entry.result !== 'not-done',
    );
  const value = readAnswer(spec.codec, answers);
  return (
    typeof value === 'string' && value !== 'pending' && value !== 'not-done'
  );
}

/** Whether a result can be recorded for this question off the main path. */
export function isResultQuestion(question: QuestionId): boolean {
  return questions[question].keptResult;
}

/**
 * Whether a new result of this question's test can be recorded (a repeat,
 * a result that came back): every question whose answer is a timed result.
 */
export function takesNewResults(question: QuestionId): boolean {
  return isTimed(questions[question].codec);
}

/**
 * Whether the audience question is answered: it is the one answer kept in
 * the machine's context, not in `answers`.
 */
export interface AudienceProgress {
  audienceChosen: boolean;
}

/** The audience progress of a workup context. */
export const audienceProgress = (context: {
  audience: unknown;
}): AudienceProgress => ({ audienceChosen: context.audience !== null });

/** Whether the answers hold a value for the question. */
export function isAnswered(
  question: QuestionId,
  answers: Answers,
  { audienceChosen }: AudienceProgress = { audienceChosen: true },
): boolean {
  if (question === 'audience') return audienceChosen;
  return hasAnswer(questions[question].codec, answers);
}

/** The answers without the answer to one question (a new object). */
export function clearAnswer(answers: Answers, question: QuestionId): Answers {
  return clearOf(questions[question].codec, answers);
}

/**
 * The answers without those whose question no longer applies, except
 * results of tests that were done, dropped until stable (dropping avidity
 * can in turn drop the infection timing).
 */
export function pruneAnswers(answers: Answers): Answers {
  let current = pruned.get(answers);
  if (current) return current;
  current = answers;
  for (;;) {
    const stale = questionIds.find(
      (question) =>
        question !== 'audience' &&
        isAnswered(question, current!) &&
        !isApplicable(question, current!) &&
        !isKeptResult(question, current!),
    );
    if (!stale) break;
    current = stripUndefined(clearAnswer(current, stale));
  }
  pruned.set(answers, current);
  pruned.set(current, current);
  return current;
}

/**
 * Answers are never mutated (each change is a new object, as facts.ts
 * relies on): each is pruned once. The summary prunes the answers the
 * machine's action has just pruned.
 */
const pruned = new WeakMap<Answers, Answers>();

function stripUndefined(answers: Answers): Answers {
  const defined: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value !== undefined) (defined as Record<string, unknown>)[key] = value;
  }
  return defined;
}

/**
 * Why an answer event is refused, or null when it is valid for these
 * answers (a result cannot be taken after today; a visit must be later).
 * The machine's guards and the UI both ask this one function.
 */
export function answerProblem(
  event: AnswerEvent,
  answers: Answers = {},
): ValidationId | null {
  return eventProblem(event, answers);
}

/**
 * The answers after recording a (valid) answer event, with answers that no
 * longer apply dropped. `add` records a new result of the test (a repeat, a
 * result that came back) beside the earlier ones; otherwise the answer
 * replaces the latest (omitted panel rows are recorded as not done).
 */
export function recordAnswer(
  answers: Answers,
  event: AnswerEvent,
  mode: EditMode | 'answer' = 'answer',
): Answers {
  const atWeeks = (event as { atWeeks?: number | string }).atWeeks;
  const parsed =
    atWeeks === undefined ? undefined : parseGestationalAge(atWeeks);
  return pruneAnswers(
    writeAnswer(specOf(event).codec, answers, valueOf(event) as never, {
      mode: mode === 'add' ? 'add' : 'answer',
      ...(parsed?.ok && { atWeeks: parsed.value }),
    }),
  );
}

/**
 * The questions whose answers this answer event would drop (answered
 * before, no longer applicable after). The UI shows them before an edit.
 *
 * @example
 * answersDroppedBy(answers, { type: 'serology.storchEntered', results: { 'cmv-igm': 'negative' } });
 * // -> ['cmv-avidity', 'infection-timing', 'cmv-pcr']
 */
export function answersDroppedBy(
  answers: Answers,
  event: AnswerEvent,
  mode: EditMode | 'answer' = 'answer',
): QuestionId[] {
  const after = recordAnswer(answers, event, mode);
  const edited = questionAnsweredBy(event);
  return questionIds.filter(
    (question) =>
      question !== edited &&
      question !== 'audience' &&
      isAnswered(question, answers) &&
      !isAnswered(question, after),
  );
}

/** The next question to ask: the first applicable, unanswered one. */
export function nextQuestion(
  answers: Answers,
  { audienceChosen }: AudienceProgress,
): QuestionId | null {
  if (!audienceChosen) return 'audience';
  return routing(answers).next;
}

/**
 * An open question with applicable answered questions after it (an edit
 * opened it, or a file left it out): it is asked on its own, in the
 * machine's `editing` state, so no later answer is asked again.
 */
export function gapQuestion(
  answers: Answers,
  { audienceChosen }: AudienceProgress,
): QuestionId | null {
  if (!audienceChosen) return null;
  return routing(answers).gap;
}

/** The first open question, and whether it is a gap; once per answers object. */
function routing(answers: Answers): {
  next: QuestionId | null;
  gap: QuestionId | null;
} {
  let route = routes.get(answers);
  if (!route) {
    // Only the audience depends on audienceChosen, and it is asked first.
    const next =
      questionIds.find(
        (question) =>
          question !== 'audience' &&
          isApplicable(question, answers) &&
          !isAnswered(question, answers),
      ) ?? null;
    const gap =
      next !== null &&
      questionIds.some(
        (question) =>
          interviewOrder[question] > interviewOrder[next] &&
          isAnswered(question, answers) &&
          isApplicable(question, answers),
      )
        ? next
        : null;
    route = { next, gap };
    routes.set(answers, route);
  }
  return route;
}

const routes = new WeakMap<
  Answers,
  { next: QuestionId | null; gap: QuestionId | null }
>();

/**
 * Whether an answer can be edited now: it is answered (or is a result that
 * can be recorded off the main path), and no question before it is still
 * open. Later questions depend only on earlier answers, so an edit that
 * moves forward from an earlier question always reaches the first open one.
 */
export function canEdit(
  question: QuestionId,
  answers: Answers,
  progress: AudienceProgress,
): boolean {
  if (!isAnswered(question, answers, progress) && !isResultQuestion(question))
    return false;
  // Once a later visit has moved today's age, the first visit's is history.
  if (question === 'gestational-age' && (answers.visits?.length ?? 0) > 0)
    return false;
  const open = nextQuestion(answers, progress);
  return open === null || interviewOrder[question] < interviewOrder[open];
}

/**
 * Whether a new result of this question's test can be recorded now: a
 * test result question, at the follow-up (the interview is complete).
 */
export function canRecordResult(
  question: QuestionId,
  answers: Answers,
  progress: AudienceProgress,
): boolean {
  return (
    takesNewResults(question) &&
    nextQuestion(answers, progress) === null &&
    (isAnswered(question, answers, progress) || isResultQuestion(question))
  );
}

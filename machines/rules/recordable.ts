import { questionIds } from '../../content/ids.ts';
import { questions } from '../questions.ts';
import { readAnswer } from '../codecs.ts';
import type {
  Answers,
  QuestionId,
  Summary,
  TestStatus,
} from '../workup.types.ts';
import {
  canRecordResult,
  isApplicable,
  isKeptResult,
  nextQuestion,
} from './answers.ts';

/**
 * Why a result can be recorded at the follow-up:
 * - `pending`: the test was sent and its result is awaited;
 * - `repeat`: the summary says to repeat the test;
 * - `serial-scan`: a follow-up (serial) scan, with new findings;
 * - `recommended`: recommended (now, or from a later date) and not done yet;
 * - `off-path`: a result the algorithm did not ask for, still interpreted.
 */
export type RecordReason =
  'pending' | 'repeat' | 'serial-scan' | 'recommended' | 'off-path';

export interface RecordableResult {
  /** The question that records it (`follow-up-scan`: a follow-up scan). */
  question: QuestionId | 'follow-up-scan';
  reason: RecordReason;
}

/** Reasons in the order the follow-up control lists them. */
export const recordReasons: readonly RecordReason[] = [
  'pending',
  'repeat',
  'serial-scan',
  'recommended',
  'off-path',
];

const isPending = (value: unknown): boolean =>
  value === 'pending' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).includes('pending'));

/**
 * The results a clinician may record now, at the follow-up, each with why:
 * pending results coming back, repeat tests, a follow-up scan, recommended
 * tests not done yet (a CMV PCR whose window opens later included: it is
 * the result most likely to arrive next), and results off the expected path
 * (a test the algorithm did not ask for). Each is recorded as a new result
 * with the age it was taken at (`result.add`); a scan, as a follow-up scan.
 * Listed in the order of the reasons, then of the interview.
 *
 * @example
 * recordableResults(answers, buildSummary(answers));
 * // -> [{ question: 'microarray', reason: 'pending' }, { question: 'follow-up-scan', reason: 'serial-scan' }, ...]
 */
export function recordableResults(
  answers: Answers,
  summary: Pick<Summary, 'tests'>,
): RecordableResult[] {
  const statusOf = new Map<string, TestStatus>(
    summary.tests.map((test) => [test.id, test.status]),
  );
  const progress = { audienceChosen: true };
  if (nextQuestion(answers, progress) !== null) return [];
  const found: RecordableResult[] = [
    { question: 'follow-up-scan', reason: 'serial-scan' },
  ];
  for (const question of questionIds) {
    const spec = questions[question];
    if (!spec.test || !canRecordResult(question, answers, progress)) continue;
    const status = statusOf.get(spec.test);
    const reason: RecordReason | null = isPending(
      readAnswer(spec.codec, answers),
    )
      ? 'pending'
      : status === 'repeat'
        ? 'repeat'
        : spec.keptResult &&
            !isApplicable(question, answers) &&
            !isKeptResult(question, answers)
          ? 'off-path'
          : status === 'recommended' || status === 'not-yet-optimal'
            ? 'recommended'
            : null;
    if (reason) found.push({ question, reason });
  }
  return recordReasons.flatMap((reason) =>
    found.filter((result) => result.reason === reason),
  );
}

import { questionIds } from '../../content/ids.ts';
import { questions } from '../questions.ts';
import { readAnswer } from '../codecs.ts';
import type {
  Answers,
  QuestionId,
  Summary,
  TestStatus,
} from '../workup.types.ts';
import { canEdit, isApplicable, isKeptResult } from './answers.ts';

/**
 * Why a result can be recorded after the summary (follow-up):
 * - `pending`: the test was sent and its result is awaited;
 * - `repeat`: the summary says to repeat the test;
 * - `serial-scan`: new findings on a serial ultrasound;
 * - `recommended`: recommended and not done yet;
 * - `off-path`: a result the algorithm did not ask for, still interpreted.
 */
export type RecordReason =
  'pending' | 'repeat' | 'serial-scan' | 'recommended' | 'off-path';

export interface RecordableResult {
  question: QuestionId;
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
 * The test results a clinician may record now, after the summary, each with
 * why: pending results coming back, repeat tests, new findings on a serial
 * scan, recommended tests not done yet, and results off the expected path
 * (a test the algorithm did not ask for). Only questions that record a test
 * result and that the machine lets be edited now (`canEdit`) are listed, in
 * the order of the reasons, then of the interview.
 *
 * @example
 * recordableResults(answers, buildSummary(answers));
 * // -> [{ question: 'microarray', reason: 'pending' }, { question: 'findings', reason: 'serial-scan' }, ...]
 */
export function recordableResults(
  answers: Answers,
  summary: Pick<Summary, 'tests'>,
): RecordableResult[] {
  const statusOf = new Map<string, TestStatus>(
    summary.tests.map((test) => [test.id, test.status]),
  );
  const found: RecordableResult[] = [];
  for (const question of questionIds) {
    const spec = questions[question];
    if (!spec.test || !canEdit(question, answers, { audienceChosen: true }))
      continue;
    const status = statusOf.get(spec.test);
    const reason: RecordReason | null = isPending(
      readAnswer(spec.codec, answers),
    )
      ? 'pending'
      : status === 'repeat'
        ? 'repeat'
        : question === 'findings'
          ? 'serial-scan'
          : spec.keptResult &&
              !isApplicable(question, answers) &&
              !isKeptResult(question, answers)
            ? 'off-path'
            : status === 'recommended'
              ? 'recommended'
              : null;
    if (reason) found.push({ question, reason });
  }
  return recordReasons.flatMap((reason) =>
    found.filter((result) => result.reason === reason),
  );
}

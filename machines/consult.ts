import { createActor } from 'xstate';
import { z } from 'zod';
import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  questionIds,
  storchTestIds,
} from '../content/ids.ts';
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
import { isAnswered, isKeptResult, isResultQuestion } from './rules/answers.ts';
import { questionAnsweredBy, questions, specOf } from './questions.ts';

/** The events a consult sends: answers, and edits that record late results. */
export type ConsultEvent =
  AnswerEvent | { type: 'answer.edit'; question: QuestionId };

/** Questions whose results are recorded even when the machine does not ask. */
const resultQuestions = questionIds.filter(isResultQuestion);

/** An answer event that carries a result (not pending, not "not done"). */
function isRecordedResult(event: AnswerEvent): boolean {
  const question = questionAnsweredBy(event);
  return isKeptResult(question, specOf(event).write({}, event));
}
import { textOf } from '../content/index.ts';

const serologyResult = z.enum([
  'positive',
  'negative',
  'equivocal',
  'pending',
  'not-done',
]);
const geneticResult = z.enum(['normal', 'abnormal', 'pending', 'not-done']);
const specializedResult = z.enum([
  'normal',
  'abnormal',
  'positive',
  'negative',
  'pending',
  'not-done',
]);

/**
 * The headless consult's input (docs: consult-api.md), checked field by
 * field. An omitted field means "not done" (never "normal" or "none seen").
 */
export const answersFileSchema = z
  .object({
    audience: z.enum(['clinician', 'learner']).optional(),
    /** The content version the file was written with (exports stamp it). */
    contentVersion: z.string().min(1).optional(),
    gestationalAgeWeeks: z.number().finite(),
    findings: z
      .union([z.array(z.enum(findingIds)), z.enum(['pending', 'not-done'])])
      .default('not-done'),
    headSize: z.enum(headSizeIds).default('not-measured'),
    serology: z
      .partialRecord(
        z.enum([...storchTestIds, ...parvovirusTestIds]),
        serologyResult,
      )
      .default({}),
    cmvAvidity: z
      .enum(['low', 'intermediate', 'high', 'pending', 'not-done'])
      .default('not-done'),
    weeksSinceMaternalInfection: z.number().finite().nullable().default(null),
    genetics: z
      .partialRecord(
        z.enum(['chromosomal-microarray', 'karyotype', 'cf-carrier-screening']),
        geneticResult,
      )
      .default({}),
    chromosomalDiagnosis: z
      .enum(chromosomalDiagnosisIds)
      .nullable()
      .default(null),
    specialized: z
      .partialRecord(
        z.enum(['amniotic-fluid-cmv-pcr', 'mca-psv-doppler', 'fetal-mri']),
        specializedResult,
      )
      .default({}),
  })
  .strict()
  .superRefine((file, ctx) => {
    const pcr = file.specialized['amniotic-fluid-cmv-pcr'];
    if (pcr === 'normal' || pcr === 'abnormal') {
      ctx.addIssue({
        code: 'custom',
        path: ['specialized', 'amniotic-fluid-cmv-pcr'],
        message: 'use positive, negative, pending or not-done',
      });
    }
    for (const test of ['mca-psv-doppler', 'fetal-mri'] as const) {
      const result = file.specialized[test];
      if (result === 'positive' || result === 'negative') {
        ctx.addIssue({
          code: 'custom',
          path: ['specialized', test],
          message: 'use normal, abnormal, pending or not-done',
        });
      }
    }
  });

export type AnswersFile = z.output<typeof answersFileSchema>;

/** A problem with an answers file: the field and why. */
export interface AnswerIssue {
  field: string;
  reason: string;
}

/** An answers file refused: each issue names the field and why. */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  constructor(readonly issues: AnswerIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.reason}`).join('\n'));
  }
}

/** Parses an answers file; throws InvalidAnswersError naming each bad field. */
export function parseAnswersFile(raw: unknown): AnswersFile {
  const parsed = answersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidAnswersError(
      parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        reason: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** The event that answers `question` from an answers file. */
export function eventFor(
  question: QuestionId,
  file: AnswersFile,
  audience: Audience,
): AnswerEvent {
  return questions[question].fromFile(file, audience);
}

/**
 * Runs the workup machine headlessly: each question the machine asks is
 * answered from the file, as a user would. Returns the events sent (a
 * replayable log), the final answers and the summary (the final output).
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
  try {
    for (let step = 0; ; step++) {
      const snapshot = actor.getSnapshot();
      if (isAtSummary(snapshot)) {
        // Results the machine did not ask for are still facts: record them
        // from the summary, as a clinician records a result that arrives.
        const offPath = resultQuestions.find(
          (resultQuestion) =>
            !isAnswered(resultQuestion, snapshot.context.answers) &&
            isRecordedResult(eventFor(resultQuestion, file, audience)),
        );
        if (!offPath) {
          return {
            events,
            answers: snapshot.context.answers,
            summary: summaryOf(snapshot, audience)!,
          };
        }
        const edit = { type: 'answer.edit', question: offPath } as const;
        events.push(edit);
        actor.send(edit);
      }
      const question = currentQuestion(actor.getSnapshot());
      if (!question || step > 60) {
        throw new Error(
          `The consult stopped at ${JSON.stringify(actor.getSnapshot().value)}`,
        );
      }
      const event = eventFor(question, file, audience);
      events.push(event);
      actor.send(event);
      // The machine's guards refuse an invalid answer and say why.
      const refused = actor.getSnapshot().context.rejection;
      if (refused) {
        throw new InvalidAnswersError([
          {
            field: fieldOf(refused.question),
            reason: textOf(`validation.${refused.reason}`, 'clinician'),
          },
        ]);
      }
    }
  } finally {
    actor.stop();
  }
}

/** The answers-file field a question fills. */
export function fieldOf(question: QuestionId): string {
  return questions[question].field;
}

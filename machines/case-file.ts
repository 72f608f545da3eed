import { z } from 'zod';
import type { TeachingCase } from '../content/cases/case-types.ts';
import { contentVersion } from '../content/version.ts';
import { toAnswersFile } from './answers-file.ts';
import { caseProblems } from './case-check.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from './consult.ts';
import { nextQuestion, pruneAnswers } from './rules/answers.ts';
import type { Answers, Audience } from './workup.types.ts';

/** The format tag of a case file (versioned apart from the content). */
export const caseFileFormat = 'fhc-workup-case/1';

/** The kinds of prediction a learner makes in a worked case. */
export const casePredictionKinds = [
  'decision',
  'classification',
  'remaining-causes',
] as const;

/** A learner's answer to one prediction of a worked case, as exported. */
export interface CasePrediction {
  /** The index of the case step the prediction follows. */
  step: number;
  kind: (typeof casePredictionKinds)[number];
  /** For a decision: the question it decides about. */
  question?: string;
  /** The learner's pick: option ids. */
  pick: string[];
  /** The right answer, as the machine and the rules give it. */
  answer: string[];
  correct: boolean;
}

/**
 * A worked case as a file: a teaching case plus its stamp, saved from a
 * consult or exported by a learner with their predictions.
 */
export interface CaseFile extends TeachingCase {
  format: typeof caseFileFormat;
  contentVersion: string;
  /** The learner's predictions, when a learner exported the case. */
  predictions?: readonly CasePrediction[];
}

/**
 * A worked case as a learner's case file: the case, stamped, with the
 * learner's predictions and whether each was right.
 *
 * @example
 * const json = JSON.stringify(learnerCaseFile(teachingCases[0], predictions));
 */
export function learnerCaseFile(
  teachingCase: TeachingCase,
  predictions: readonly CasePrediction[],
): CaseFile {
  return {
    ...teachingCase,
    format: caseFileFormat,
    contentVersion,
    predictions,
  };
}

/**
 * A finished consult as a worked case: the machine's own event log of its
 * answers (as the teaching view replays), the summary it reaches as the
 * case's expectations, and the classification and prognosis as closing
 * notes (content ids only, like the shipped cases).
 *
 * @example
 * const json = JSON.stringify(toCaseFile(answers, 'clinician', 'Saved consult'), null, 2);
 */
export function toCaseFile(
  answers: Answers,
  audience: Audience,
  title: string,
): CaseFile {
  if (nextQuestion(pruneAnswers(answers), { audienceChosen: true }) !== null) {
    throw new Error('Only a finished consult can be saved as a worked case');
  }
  const { events, summary } = runConsult(
    parseAnswersFile(toAnswersFile(answers, audience)),
  );
  const classification = summary.classification;
  return {
    format: caseFileFormat,
    contentVersion,
    id: 'saved-case',
    title: { clinician: title, learner: title },
    steps: events.map((event) => ({ event, notes: [] })),
    closingNotes: [
      { contentId: `classification.${classification}` },
      { contentId: `prognosis.${classification}` },
    ],
    expected: {
      classification,
      tests: Object.fromEntries(
        summary.tests.map((test) => [test.id, test.status]),
      ),
      causes: Object.fromEntries(
        summary.differential.map((cause) => [cause.id, cause.status]),
      ),
    },
  };
}

const note = z
  .object({
    contentId: z.string().min(1),
    part: z.enum(['text', 'rationale']).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .strict();

const caseFileSchema = z
  .object({
    format: z.literal(caseFileFormat),
    contentVersion: z.string().min(1),
    id: z.string().min(1),
    title: z.object({ clinician: z.string(), learner: z.string() }).strict(),
    diagnosis: z
      .object({ clinician: z.string(), learner: z.string() })
      .strict()
      .optional(),
    steps: z
      .array(
        z
          .object({
            event: z.looseObject({ type: z.string() }),
            notes: z.array(note),
          })
          .strict(),
      )
      .min(1),
    closingNotes: z.array(note),
    expected: z
      .object({
        classification: z.string(),
        tests: z.record(z.string(), z.string()),
        causes: z.record(z.string(), z.string()),
      })
      .strict(),
    predictions: z
      .array(
        z
          .object({
            step: z.number().int().min(0),
            kind: z.enum(casePredictionKinds),
            question: z.string().min(1).optional(),
            pick: z.array(z.string()),
            answer: z.array(z.string()),
            correct: z.boolean(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/**
 * Reads a case file: its structure, then the same checks as the shipped
 * cases (`caseProblems`). Throws InvalidAnswersError listing what is wrong.
 */
export function readCaseFile(raw: unknown): CaseFile {
  const parsed = caseFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidAnswersError(
      parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        reason: issue.message,
      })),
    );
  }
  const file = parsed.data as unknown as CaseFile;
  const problems = caseProblems(file);
  if (problems.length > 0) {
    throw new InvalidAnswersError(
      problems.map((reason) => ({ field: 'case', reason })),
    );
  }
  return file;
}

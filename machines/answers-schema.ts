import { z } from 'zod';
import type {
  Audience,
  ChromosomalDiagnosisId,
  FindingId,
  FindingsStatus,
  FollowUpScan,
  HeadSizeId,
  Answers,
  Visit,
} from './workup.types.ts';
import { allQuestions } from './questions.ts';
import { fileFields, type FieldSpec } from './codec-files.ts';
import {
  gestationalAgeRange,
  maxWeeksBeforePregnancy,
} from './rules/validation.ts';
import { entriesOf } from './rules/results.ts';
import { printable } from './answers-text.ts';

/**
 * The headless consult's input (docs/consult-api.md), generated from the
 * question registry: each question's codec names its field and schema. An
 * omitted field means "not done" (never "normal" or "none seen").
 */
export interface AnswersFile extends Omit<
  Answers,
  | 'gestationalAgeWeeks'
  | 'findings'
  | 'headSize'
  | 'chromosomalDiagnosis'
  | 'visits'
  | 'scans'
> {
  audience?: Audience;
  /** The content version the file was written with (exports stamp it). */
  contentVersion?: string;
  gestationalAgeWeeks: number;
  findings: FindingId[] | FindingsStatus;
  headSize: HeadSizeId;
  chromosomalDiagnosis: ChromosomalDiagnosisId | null;
  visits: Visit[];
  scans: FollowUpScan[];
}

/** One recorded result of `values`: bare, `{ result, atWeeks }`, or a list. */
function resultSchema(values: readonly [string, ...string[]]) {
  const entry = z
    .object({
      result: z.enum(values),
      atWeeks: z.number().finite(),
      recordedAtWeeks: z.number().finite().optional(),
    })
    .strict();
  return z.union([z.enum(values), entry, z.array(entry).min(2)], {
    error: `use ${values.join(', ')}; or { "result", "atWeeks" }; or a list of them, oldest first`,
  });
}

/** The schema of one field the registry describes (codecs.ts FieldSpec). */
function schemaOf(field: FieldSpec): z.ZodType {
  switch (field.kind) {
    case 'result':
      return resultSchema(field.values).optional();
    case 'choice':
      return field.nullable
        ? z.enum(field.values).nullable().default(null)
        : field.fallback !== undefined
          ? z.enum(field.values).default(field.fallback)
          : z.enum(field.values).optional();
    case 'weeks': {
      const weeks = z.number().finite();
      const nullable = field.nullable ? weeks.nullable() : weeks;
      return field.optional ? nullable.optional() : nullable;
    }
    case 'findings':
      return z
        .union([z.array(z.enum(field.items)), z.enum(field.statuses)])
        .default(field.statuses[field.statuses.length - 1]!);
    case 'scans':
      return z
        .array(
          z
            .object({
              atWeeks: z.number().finite(),
              findings: z.array(z.enum(field.items)).default([]),
              liverCalcifications: z.enum(field.courses),
            })
            .strict(),
        )
        .default([]);
    case 'visits':
      return z
        .array(z.object({ atWeeks: z.number().finite() }).strict())
        .default([]);
  }
}

function shapeOfRegistry(): Record<string, z.ZodType> {
  const top: Record<string, z.ZodType> = {};
  const groups: Record<string, Record<string, z.ZodType>> = {};
  for (const spec of Object.values(allQuestions)) {
    for (const { path, field } of fileFields(spec.codec)) {
      const schema = schemaOf(field);
      const [head, row] = path.split('.') as [string, string | undefined];
      if (row === undefined) top[head] = schema;
      else (groups[head] ??= {})[row] = schema;
    }
  }
  for (const [group, rows] of Object.entries(groups)) {
    top[group] = z.object(rows).strict().default({});
  }
  return top;
}

const { min } = gestationalAgeRange;

/** The longest `contentVersion` read (a version such as `2.0.0`). */
export const maxContentVersionChars = 32;
export { maxWeeksBeforePregnancy };

/** Every recorded result of a file, with the field it is at. */
function resultEntries(file: AnswersFile) {
  const found: { field: string; value: unknown }[] = [];
  for (const group of ['serology', 'genetics', 'specialized'] as const) {
    for (const [row, value] of Object.entries(file[group] ?? {}))
      found.push({ field: `${group}.${row}`, value });
  }
  if (file.cmvAvidity !== undefined)
    found.push({ field: 'cmvAvidity', value: file.cmvAvidity });
  return found;
}

/**
 * The answers file's schema: the registry's fields, and the time checks
 * that span fields (each result taken from 10 weeks to today, oldest
 * first; visits before today, in order; one way to give the infection).
 */
export const answersFileSchema = z
  .object({
    contentVersion: z
      .string()
      .min(1)
      .max(maxContentVersionChars, {
        error: `at most ${maxContentVersionChars} characters (a version such as 2.0.0)`,
      })
      .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, {
        error: 'a version such as 2.0.0 (digits, letters, ".", "+", "-")',
      })
      .optional(),
    ...shapeOfRegistry(),
  })
  .strict()
  .superRefine((raw, ctx) => {
    const file = raw as unknown as AnswersFile;
    const today = file.gestationalAgeWeeks;
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const inRange = (weeks: number) =>
      weeks >= min - 1e-9 && weeks <= today + 1e-4;
    for (const { field, value } of resultEntries(file)) {
      const path = field.split('.');
      const entries = entriesOf(value as never, today);
      entries.forEach((entry, index) => {
        const where = Array.isArray(value) ? [...path, index] : path;
        if (!inRange(entry.atWeeks))
          issue(
            [...where, 'atWeeks'],
            `taken at ${entry.atWeeks} weeks: must be from ${min} weeks to gestationalAgeWeeks (${today})`,
          );
        if (
          entry.recordedAtWeeks !== undefined &&
          (entry.recordedAtWeeks < entry.atWeeks - 1e-4 ||
            entry.recordedAtWeeks > today + 1e-4)
        )
          issue(
            [...where, 'recordedAtWeeks'],
            'recorded at must be from the age taken to gestationalAgeWeeks',
          );
        if (index > 0 && entry.atWeeks < entries[index - 1]!.atWeeks - 1e-4)
          issue(where, 'results are listed oldest first (by atWeeks)');
        if (Array.isArray(value) && entry.result === 'not-done')
          issue(
            [...where, 'result'],
            '"not-done" is not a result: leave it out of the list',
          );
      });
    }
    file.visits.forEach((visit, index) => {
      if (visit.atWeeks < min || visit.atWeeks >= today - 1e-4)
        issue(
          ['visits', index, 'atWeeks'],
          `an earlier visit is from ${min} weeks to before gestationalAgeWeeks (${today})`,
        );
      if (index > 0 && visit.atWeeks <= file.visits[index - 1]!.atWeeks)
        issue(['visits', index], 'visits are listed oldest first');
    });
    file.scans.forEach((scan, index) => {
      if (!inRange(scan.atWeeks))
        issue(
          ['scans', index, 'atWeeks'],
          `a scan is from ${min} weeks to gestationalAgeWeeks (${today})`,
        );
      if (index > 0 && scan.atWeeks < file.scans[index - 1]!.atWeeks)
        issue(['scans', index], 'scans are listed oldest first');
    });
    if (
      file.maternalInfectionAtWeeks !== undefined &&
      file.weeksSinceMaternalInfection !== undefined
    )
      issue(
        ['maternalInfectionAtWeeks'],
        'give maternalInfectionAtWeeks or weeksSinceMaternalInfection, not both',
      );
    if (
      typeof file.weeksSinceMaternalInfection === 'number' &&
      file.weeksSinceMaternalInfection < 0
    )
      issue(
        ['weeksSinceMaternalInfection'],
        'cannot be negative: the infection cannot be after gestationalAgeWeeks',
      );
    if (
      typeof file.weeksSinceMaternalInfection === 'number' &&
      file.weeksSinceMaternalInfection > today + maxWeeksBeforePregnancy
    )
      issue(
        ['weeksSinceMaternalInfection'],
        `at most ${maxWeeksBeforePregnancy} weeks before the pregnancy (gestationalAgeWeeks + ${maxWeeksBeforePregnancy})`,
      );
    if (
      typeof file.maternalInfectionAtWeeks === 'number' &&
      file.maternalInfectionAtWeeks < -maxWeeksBeforePregnancy
    )
      issue(
        ['maternalInfectionAtWeeks'],
        `at most ${maxWeeksBeforePregnancy} weeks before the pregnancy (-${maxWeeksBeforePregnancy})`,
      );
    if (
      typeof file.maternalInfectionAtWeeks === 'number' &&
      file.maternalInfectionAtWeeks > today + 1e-4
    )
      issue(
        ['maternalInfectionAtWeeks'],
        'the infection cannot be after gestationalAgeWeeks',
      );
  });

/** A problem with an answers file: the field and why. */
export interface AnswerIssue {
  field: string;
  reason: string;
  /** Where it is, as keys and indices (the field it costs when set aside). */
  path?: readonly (string | number)[];
  /** The unknown keys at `path`, when the problem is unknown keys. */
  keys?: readonly string[];
}

/** The most problems one refusal lists (the rest are counted). */
export const maxIssuesListed = 20;

/**
 * An answers file refused: each issue names the field and why. What it
 * echoes from the file is escaped (no control characters reach a terminal
 * or a page) and bounded: at most `maxIssuesListed` issues, each field and
 * reason cut at 200 characters, then a count of the others.
 */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  readonly issues: AnswerIssue[];
  constructor(issues: AnswerIssue[]) {
    const listed = issues.slice(0, maxIssuesListed).map((issue) => ({
      ...issue,
      field: printable(issue.field),
      reason: printable(issue.reason),
    }));
    if (issues.length > maxIssuesListed) {
      listed.push({
        field: '(more)',
        reason: `and ${issues.length - maxIssuesListed} more problems`,
      });
    }
    super(listed.map((issue) => `${issue.field}: ${issue.reason}`).join('\n'));
    this.issues = listed;
  }
}

/** Parses an answers file; throws InvalidAnswersError naming each bad field. */
export function parseAnswersFile(raw: unknown): AnswersFile {
  const parsed = answersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidAnswersError(
      parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        reason:
          issue.code === 'unrecognized_keys' && issue.keys.length > 5
            ? `Unrecognized keys: ${issue.keys
                .slice(0, 5)
                .map((key) => JSON.stringify(key))
                .join(', ')} and ${issue.keys.length - 5} more`
            : issue.message,
        path: issue.path.map((key) =>
          typeof key === 'symbol' ? String(key) : key,
        ),
        // An unknown key costs that key, not the object holding it.
        ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}),
      })),
    );
  }
  return parsed.data as unknown as AnswersFile;
}

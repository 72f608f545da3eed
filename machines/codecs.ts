import { z } from 'zod';
import type { ContentId, ValidationId } from '../content/ids.ts';
import type { UiTextId } from '../content/ui/index.ts';
import type {
  Answers,
  FindingId,
  PanelResult,
  Recorded,
  ScanAnswer,
  Timed,
  TypedNumber,
} from './workup.types.ts';
import {
  compactEntries,
  entriesOf,
  latestResult,
  writeResult,
} from './rules/results.ts';
import { parseGestationalAge } from './rules/numbers.ts';

/**
 * Value codecs: how one question's answer lives in the answers, in its
 * control, in an answers file and in generated test events. The question
 * registry (questions.ts) is data: per question, one codec made by
 * `choiceAt`, `resultAt`, `panel`, `numberAt`, `checklist`, `scan` or
 * `visit`. Everything else (the answers-file schema, the file reader, the
 * UI controls, the test events) is derived from these.
 */

/** One option of a control: its value and the content node of its label. */
export interface OptionSpec {
  value: string;
  label: ContentId;
}

/** The input a question needs; labels are content ids. */
export type ControlSpec =
  | { kind: 'choice'; options: readonly OptionSpec[] }
  | {
      kind: 'checklist';
      items: readonly OptionSpec[];
      statusOptions: readonly OptionSpec[];
    }
  | {
      kind: 'number';
      /** The field's label (the app's words). */
      inputLabel: UiTextId;
      /** Which forms the field takes (content id; `{min}`, `{max}` filled). */
      hint?: ContentId;
      min: number;
      max?: number;
      unknownOption?: OptionSpec;
    }
  | {
      kind: 'panel';
      rows: readonly OptionSpec[];
      options: readonly OptionSpec[];
    }
  | {
      kind: 'scan';
      items: readonly OptionSpec[];
      courses: readonly OptionSpec[];
      noScan: OptionSpec;
    };

/** A recorded answer in the shape its control uses (to prefill an edit). */
export type AnswerValue =
  | string
  | null
  | readonly FindingId[]
  | Partial<Record<string, string>>
  | Exclude<ScanAnswer, 'not-done'>;

/** How an answer is written: the interview's answer or a correction, or a new result. */
export interface WriteContext {
  mode: 'answer' | 'add';
  /** When it was taken, parsed (results only; default today). */
  atWeeks?: number;
}

/** One answer found in an answers file, in the order a consult records it. */
export interface FileAnswer {
  /** The event's value (a file's number of weeks stays a number). */
  value: AnswerValue | number;
  /** When it was taken (results): the event's `atWeeks`. */
  atWeeks?: number;
  /** The gestational age from which the consult knew it (results). */
  knownAtWeeks?: number;
  /** Per panel row: when each was taken. */
  rowsAtWeeks?: Record<string, number>;
}

/** An answers file after its schema (defaults applied), as the codecs read it. */
export type FileFields = Record<string, unknown>;

export interface Codec {
  control: ControlSpec;
  /** Whether its answer is a test result with the age it was taken at. */
  timed: boolean;
  /** The recorded answer (the latest result) in its control's shape. */
  read(answers: Answers): AnswerValue | undefined;
  answered(answers: Answers): boolean;
  /** The answers after recording a valid value. */
  write(answers: Answers, value: AnswerValue, context: WriteContext): Answers;
  /** The answers without this answer. */
  clear(answers: Answers): Answers;
  /** Why a value is refused (a validation content id), or null. */
  problem(value: unknown): ValidationId | null;
  /** The answers-file field (top level, or `group.row`) and its schema. */
  file: { path: string; schema: z.ZodType }[];
  /** Whether a raw answers file (before defaults) gives this answer. */
  inFile(raw: Record<string, unknown>): boolean;
  /**
   * The answers a file gives for it, oldest first (a result taken more
   * than once gives several). Untimed answers: one, read at `atWeeks` (the
   * first visit's gestational age).
   */
  fromFile(file: FileFields, atWeeks: number): FileAnswer[];
  /** Values for generated events: valid ones, and ones the codec refuses. */
  samples: { valid: readonly AnswerValue[]; invalid: readonly unknown[] };
  /** The event's value for a control's value (default: the same). */
  toEvent?: (value: AnswerValue | number) => unknown;
}

const options = (prefix: string, ids: readonly string[]): OptionSpec[] =>
  ids.map((id) => ({ value: id, label: `${prefix}.${id}` as ContentId }));

/** `unknown-option` unless the value is one of `allowed`. */
export const oneOfProblem = (
  value: unknown,
  allowed: readonly string[],
): ValidationId | null =>
  typeof value === 'string' && allowed.includes(value)
    ? null
    : 'unknown-option';

type Group = 'serology' | 'genetics' | 'specialized';

/** A path in the answers: a top-level field, or `group.row`. */
function pathParts(path: string): [string, string | undefined] {
  const [head, row] = path.split('.') as [string, string | undefined];
  return [head, row];
}

function valueAt(source: Record<string, unknown>, path: string): unknown {
  const [head, row] = pathParts(path);
  const value = source[head];
  if (row === undefined) return value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[row]
    : undefined;
}

/** The answers with the value at `path` set, or removed when undefined. */
function withValue(answers: Answers, path: string, value: unknown): Answers {
  const [head, row] = pathParts(path);
  const next = { ...answers } as Record<string, unknown>;
  if (row === undefined) {
    if (value === undefined) delete next[head];
    else next[head] = value;
    return next as Answers;
  }
  const group = { ...((next[head] as Record<string, unknown>) ?? {}) };
  if (value === undefined) delete group[row];
  else group[row] = value;
  if (Object.keys(group).length === 0) delete next[head];
  else next[head] = group;
  return next as Answers;
}

/** The gestational age of the last earlier visit, if any. */
const lastVisitOf = (answers: Answers) =>
  answers.visits?.[answers.visits.length - 1]?.atWeeks;

/** The answers-file schema of one recorded result of `values`. */
export function resultSchema(values: readonly [string, ...string[]]) {
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

/** The entries of a recorded result in a file, with when each was known. */
function fileEntries(
  value: unknown,
  gestationalAgeWeeks: number,
): FileAnswer[] {
  return entriesOf(value as Recorded<string>, gestationalAgeWeeks).map(
    (entry) => ({
      value: entry.result,
      atWeeks: entry.atWeeks,
      knownAtWeeks: entry.recordedAtWeeks ?? entry.atWeeks,
    }),
  );
}

const gaOf = (file: FileFields) => file.gestationalAgeWeeks as number;

/**
 * A choice recorded once, at a path (`headSize`, `chromosomalDiagnosis`).
 * `fileDefault`: what an omitted file field means.
 */
export function choiceAt(
  path: keyof Answers,
  values: readonly [string, ...string[]],
  labels: string,
  fileDefault: string,
  extra: { nullable?: boolean } = {},
): Codec {
  const schema = extra.nullable
    ? z.enum(values).nullable().default(null)
    : z.enum(values).default(fileDefault);
  return {
    control: { kind: 'choice', options: options(labels, values) },
    timed: false,
    read: (answers) => (answers[path] as string | undefined) ?? undefined,
    answered: (answers) =>
      answers[path] !== undefined && answers[path] !== null,
    write: (answers, value) => withValue(answers, path, value),
    clear: (answers) => withValue(answers, path, undefined),
    problem: (value) => oneOfProblem(value, values),
    file: [{ path, schema }],
    inFile: (raw) => raw[path] !== undefined && raw[path] !== null,
    fromFile: (file) => [
      { value: (file[path] as string | null) ?? fileDefault },
    ],
    samples: { valid: values, invalid: ['maybe', 42, null] },
  };
}

/**
 * A test result at a path (`cmvAvidity`, `genetics.karyotype`): a bare
 * value, `{ result, atWeeks }` or a list (rules/results.ts).
 */
export function resultAt(
  path: string,
  values: readonly [string, ...string[]],
): Codec {
  const read = (answers: Answers) =>
    valueAt(answers as Record<string, unknown>, path) as
      Recorded<string> | undefined;
  return {
    control: { kind: 'choice', options: options('option', values) },
    timed: true,
    read: (answers) => latestResult(read(answers)),
    answered: (answers) => read(answers) !== undefined,
    write: (answers, value, context) =>
      withValue(
        answers,
        path,
        writeResult(read(answers), value as string, {
          ...context,
          gestationalAgeWeeks: answers.gestationalAgeWeeks,
          lastVisitAtWeeks: lastVisitOf(answers),
        }),
      ),
    clear: (answers) => withValue(answers, path, undefined),
    problem: (value) => oneOfProblem(value, values),
    file: [{ path, schema: resultSchema(values).optional() }],
    inFile: (raw) => valueAt(raw, path) !== undefined,
    // Omitted: nothing to record (the consult answers "not done" if asked).
    fromFile: (file) => fileEntries(valueAt(file, path), gaOf(file)),
    samples: { valid: values, invalid: ['unclear', 7, null] },
  };
}

/**
 * A panel of serology results under `answers.serology`: each row a result
 * (rules/results.ts). The interview's answer records every row (omitted
 * rows: not done); a new result records the rows given.
 */
export function panel(
  rows: readonly string[],
  values: readonly [string, ...string[]],
): Codec {
  const group = 'serology' satisfies Group;
  const rowValue = (answers: Answers, row: string) =>
    (answers.serology as Record<string, Recorded<string>> | undefined)?.[row];
  return {
    control: {
      kind: 'panel',
      rows: options('serology', rows),
      options: options('option', values),
    },
    timed: true,
    read: (answers) => {
      let picked: Record<string, string> | undefined;
      for (const row of rows) {
        const result = latestResult(rowValue(answers, row));
        if (result !== undefined) (picked ??= {})[row] = result;
      }
      return picked;
    },
    answered: (answers) =>
      rows.some((row) => rowValue(answers, row) !== undefined),
    write: (answers, value, context) => {
      const given = (value ?? {}) as Partial<Record<string, PanelResult>>;
      let next = answers;
      for (const row of rows) {
        const cell = given[row];
        const result =
          cell === undefined
            ? context.mode === 'answer'
              ? 'not-done'
              : undefined
            : typeof cell === 'string'
              ? cell
              : cell.result;
        if (result === undefined) continue;
        const atWeeks =
          typeof cell === 'object'
            ? parseGestationalAge(cell.atWeeks).ok
              ? (parseGestationalAge(cell.atWeeks) as { value: number }).value
              : context.atWeeks
            : context.atWeeks;
        next = withValue(
          next,
          `${group}.${row}`,
          writeResult(rowValue(next, row), result, {
            mode: context.mode,
            atWeeks,
            gestationalAgeWeeks: next.gestationalAgeWeeks,
            lastVisitAtWeeks: lastVisitOf(next),
          }),
        );
      }
      return next;
    },
    clear: (answers) => {
      let next = answers;
      for (const row of rows)
        next = withValue(next, `${group}.${row}`, undefined);
      return next;
    },
    problem: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'required';
      for (const [row, cell] of Object.entries(value)) {
        if (!rows.includes(row)) return 'unknown-option';
        if (cell === undefined) continue;
        const result =
          typeof cell === 'object' && cell !== null
            ? (cell as { result?: unknown }).result
            : cell;
        if (oneOfProblem(result, values) !== null) return 'unknown-option';
      }
      return null;
    },
    file: rows.map((row) => ({
      path: `${group}.${row}`,
      schema: resultSchema(values).optional(),
    })),
    inFile: (raw) => rows.some((row) => valueAt(raw, `${group}.${row}`)),
    fromFile: (file) => panelFileAnswers(file, rows),
    samples: {
      valid: [
        Object.fromEntries(rows.map((row) => [row, 'negative'])),
        Object.fromEntries(rows.map((row) => [row, 'positive'])),
        { [rows[0]!]: 'pending' },
        { [rows[rows.length - 1]!]: 'equivocal' },
      ],
      invalid: [{ [rows[0]!]: 'maybe' }, { 'no-such-test': 'negative' }, []],
    },
  };
}

/**
 * A panel's answers in a file: the first result of every row (the
 * interview's answer), then each later result, grouped by the age taken.
 */
function panelFileAnswers(
  file: FileFields,
  rows: readonly string[],
): FileAnswer[] {
  const byRow = rows.map((row) => ({
    row,
    entries: fileEntries(valueAt(file, `serology.${row}`), gaOf(file)),
  }));
  const first: Record<string, string> = {};
  const rowsAtWeeks: Record<string, number> = {};
  let knownAtWeeks: number | undefined;
  for (const { row, entries } of byRow) {
    const [head] = entries;
    if (!head) continue;
    first[row] = head.value as string;
    rowsAtWeeks[row] = head.atWeeks!;
    knownAtWeeks = Math.min(knownAtWeeks ?? Infinity, head.knownAtWeeks!);
  }
  const later = new Map<string, FileAnswer>();
  for (const { row, entries } of byRow) {
    for (const entry of entries.slice(1)) {
      const key = `${entry.atWeeks}|${entry.knownAtWeeks}`;
      const answer = later.get(key) ?? {
        value: {},
        atWeeks: entry.atWeeks,
        knownAtWeeks: entry.knownAtWeeks,
      };
      (answer.value as Record<string, string>)[row] = entry.value as string;
      later.set(key, answer);
    }
  }
  return [
    { value: first, rowsAtWeeks, knownAtWeeks },
    ...[...later.values()].sort(
      (a, b) => a.knownAtWeeks! - b.knownAtWeeks! || a.atWeeks! - b.atWeeks!,
    ),
  ];
}

/**
 * A number of weeks at a path (`gestationalAgeWeeks`,
 * `weeksSinceMaternalInfection`), typed as clinicians write it.
 */
export function numberAt(
  path: 'gestationalAgeWeeks' | 'weeksSinceMaternalInfection',
  spec: {
    inputLabel: UiTextId;
    hint?: ContentId;
    min: number;
    max?: number;
    /** The "unknown" reply (recorded as null). */
    unknown?: OptionSpec;
    problem: (weeks: TypedNumber | null) => ValidationId | null;
    schema: z.ZodType;
    /** The answer a file gives (default: the field). */
    fromFile?: (file: FileFields, atWeeks: number) => AnswerValue | number;
    /** The number as it is typed back into the field (default: as is). */
    format?: (weeks: number) => string;
  },
): Codec {
  return {
    control: {
      kind: 'number',
      inputLabel: spec.inputLabel,
      ...(spec.hint && { hint: spec.hint }),
      min: spec.min,
      ...(spec.max !== undefined && { max: spec.max }),
      ...(spec.unknown && { unknownOption: spec.unknown }),
    },
    timed: false,
    read: (answers) => {
      const value = answers[path];
      return value === undefined
        ? undefined
        : value === null
          ? (spec.unknown?.value ?? null)
          : (spec.format?.(value) ?? String(value));
    },
    answered: (answers) => answers[path] !== undefined,
    write: (answers, value) => {
      if (value === null || value === spec.unknown?.value)
        return withValue(answers, path, null);
      const parsed = parseGestationalAge(value as TypedNumber);
      return parsed.ok ? withValue(answers, path, parsed.value) : answers;
    },
    clear: (answers) => withValue(answers, path, undefined),
    problem: (value) =>
      spec.problem(
        value === spec.unknown?.value ? null : (value as TypedNumber | null),
      ),
    file: [{ path, schema: spec.schema }],
    inFile: (raw) => raw[path] !== undefined,
    fromFile: (file, atWeeks) => [
      {
        value: spec.fromFile
          ? spec.fromFile(file, atWeeks)
          : ((file[path] as number | null | undefined) ?? null),
      },
    ],
    samples: {
      valid: [String(spec.min), String(spec.min + 1), '23+1'],
      invalid: ['abc', '', String(spec.min - 1), '-1'],
    },
  };
}

/** The findings of the detailed ultrasound: a list, or a status. */
export function checklist(
  path: 'findings',
  items: readonly [string, ...string[]],
  statuses: readonly [string, ...string[]],
): Codec {
  return {
    control: {
      kind: 'checklist',
      items: options('finding', items),
      statusOptions: options('option', statuses),
    },
    timed: false,
    read: (answers) => answers[path],
    answered: (answers) => answers[path] !== undefined,
    write: (answers, value) =>
      withValue(
        answers,
        path,
        Array.isArray(value)
          ? items.filter((item) => (value as string[]).includes(item))
          : value,
      ),
    clear: (answers) => withValue(answers, path, undefined),
    problem: (value) => {
      if (typeof value === 'string')
        return statuses.includes(value) ? null : 'required';
      if (!Array.isArray(value)) return 'required';
      if (!value.every((item) => oneOfProblem(item, items) === null))
        return 'unknown-option';
      return new Set(value).size === value.length ? null : 'duplicate-option';
    },
    file: [
      {
        path,
        schema: z
          .union([z.array(z.enum(items)), z.enum(statuses)])
          .default('not-done'),
      },
    ],
    inFile: (raw) => raw[path] !== undefined,
    fromFile: (file) => [{ value: file[path] as AnswerValue }],
    samples: {
      valid: [
        [],
        [items[0]],
        [items[1]!, items[items.length - 1]!],
        statuses[0],
      ] as AnswerValue[],
      invalid: [[items[0], items[0]], ['no-such-finding'], 'maybe'],
    },
  };
}

/**
 * A follow-up scan at a visit: new findings and what the liver
 * calcifications did, appended to `answers.scans`; "no scan" records none.
 */
export function scan(
  items: readonly [string, ...string[]],
  courses: readonly [string, ...string[]],
): Codec {
  return {
    control: {
      kind: 'scan',
      items: options('finding', items),
      courses: options('option', courses),
      noScan: { value: 'not-done', label: 'option.not-done' },
    },
    timed: true,
    read: () => undefined,
    answered: () => false,
    write: (answers, value, context) => {
      if (value === 'not-done' || typeof value !== 'object' || value === null)
        return answers;
      const { findings, liverCalcifications } = value as Exclude<
        ScanAnswer,
        'not-done'
      >;
      const atWeeks = context.atWeeks ?? answers.gestationalAgeWeeks!;
      const scans = [
        ...(answers.scans ?? []),
        {
          atWeeks,
          findings: items.filter((item) =>
            (findings as readonly string[]).includes(item),
          ) as FindingId[],
          liverCalcifications,
        },
      ].sort((a, b) => a.atWeeks - b.atWeeks);
      return { ...answers, scans };
    },
    clear: (answers) => withValue(answers, 'scans', undefined),
    problem: (value) => {
      if (value === 'not-done') return null;
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'required';
      const { findings, liverCalcifications } = value as Record<
        string,
        unknown
      >;
      if (!Array.isArray(findings)) return 'required';
      if (!findings.every((item) => oneOfProblem(item, items) === null))
        return 'unknown-option';
      if (new Set(findings).size !== findings.length) return 'duplicate-option';
      return oneOfProblem(liverCalcifications, courses);
    },
    file: [
      {
        path: 'scans',
        schema: z
          .array(
            z
              .object({
                atWeeks: z.number().finite(),
                findings: z.array(z.enum(items)).default([]),
                liverCalcifications: z.enum(courses),
              })
              .strict(),
          )
          .default([]),
      },
    ],
    inFile: (raw) => raw.scans !== undefined,
    fromFile: (file) =>
      ((file.scans ?? []) as { atWeeks: number; findings: string[] }[]).map(
        (scanned) => {
          const { atWeeks, ...rest } = scanned;
          return {
            value: rest as unknown as AnswerValue,
            atWeeks,
            knownAtWeeks: atWeeks,
          };
        },
      ),
    samples: {
      valid: [
        'not-done',
        { findings: [], liverCalcifications: courses[0] },
        { findings: [items[0]], liverCalcifications: courses[1] },
      ] as unknown as AnswerValue[],
      invalid: [{ findings: [], liverCalcifications: 'gone' }, 'maybe'],
    },
  };
}

/**
 * A new visit: today's gestational age. Results recorded so far keep the
 * age they were taken at (bare values are pinned first), the infection
 * keeps its point in the pregnancy, and the last visit is listed.
 */
export function visit(spec: {
  inputLabel: UiTextId;
  hint: ContentId;
  min: number;
  max: number;
  problem: (weeks: TypedNumber) => ValidationId | null;
}): Codec {
  return {
    control: {
      kind: 'number',
      inputLabel: spec.inputLabel,
      hint: spec.hint,
      min: spec.min,
      max: spec.max,
    },
    timed: false,
    read: () => undefined,
    answered: () => false,
    write: (answers, value) => {
      const parsed = parseGestationalAge(value as TypedNumber);
      return parsed.ok ? startVisit(answers, parsed.value) : answers;
    },
    clear: (answers) => answers,
    problem: (value) => spec.problem(value as TypedNumber),
    file: [
      {
        path: 'visits',
        schema: z
          .array(z.object({ atWeeks: z.number().finite() }).strict())
          .default([]),
      },
    ],
    inFile: (raw) => raw.visits !== undefined,
    fromFile: (file) => {
      const visits = (file.visits ?? []) as { atWeeks: number }[];
      return visits.length === 0
        ? []
        : [...visits.slice(1), { atWeeks: gaOf(file) }].map(({ atWeeks }) => ({
            value: String(atWeeks),
            atWeeks,
          }));
    },
    samples: { valid: ['41', '42'], invalid: ['9', 'abc', '43'] },
  };
}

/** Every result value of the answers, pinned to `atWeeks` when bare. */
function pinResults(answers: Answers, atWeeks: number): Answers {
  const pinGroup = <G extends Record<string, Recorded<string> | undefined>>(
    group: G | undefined,
  ): G | undefined =>
    group &&
    (Object.fromEntries(
      Object.entries(group).map(([row, value]) => [
        row,
        // "Not done" is no result taken at a time: it stays bare.
        typeof value === 'string' && value !== 'not-done'
          ? { result: value, atWeeks }
          : value,
      ]),
    ) as G);
  const next: Answers = { ...answers };
  if (answers.serology) next.serology = pinGroup(answers.serology);
  if (answers.genetics) next.genetics = pinGroup(answers.genetics);
  if (answers.specialized) next.specialized = pinGroup(answers.specialized);
  if (
    typeof answers.cmvAvidity === 'string' &&
    answers.cmvAvidity !== 'not-done'
  )
    next.cmvAvidity = { result: answers.cmvAvidity, atWeeks };
  return next;
}

/**
 * The answers at a new visit: today's gestational age moves to `weeks`,
 * the visit it leaves is listed, bare results are pinned to that visit's
 * age, and weeks since the infection become the infection's point in the
 * pregnancy.
 *
 * @example
 * startVisit({ gestationalAgeWeeks: 19, specialized: { 'mca-psv-doppler': 'normal' } }, 21);
 * // { gestationalAgeWeeks: 21, visits: [{ atWeeks: 19 }], specialized: { 'mca-psv-doppler': { result: 'normal', atWeeks: 19 } } }
 */
export function startVisit(answers: Answers, weeks: number): Answers {
  const today = answers.gestationalAgeWeeks;
  if (today === undefined) return { ...answers, gestationalAgeWeeks: weeks };
  const next = pinResults(answers, today);
  if (typeof answers.weeksSinceMaternalInfection === 'number') {
    next.maternalInfectionAtWeeks = today - answers.weeksSinceMaternalInfection;
    delete next.weeksSinceMaternalInfection;
  } else if (answers.weeksSinceMaternalInfection === null) {
    next.maternalInfectionAtWeeks = null;
    delete next.weeksSinceMaternalInfection;
  }
  next.visits = [...(answers.visits ?? []), { atWeeks: today }];
  next.gestationalAgeWeeks = weeks;
  return next;
}

/** Entries of a recorded value, for readers outside the rules. */
export type { Timed };
export { compactEntries };

/**
 * Weeks since the maternal infection, as the interview asks it (counted
 * back from today), or "unknown". A file may give the infection's point in
 * the pregnancy instead (`maternalInfectionAtWeeks`), as a later visit
 * records it (startVisit).
 */
export function infectionTiming(spec: {
  inputLabel: UiTextId;
  unknown: OptionSpec;
  problem: (weeks: TypedNumber | null) => ValidationId | null;
}): Codec {
  const weeksSince = (answers: Answers): number | null | undefined => {
    if (answers.weeksSinceMaternalInfection !== undefined)
      return answers.weeksSinceMaternalInfection;
    const at = answers.maternalInfectionAtWeeks;
    if (at === undefined) return undefined;
    return at === null || answers.gestationalAgeWeeks === undefined
      ? null
      : answers.gestationalAgeWeeks - at;
  };
  const weeksSchema = z.number().finite().nullable().optional();
  return {
    control: {
      kind: 'number',
      inputLabel: spec.inputLabel,
      min: 0,
      unknownOption: spec.unknown,
    },
    timed: false,
    read: (answers) => {
      const weeks = weeksSince(answers);
      return weeks === undefined
        ? undefined
        : weeks === null
          ? spec.unknown.value
          : String(Math.round(weeks * 1e4) / 1e4);
    },
    answered: (answers) => weeksSince(answers) !== undefined,
    write: (answers, value) => {
      const next = { ...answers };
      delete next.maternalInfectionAtWeeks;
      if (value === null || value === spec.unknown.value)
        return { ...next, weeksSinceMaternalInfection: null };
      const parsed = parseGestationalAge(value as TypedNumber);
      return parsed.ok
        ? { ...next, weeksSinceMaternalInfection: parsed.value }
        : answers;
    },
    clear: (answers) => {
      const next = { ...answers };
      delete next.weeksSinceMaternalInfection;
      delete next.maternalInfectionAtWeeks;
      return next;
    },
    problem: (value) =>
      spec.problem(
        value === spec.unknown.value ? null : (value as TypedNumber | null),
      ),
    file: [
      { path: 'weeksSinceMaternalInfection', schema: weeksSchema },
      { path: 'maternalInfectionAtWeeks', schema: weeksSchema },
    ],
    inFile: (raw) =>
      raw.weeksSinceMaternalInfection !== undefined ||
      raw.maternalInfectionAtWeeks !== undefined,
    fromFile: (file, atWeeks) => {
      const at = file.maternalInfectionAtWeeks as number | null | undefined;
      const since = file.weeksSinceMaternalInfection as
        number | null | undefined;
      const weeks =
        typeof at === 'number'
          ? atWeeks - at
          : typeof since === 'number'
            ? since - (gaOf(file) - atWeeks)
            : null;
      return [{ value: weeks === null ? null : roundWeeks(weeks) }];
    },
    samples: {
      valid: ['8', '0', '40', spec.unknown.value],
      invalid: ['-1', 'abc', ''],
    },
    toEvent: (value) => (value === spec.unknown.value ? null : value),
  };
}

/** Weeks to a ten-thousandth (so a figure read back is the figure written). */
const roundWeeks = (weeks: number) => Math.round(weeks * 1e4) / 1e4;

/** Who uses the app: kept in the machine's context, not in the answers. */
export function audienceChoice(values: readonly [string, ...string[]]): Codec {
  return {
    control: { kind: 'choice', options: options('option', values) },
    timed: false,
    read: () => undefined,
    answered: () => false,
    write: (answers) => answers,
    clear: (answers) => ({ ...answers }),
    problem: (value) => oneOfProblem(value, values),
    file: [{ path: 'audience', schema: z.enum(values).optional() }],
    inFile: (raw) => raw.audience !== undefined,
    fromFile: (file) => [{ value: (file.audience as string) ?? values[0] }],
    samples: { valid: values, invalid: ['robot'] },
  };
}

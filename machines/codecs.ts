import type { ContentId, ValidationId } from '../content/ids.ts';
import type { UiTextId } from '../content/ui/index.ts';
import type {
  Answers,
  FindingId,
  PanelResult,
  Recorded,
  ScanAnswer,
  TypedNumber,
} from './workup.types.ts';
import { entriesOf, latestResult, writeResult } from './rules/results.ts';
import { parseGestationalAge } from './rules/numbers.ts';
import { gestationalAgeInput } from './rules/gestational-age.ts';

/**
 * Value codecs: how one question's answer lives in the answers and in its
 * control. A codec is data (`kind` and its parameters), made by `choiceAt`,
 * `resultAt`, `panel`, `numberAt`, `checklist`, `infectionTiming`, `scan`,
 * `visit` or `audienceChoice`; the functions below read, write, clear and
 * validate any codec. The question registry (questions.ts) gives one codec
 * per question; the answers-file fields and reader (codec-files.ts), the
 * UI controls and the generated test events are derived from the same
 * data.
 */

/** One option of a control: its value and the content node of its label. */
export interface OptionSpec {
  value: string;
  label: ContentId;
}

type Values = readonly [string, ...string[]];

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

/** A number of weeks the interview types: how it is labelled and checked. */
interface WeeksInput {
  inputLabel: UiTextId;
  hint?: ContentId;
  min: number;
  max?: number;
  problem: (weeks: TypedNumber | null) => ValidationId | null;
}

/** A question's codec, as data. */
export type Codec =
  /** Who uses the app: kept in the machine's context, not in the answers. */
  | { kind: 'audience'; values: Values }
  /** One choice at a path; `fallback`: what a file that omits it means. */
  | {
      kind: 'choice';
      path: keyof Answers;
      values: Values;
      labels: string;
      fallback: string;
      nullable: boolean;
    }
  /** A test result at a path: bare, `{ result, atWeeks }`, or a list. */
  | { kind: 'result'; path: string; values: Values }
  /** A panel of serology results under `answers.serology`. */
  | { kind: 'panel'; rows: readonly string[]; values: Values }
  /** The gestational age (the first visit's), typed as clinicians write it. */
  | ({ kind: 'number'; path: 'gestationalAgeWeeks' } & WeeksInput)
  /** Weeks since the maternal infection, or "unknown". */
  | ({ kind: 'infection'; unknown: OptionSpec } & WeeksInput)
  /** The findings of the detailed ultrasound: a list, or a status. */
  | { kind: 'findings'; path: 'findings'; items: Values; statuses: Values }
  /** A follow-up scan at a visit, appended to `answers.scans`. */
  | { kind: 'scan'; items: Values; courses: Values }
  /** A new visit: today's gestational age moves. */
  | ({ kind: 'visit' } & WeeksInput & { max: number });

/** A codec of one kind. */
export type CodecOf<K extends Codec['kind']> = Extract<Codec, { kind: K }>;

const options = (prefix: string, ids: readonly string[]): OptionSpec[] =>
  ids.map((id) => ({ value: id, label: `${prefix}.${id}` as ContentId }));

/** One choice recorded once, at a path (`headSize`, `chromosomalDiagnosis`). */
export const choiceAt = (
  path: keyof Answers,
  values: Values,
  labels: string,
  fallback: string,
  { nullable = false }: { nullable?: boolean } = {},
): CodecOf<'choice'> => ({
  kind: 'choice',
  path,
  values,
  labels,
  fallback,
  nullable,
});

/** A test result at a path (`cmvAvidity`, `genetics.karyotype`). */
export const resultAt = (path: string, values: Values): CodecOf<'result'> => ({
  kind: 'result',
  path,
  values,
});

/**
 * A panel of serology results: the interview's answer records every row
 * (omitted rows: not done); a new result records the rows given.
 */
export const panel = (
  rows: readonly string[],
  values: Values,
): CodecOf<'panel'> => ({ kind: 'panel', rows, values });

/** The gestational age, typed as clinicians write it. */
export const numberAt = (
  path: 'gestationalAgeWeeks',
  input: WeeksInput,
): CodecOf<'number'> => ({ kind: 'number', path, ...input });

/** The findings of the detailed ultrasound. */
export const checklist = (
  path: 'findings',
  items: Values,
  statuses: Values,
): CodecOf<'findings'> => ({ kind: 'findings', path, items, statuses });

/**
 * Weeks since the maternal infection, as the interview asks it (counted
 * back from today), or "unknown". A file may give the infection's point in
 * the pregnancy instead (`maternalInfectionAtWeeks`), as a later visit
 * records it (startVisit).
 */
export const infectionTiming = (
  input: WeeksInput & { unknown: OptionSpec },
): CodecOf<'infection'> => ({ kind: 'infection', ...input });

/** A follow-up scan: new findings and what the liver calcifications did. */
export const scan = (items: Values, courses: Values): CodecOf<'scan'> => ({
  kind: 'scan',
  items,
  courses,
});

/** A new visit: today's gestational age. */
export const visit = (
  input: WeeksInput & { max: number },
): CodecOf<'visit'> => ({ kind: 'visit', ...input });

/** Who uses the app. */
export const audienceChoice = (values: Values): CodecOf<'audience'> => ({
  kind: 'audience',
  values,
});

/** Whether a codec's answer is a test result with the age it was taken at. */
export const isTimed = (codec: Codec): boolean =>
  codec.kind === 'result' || codec.kind === 'panel' || codec.kind === 'scan';

/** The control a codec's question shows. */
export function controlOf(codec: Codec): ControlSpec {
  switch (codec.kind) {
    case 'audience':
      return { kind: 'choice', options: options('option', codec.values) };
    case 'choice':
      return { kind: 'choice', options: options(codec.labels, codec.values) };
    case 'result':
      return { kind: 'choice', options: options('option', codec.values) };
    case 'panel':
      return {
        kind: 'panel',
        rows: options('serology', codec.rows),
        options: options('option', codec.values),
      };
    case 'number':
    case 'visit':
      return {
        kind: 'number',
        inputLabel: codec.inputLabel,
        ...(codec.hint && { hint: codec.hint }),
        min: codec.min,
        ...(codec.max !== undefined && { max: codec.max }),
      };
    case 'infection':
      return {
        kind: 'number',
        inputLabel: codec.inputLabel,
        min: codec.min,
        unknownOption: codec.unknown,
      };
    case 'findings':
      return {
        kind: 'checklist',
        items: options('finding', codec.items),
        statusOptions: options('option', codec.statuses),
      };
    case 'scan':
      return {
        kind: 'scan',
        items: options('finding', codec.items),
        courses: options('option', codec.courses),
        noScan: { value: 'not-done', label: 'option.not-done' },
      };
  }
}

/** `unknown-option` unless the value is one of `allowed`. */
export const oneOfProblem = (
  value: unknown,
  allowed: readonly string[],
): ValidationId | null =>
  typeof value === 'string' && allowed.includes(value)
    ? null
    : 'unknown-option';

const parsedPaths = new Map<string, [string, string | undefined]>();

/** A path in the answers: a top-level field, or `group.row` (split once). */
export function pathParts(path: string): [string, string | undefined] {
  let parts = parsedPaths.get(path);
  if (!parts) {
    const [head, row] = path.split('.') as [string, string | undefined];
    parts = [head, row];
    parsedPaths.set(path, parts);
  }
  return parts;
}

/** The value at a path (`genetics.karyotype`) of answers or of a file. */
export function valueAt(source: object, path: string): unknown {
  const [head, row] = pathParts(path);
  const value = (source as Record<string, unknown>)[head];
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

const recordedAt = (answers: Answers, path: string) =>
  valueAt(answers, path) as Recorded<string> | undefined;

const rowPath = (row: string) => `serology.${row}`;

/** Weeks since the infection, counted back from today; null = unknown. */
function weeksSinceInfection(answers: Answers): number | null | undefined {
  if (answers.weeksSinceMaternalInfection !== undefined)
    return answers.weeksSinceMaternalInfection;
  const at = answers.maternalInfectionAtWeeks;
  if (at === undefined) return undefined;
  return at === null || answers.gestationalAgeWeeks === undefined
    ? null
    : answers.gestationalAgeWeeks - at;
}

/** Weeks to a ten-thousandth (so a figure read back is the figure written). */
export const roundWeeks = (weeks: number) => Math.round(weeks * 1e4) / 1e4;

/** The recorded answer (the latest result) in its control's shape. */
export function readAnswer(
  codec: Codec,
  answers: Answers,
): AnswerValue | undefined {
  switch (codec.kind) {
    case 'audience':
    case 'scan':
    case 'visit':
      return undefined;
    case 'choice':
      return (answers[codec.path] as string | null | undefined) ?? undefined;
    case 'result':
      return latestResult(recordedAt(answers, codec.path));
    case 'panel': {
      let picked: Record<string, string> | undefined;
      for (const row of codec.rows) {
        const result = latestResult(recordedAt(answers, rowPath(row)));
        if (result !== undefined) (picked ??= {})[row] = result;
      }
      return picked;
    }
    case 'number': {
      const value = answers[codec.path];
      return value === undefined ? undefined : gestationalAgeInput(value);
    }
    case 'infection': {
      const weeks = weeksSinceInfection(answers);
      return weeks === undefined
        ? undefined
        : weeks === null
          ? codec.unknown.value
          : String(roundWeeks(weeks));
    }
    case 'findings':
      return answers.findings;
  }
}

/**
 * When the recorded result was taken (a panel: its latest row), or
 * undefined when there is none: a correction keeps it.
 */
export function takenAtOf(codec: Codec, answers: Answers): number | undefined {
  const today = answers.gestationalAgeWeeks;
  const paths =
    codec.kind === 'result'
      ? [codec.path]
      : codec.kind === 'panel'
        ? codec.rows.map(rowPath)
        : [];
  let latest: number | undefined;
  for (const path of paths) {
    const entries = entriesOf(recordedAt(answers, path), today).filter(
      (entry) => entry.result !== 'not-done',
    );
    const at = entries[entries.length - 1]?.atWeeks;
    if (at !== undefined && (latest === undefined || at > latest)) latest = at;
  }
  return latest;
}

/** Whether the answers hold an answer for a codec's question. */
export function hasAnswer(codec: Codec, answers: Answers): boolean {
  switch (codec.kind) {
    case 'audience':
    case 'scan':
    case 'visit':
      return false;
    case 'choice':
      return answers[codec.path] !== undefined && answers[codec.path] !== null;
    case 'result':
      return recordedAt(answers, codec.path) !== undefined;
    case 'panel':
      return codec.rows.some(
        (row) => recordedAt(answers, rowPath(row)) !== undefined,
      );
    case 'number':
      return answers[codec.path] !== undefined;
    case 'infection':
      return weeksSinceInfection(answers) !== undefined;
    case 'findings':
      return answers.findings !== undefined;
  }
}

const parsedWeeks = (value: TypedNumber | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = parseGestationalAge(value);
  return parsed.ok ? parsed.value : undefined;
};

/** The answers after recording a valid value. */
export function writeAnswer(
  codec: Codec,
  answers: Answers,
  value: AnswerValue,
  context: WriteContext,
): Answers {
  const result = (path: string, given: string, atWeeks?: number) =>
    withValue(
      answers,
      path,
      writeResult(recordedAt(answers, path), given, {
        mode: context.mode,
        atWeeks: atWeeks ?? context.atWeeks,
        gestationalAgeWeeks: answers.gestationalAgeWeeks,
        lastVisitAtWeeks: lastVisitOf(answers),
      }),
    );
  switch (codec.kind) {
    case 'audience':
      return answers;
    case 'choice':
      return withValue(answers, codec.path, value);
    case 'result':
      return result(codec.path, value as string);
    case 'panel': {
      const given = (value ?? {}) as Partial<Record<string, PanelResult>>;
      let next = answers;
      for (const row of codec.rows) {
        const cell = given[row];
        const recorded =
          cell === undefined
            ? context.mode === 'answer'
              ? 'not-done'
              : undefined
            : typeof cell === 'string'
              ? cell
              : cell.result;
        if (recorded === undefined) continue;
        const atWeeks =
          typeof cell === 'object' ? parsedWeeks(cell.atWeeks) : undefined;
        next = withValue(
          next,
          rowPath(row),
          writeResult(recordedAt(next, rowPath(row)), recorded, {
            mode: context.mode,
            atWeeks: atWeeks ?? context.atWeeks,
            gestationalAgeWeeks: next.gestationalAgeWeeks,
            lastVisitAtWeeks: lastVisitOf(next),
          }),
        );
      }
      return next;
    }
    case 'number': {
      const weeks = parsedWeeks(value as TypedNumber);
      return weeks === undefined
        ? answers
        : withValue(answers, codec.path, weeks);
    }
    case 'infection': {
      const next = { ...answers };
      delete next.maternalInfectionAtWeeks;
      delete next.weeksSinceMaternalInfection;
      const weeks =
        value === null || value === codec.unknown.value
          ? null
          : parsedWeeks(value as TypedNumber);
      if (weeks === undefined) return answers;
      // Once a visit has moved today's age, the infection is kept as its
      // point in the pregnancy (as startVisit pins it).
      if ((answers.visits?.length ?? 0) > 0)
        return {
          ...next,
          maternalInfectionAtWeeks:
            weeks === null ? null : answers.gestationalAgeWeeks! - weeks,
        };
      return { ...next, weeksSinceMaternalInfection: weeks };
    }
    case 'findings':
      return withValue(
        answers,
        codec.path,
        Array.isArray(value)
          ? codec.items.filter((item) => (value as string[]).includes(item))
          : value,
      );
    case 'scan': {
      if (value === 'not-done' || typeof value !== 'object' || value === null)
        return answers;
      const { findings, liverCalcifications } = value as Exclude<
        ScanAnswer,
        'not-done'
      >;
      const scans = [
        ...(answers.scans ?? []),
        {
          atWeeks: context.atWeeks ?? answers.gestationalAgeWeeks!,
          findings: codec.items.filter((item) =>
            (findings as readonly string[]).includes(item),
          ) as FindingId[],
          liverCalcifications,
        },
      ].sort((a, b) => a.atWeeks - b.atWeeks);
      return { ...answers, scans };
    }
    case 'visit': {
      const weeks = parsedWeeks(value as TypedNumber);
      return weeks === undefined ? answers : startVisit(answers, weeks);
    }
  }
}

/** The answers without a codec's answer. */
export function clearOf(codec: Codec, answers: Answers): Answers {
  switch (codec.kind) {
    case 'audience':
      return { ...answers };
    case 'visit':
      return answers;
    case 'choice':
    case 'result':
    case 'number':
    case 'findings':
      return withValue(answers, codec.path, undefined);
    case 'panel': {
      let next = answers;
      for (const row of codec.rows)
        next = withValue(next, rowPath(row), undefined);
      return next;
    }
    case 'infection': {
      const next = { ...answers };
      delete next.weeksSinceMaternalInfection;
      delete next.maternalInfectionAtWeeks;
      return next;
    }
    case 'scan':
      return withValue(answers, 'scans', undefined);
  }
}

/** Why a value is refused (a validation content id), or null. */
export function valueProblem(
  codec: Codec,
  value: unknown,
): ValidationId | null {
  switch (codec.kind) {
    case 'audience':
    case 'choice':
    case 'result':
      return oneOfProblem(value, codec.values);
    case 'panel': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'required';
      for (const [row, cell] of Object.entries(value)) {
        if (!codec.rows.includes(row)) return 'unknown-option';
        if (cell === undefined) continue;
        const result =
          typeof cell === 'object' && cell !== null
            ? (cell as { result?: unknown }).result
            : cell;
        if (oneOfProblem(result, codec.values) !== null)
          return 'unknown-option';
      }
      return null;
    }
    case 'number':
    case 'visit':
      return codec.problem(value as TypedNumber | null);
    case 'infection':
      return codec.problem(
        value === codec.unknown.value ? null : (value as TypedNumber | null),
      );
    case 'findings': {
      if (typeof value === 'string')
        return codec.statuses.includes(value) ? null : 'required';
      if (!Array.isArray(value)) return 'required';
      if (!value.every((item) => oneOfProblem(item, codec.items) === null))
        return 'unknown-option';
      return new Set(value).size === value.length ? null : 'duplicate-option';
    }
    case 'scan': {
      if (value === 'not-done') return null;
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'required';
      const { findings, liverCalcifications } = value as Record<
        string,
        unknown
      >;
      if (!Array.isArray(findings)) return 'required';
      if (!findings.every((item) => oneOfProblem(item, codec.items) === null))
        return 'unknown-option';
      if (new Set(findings).size !== findings.length) return 'duplicate-option';
      return oneOfProblem(liverCalcifications, codec.courses);
    }
  }
}

/** The event's value for a control's value ("unknown" weeks travel as null). */
export function eventValue(codec: Codec, value: unknown): unknown {
  return codec.kind === 'infection' && value === codec.unknown.value
    ? null
    : value;
}

/** Every result value of the answers, pinned to `atWeeks` when bare. */
function pinResults(answers: Answers, atWeeks: number): Answers {
  const pin = <V>(value: V): V | { result: V; atWeeks: number } =>
    // "Not done" is no result taken at a time: it stays bare.
    typeof value === 'string' && value !== 'not-done'
      ? { result: value, atWeeks }
      : value;
  const pinGroup = <G extends object>(group: G | undefined): G | undefined =>
    group &&
    (Object.fromEntries(
      Object.entries(group).map(([row, value]) => [row, pin(value)]),
    ) as G);
  const next: Answers = { ...answers };
  if (answers.serology) next.serology = pinGroup(answers.serology);
  if (answers.genetics) next.genetics = pinGroup(answers.genetics);
  if (answers.specialized) next.specialized = pinGroup(answers.specialized);
  if (answers.cmvAvidity !== undefined)
    next.cmvAvidity = pin(answers.cmvAvidity) as Answers['cmvAvidity'];
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

import type { Recorded } from './workup.types.ts';
import { entriesOf } from './rules/results.ts';
import { valueAt, type AnswerValue, type Codec } from './codecs.ts';

/**
 * The answers-file side of the codecs (codecs.ts): which fields a question
 * fills, whether a file gives its answer, and the answers a file gives, in
 * the order a consult records them. Apart from the codecs so that the first
 * screen, which never reads a file, does not carry it.
 */

/**
 * An answers-file field as data (answers-schema.ts builds its schema):
 * - `result`: a recorded result of `values` (bare, `{ result, atWeeks }`,
 *   or a list), optional;
 * - `choice`: one of `values`, defaulting to `fallback` (or null, or
 *   optional);
 * - `weeks`: a number of weeks (`nullable`: or null; `optional`);
 * - `findings`: finding ids or a status; `scans`; `visits`.
 */
export type FieldSpec =
  | { kind: 'result'; values: readonly [string, ...string[]] }
  | {
      kind: 'choice';
      values: readonly [string, ...string[]];
      fallback?: string;
      nullable?: boolean;
    }
  | { kind: 'weeks'; nullable?: boolean; optional?: boolean }
  | {
      kind: 'findings';
      items: readonly [string, ...string[]];
      statuses: readonly [string, ...string[]];
    }
  | {
      kind: 'scans';
      items: readonly [string, ...string[]];
      courses: readonly [string, ...string[]];
    }
  | { kind: 'visits' };

/** One answer found in an answers file, in the order a consult records it. */
export interface FileAnswer {
  /** The event's value (a file's number of weeks stays a number). */
  value: AnswerValue | number;
  /** When it was taken (results): the event's `atWeeks`. */
  atWeeks?: number;
  /** The gestational age from which the consult knew it (results). */
  knownAtWeeks?: number;
  /** The panel row a result is of. */
  row?: string;
}

/** An answers file after its schema (defaults applied), as the codecs read it. */
export type FileFields = Record<string, unknown>;

const rowPath = (row: string) => `serology.${row}`;
const gaOf = (file: FileFields) => file.gestationalAgeWeeks as number;

/** The answers-file fields (top level, or `group.row`) a codec fills. */
export function fileFields(codec: Codec): { path: string; field: FieldSpec }[] {
  switch (codec.kind) {
    case 'audience':
      return [
        { path: 'audience', field: { kind: 'choice', values: codec.values } },
      ];
    case 'choice':
      return [
        {
          path: codec.path,
          field: {
            kind: 'choice',
            values: codec.values,
            ...(codec.nullable
              ? { nullable: true }
              : { fallback: codec.fallback }),
          },
        },
      ];
    case 'result':
      return [
        { path: codec.path, field: { kind: 'result', values: codec.values } },
      ];
    case 'panel':
      return codec.rows.map((row) => ({
        path: rowPath(row),
        field: { kind: 'result', values: codec.values },
      }));
    case 'number':
      return [{ path: codec.path, field: { kind: 'weeks' } }];
    case 'infection': {
      const field: FieldSpec = {
        kind: 'weeks',
        nullable: true,
        optional: true,
      };
      return [
        { path: 'weeksSinceMaternalInfection', field },
        { path: 'maternalInfectionAtWeeks', field },
      ];
    }
    case 'findings':
      return [
        {
          path: codec.path,
          field: {
            kind: 'findings',
            items: codec.items,
            statuses: codec.statuses,
          },
        },
      ];
    case 'scan':
      return [
        {
          path: 'scans',
          field: { kind: 'scans', items: codec.items, courses: codec.courses },
        },
      ];
    case 'visit':
      return [{ path: 'visits', field: { kind: 'visits' } }];
  }
}

/** Whether a raw answers file (before defaults) gives a codec's answer. */
export function inFile(codec: Codec, raw: object): boolean {
  const has = (path: string) => {
    const value = valueAt(raw, path);
    return value !== undefined && value !== null;
  };
  switch (codec.kind) {
    case 'panel':
      return codec.rows.some((row) => has(rowPath(row)));
    case 'infection':
      return (
        valueAt(raw, 'weeksSinceMaternalInfection') !== undefined ||
        valueAt(raw, 'maternalInfectionAtWeeks') !== undefined
      );
    case 'result':
    case 'number':
    case 'findings':
      return valueAt(raw, codec.path) !== undefined;
    default:
      return fileFields(codec).some(({ path }) => has(path));
  }
}

/** The entries of a recorded result in a file, with when each was known. */
function fileEntries(value: unknown, gestationalAgeWeeks: number) {
  return entriesOf(value as Recorded<string>, gestationalAgeWeeks).map(
    (entry) => ({
      value: entry.result,
      atWeeks: entry.atWeeks,
      knownAtWeeks: entry.recordedAtWeeks ?? entry.atWeeks,
    }),
  );
}

/**
 * The answers a file gives for a codec's question, oldest first (a result
 * taken more than once gives several). Untimed answers: one, as it reads at
 * `atWeeks` (the gestational age of the visit that asks it).
 */
export function fromFile(
  codec: Codec,
  file: FileFields,
  atWeeks: number,
): FileAnswer[] {
  switch (codec.kind) {
    case 'audience':
      return [{ value: (file.audience as string) ?? codec.values[0] }];
    case 'choice':
      return [{ value: (file[codec.path] as string | null) ?? codec.fallback }];
    case 'result':
      // Omitted: nothing to record (the consult answers "not done" if asked).
      return fileEntries(valueAt(file, codec.path), gaOf(file));
    case 'panel':
      return panelFileAnswers(file, codec.rows);
    case 'number':
      // The first visit's: later visits move it (the visit question).
      return [
        {
          value:
            (file.visits as { atWeeks: number }[] | undefined)?.[0]?.atWeeks ??
            gaOf(file),
        },
      ];
    case 'infection': {
      const at = file.maternalInfectionAtWeeks as number | null | undefined;
      const since = file.weeksSinceMaternalInfection as
        number | null | undefined;
      const weeks =
        typeof at === 'number'
          ? atWeeks - at
          : typeof since === 'number'
            ? since - (gaOf(file) - atWeeks)
            : null;
      // An infection dated after the visit asking (a date corrected at a
      // later visit) was not known then; one dated at the visit itself is
      // 0 weeks before it, whatever the float arithmetic left (23 1/7 -
      // (35 1/7 - 12) is -3.6e-15, and a negative interval is refused).
      return [
        {
          value: weeks === null || weeks < -1e-4 ? null : Math.max(0, weeks),
        },
      ];
    }
    case 'findings':
      return [{ value: file.findings as AnswerValue }];
    case 'scan':
      return ((file.scans ?? []) as { atWeeks: number }[]).map((scanned) => {
        const { atWeeks: taken, ...rest } = scanned;
        return {
          value: rest as unknown as AnswerValue,
          atWeeks: taken,
          knownAtWeeks: taken,
        };
      });
    case 'visit': {
      const visits = (file.visits ?? []) as { atWeeks: number }[];
      return visits.length === 0
        ? []
        : [...visits.slice(1), { atWeeks: gaOf(file) }].map((v) => ({
            value: String(v.atWeeks),
            atWeeks: v.atWeeks,
          }));
    }
  }
}

/** What a file that leaves a codec's answer out answers when it is asked. */
export const omittedValue = (codec: Codec): AnswerValue =>
  codec.kind === 'panel' ? {} : 'not-done';

/**
 * A panel's results in a file, one per row and entry, oldest first: the
 * consult (consult.ts) groups them into the panel's answers, visit by visit.
 */
function panelFileAnswers(
  file: FileFields,
  rows: readonly string[],
): FileAnswer[] {
  return rows.flatMap((row) =>
    fileEntries(valueAt(file, rowPath(row)), gaOf(file)).map((entry) => ({
      ...entry,
      row,
    })),
  );
}

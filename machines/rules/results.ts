import type { Recorded, Timed } from '../workup.types.ts';

/**
 * Reading a recorded result, whatever its form in the answers: a bare value
 * (taken at the consult's gestational age), one `{ result, atWeeks }`, or a
 * list of them, oldest first. The latest is the one interpreted; earlier
 * ones stay in the record. Never compare a raw answers value with a string:
 * read it through these.
 */

const isEntryList = <R extends string>(
  value: Recorded<R>,
): value is readonly Timed<R>[] => Array.isArray(value);

/**
 * The latest result recorded, or undefined when none is.
 *
 * @example
 * latestResult([{ result: 'normal', atWeeks: 19 }, { result: 'abnormal', atWeeks: 23 }]); // 'abnormal'
 */
export function latestResult<R extends string>(
  value: Recorded<R> | undefined,
): R | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (isEntryList(value)) return value[value.length - 1]?.result;
  return value.result;
}

/**
 * Every result recorded, oldest first, each with the gestational age it was
 * taken at (a bare value: `gestationalAgeWeeks`, the consult's).
 *
 * @example
 * entriesOf('negative', 23); // [{ result: 'negative', atWeeks: 23 }]
 */
export function entriesOf<R extends string>(
  value: Recorded<R> | undefined,
  gestationalAgeWeeks: number | undefined,
): Timed<R>[] {
  if (value === undefined) return [];
  if (typeof value === 'string') {
    return gestationalAgeWeeks === undefined
      ? []
      : [{ result: value, atWeeks: gestationalAgeWeeks }];
  }
  return isEntryList(value) ? [...value] : [value];
}

/** The latest entry with its gestational age (see entriesOf), if any. */
export function latestEntry<R extends string>(
  value: Recorded<R> | undefined,
  gestationalAgeWeeks: number | undefined,
): Timed<R> | undefined {
  const entries = entriesOf(value, gestationalAgeWeeks);
  return entries[entries.length - 1];
}

/**
 * The gestational age at which the latest result was taken: its own
 * `atWeeks`, or the consult's for a bare value.
 */
export function takenAtWeeks(
  value: Recorded<string> | undefined,
  gestationalAgeWeeks: number | undefined,
): number | undefined {
  return latestEntry(value, gestationalAgeWeeks)?.atWeeks;
}

/** The latest result of each key of a group (a panel, genetics...). */
export function latestResults<K extends string, R extends string>(
  group: Partial<Record<K, Recorded<R>>> | undefined,
): Partial<Record<K, R>> {
  const latest: Partial<Record<K, R>> = {};
  if (!group) return latest;
  for (const key of Object.keys(group) as K[]) {
    const result = latestResult(group[key]);
    if (result !== undefined) latest[key] = result;
  }
  return latest;
}

/** Two gestational ages are the same when within a thousandth of a day. */
export const sameWeeks = (a: number, b: number) => Math.abs(a - b) < 1e-4;

/**
 * Entries in their compact form (what the answers hold): none, a bare
 * value when the one entry was taken at today's gestational age, one
 * entry, or the list.
 */
export function compactEntries<R extends string>(
  entries: readonly Timed<R>[],
  gestationalAgeWeeks: number | undefined,
): Recorded<R> | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length > 1) return entries.map((entry) => ({ ...entry }));
  const [only] = entries as [Timed<R>];
  // "Not done" is no result taken at a time: it carries no date.
  if (only.result === 'not-done') return only.result;
  return only.recordedAtWeeks === undefined &&
    gestationalAgeWeeks !== undefined &&
    sameWeeks(only.atWeeks, gestationalAgeWeeks)
    ? only.result
    : { ...only };
}

/** How a result is written: the answer (replacing the latest), or a new one. */
export interface ResultWrite {
  mode: 'answer' | 'add';
  /** When it was taken (default: today). */
  atWeeks?: number;
  /** Today's gestational age. */
  gestationalAgeWeeks: number | undefined;
  /** The gestational age of the last earlier visit, when there was one. */
  lastVisitAtWeeks?: number;
}

/**
 * A test's results after recording one: `answer` replaces the latest (the
 * interview's answer, or a correction, taken when the corrected one was;
 * `not-done` then removes it when earlier results remain); `add` records a
 * new result in its place by `atWeeks` (oldest first), replacing a trailing
 * "not done", and a trailing "pending" of the same sample (the same age
 * taken) sent at this same visit (the awaited result). A
 * result taken before the last visit and recorded now keeps the age it
 * was recorded at (`recordedAtWeeks`), so "since the last visit" can say
 * it is new.
 *
 * @example
 * writeResult('pending', 'normal', { mode: 'add', gestationalAgeWeeks: 21, lastVisitAtWeeks: 19 });
 * // with the pending taken at 19 weeks (the earlier visit): it stays, and the result is added
 */
export function writeResult<R extends string>(
  value: Recorded<R> | undefined,
  result: R,
  write: ResultWrite,
): Recorded<R> | undefined {
  const { gestationalAgeWeeks: today, lastVisitAtWeeks: lastVisit } = write;
  const entries = entriesOf(value, today);
  // A correction keeps the age the corrected result was taken at.
  const atWeeks =
    write.atWeeks ??
    (write.mode === 'answer'
      ? entries[entries.length - 1]?.atWeeks
      : undefined) ??
    today;
  if (atWeeks === undefined) return result;
  const entry: Timed<R> = { result, atWeeks };
  const corrected = entries[entries.length - 1];
  if (write.mode === 'answer' && write.atWeeks === undefined && corrected) {
    // A correction is no new arrival: it was recorded when the corrected was.
    if (corrected.recordedAtWeeks !== undefined)
      entry.recordedAtWeeks = corrected.recordedAtWeeks;
  } else if (
    lastVisit !== undefined &&
    today !== undefined &&
    atWeeks <= lastVisit + 1e-4 &&
    !sameWeeks(today, lastVisit)
  ) {
    entry.recordedAtWeeks = today;
  }
  if (write.mode === 'answer') {
    const earlier = entries.slice(0, -1);
    if (result === 'not-done' && earlier.length > 0)
      return compactEntries(earlier, today);
    return compactEntries(insertByTime(earlier, entry), today);
  }
  if (result === 'not-done') return value;
  // The awaited result of a pending sample (the same age taken) replaces
  // it, when it was sent at this visit; an earlier visit's stays (history).
  const last = entries[entries.length - 1];
  const replacesLast =
    last !== undefined &&
    (last.result === 'not-done' ||
      (last.result === 'pending' &&
        sameWeeks(last.atWeeks, atWeeks) &&
        (lastVisit === undefined || last.atWeeks > lastVisit + 1e-4)));
  const kept = replacesLast ? entries.slice(0, -1) : entries;
  return compactEntries(insertByTime(kept, entry), today);
}

/** The entries with one more, oldest first (after those taken at the same age). */
function insertByTime<R extends string>(
  entries: readonly Timed<R>[],
  entry: Timed<R>,
): Timed<R>[] {
  const at = entries.findIndex((other) => other.atWeeks > entry.atWeeks + 1e-4);
  return at < 0
    ? [...entries, entry]
    : [...entries.slice(0, at), entry, ...entries.slice(at)];
}

/**
 * A result value with its time pinned: a bare value becomes an entry taken
 * at `atWeeks` (before a new visit moves today's gestational age).
 */
export function pinned<R extends string>(
  value: Recorded<R> | undefined,
  atWeeks: number,
): Recorded<R> | undefined {
  return typeof value === 'string' ? { result: value, atWeeks } : value;
}

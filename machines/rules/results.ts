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

import type {
  Answers,
  Recorded,
  SinceLastVisit,
  Summary,
} from '../workup.types.ts';
import { compactEntries, entriesOf } from './results.ts';
import { knownAtWeeks } from './visits.ts';

/**
 * "Since the last visit" (REVIEW.md third review, "Results recorded
 * later"): the answers as they were at the previous visit, summarized and
 * compared with today's summary: the classification, the causes whose
 * status moved, the tests newly due or done.
 */

const eps = 1e-4;

/** One result value as it was known at `atWeeks` (see visits.ts). */
function valueAt<R extends string>(
  value: Recorded<R> | undefined,
  today: number | undefined,
  atWeeks: number,
): Recorded<R> | undefined {
  const known = entriesOf(value, today).filter(
    (entry) => knownAtWeeks(entry) <= atWeeks + eps,
  );
  return compactEntries(known, atWeeks);
}

function groupAt<K extends string, R extends string>(
  group: Partial<Record<K, Recorded<R>>> | undefined,
  today: number | undefined,
  atWeeks: number,
): Partial<Record<K, Recorded<R>>> | undefined {
  if (!group) return undefined;
  const out: Partial<Record<K, Recorded<R>>> = {};
  for (const key of Object.keys(group) as K[]) {
    const value = valueAt(group[key], today, atWeeks);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The answers as they were at an earlier visit: the results known by then
 * (taken, or recorded, at or before it), the scans done by then, and that
 * visit's gestational age. Answers without a time (the findings of the
 * detailed scan, the head size) are as they are now.
 *
 * @example
 * answersAtVisit({ gestationalAgeWeeks: 21, visits: [{ atWeeks: 19 }], specialized: { 'mca-psv-doppler': 'normal' } }, 19);
 * // -> { gestationalAgeWeeks: 19, specialized: {} } (the MCA-PSV came at 21 weeks)
 */
export function answersAtVisit(answers: Answers, atWeeks: number): Answers {
  const today = answers.gestationalAgeWeeks;
  const {
    visits,
    scans,
    serology,
    genetics,
    specialized,
    cmvAvidity,
    weeksSinceMaternalInfection,
    ...rest
  } = answers;
  const earlier: Answers = { ...rest, gestationalAgeWeeks: atWeeks };
  const before = (visits ?? []).filter(
    (visit) => visit.atWeeks < atWeeks - eps,
  );
  if (before.length) earlier.visits = before;
  const scansThen = (scans ?? []).filter(
    (scan) => scan.atWeeks <= atWeeks + eps,
  );
  if (scansThen.length) earlier.scans = scansThen;
  const serologyThen = groupAt(serology, today, atWeeks);
  if (serologyThen) earlier.serology = serologyThen;
  const geneticsThen = groupAt(genetics, today, atWeeks);
  if (geneticsThen) earlier.genetics = geneticsThen;
  const specializedThen = groupAt(specialized, today, atWeeks);
  if (specializedThen) earlier.specialized = specializedThen;
  const avidityThen = valueAt(cmvAvidity, today, atWeeks);
  if (avidityThen !== undefined) earlier.cmvAvidity = avidityThen;
  // The infection as a point in the pregnancy, whichever way it was given.
  if (weeksSinceMaternalInfection !== undefined) {
    earlier.maternalInfectionAtWeeks =
      weeksSinceMaternalInfection === null || today === undefined
        ? null
        : today - weeksSinceMaternalInfection;
  }
  return earlier;
}

/** The previous visit's gestational age, when there was one. */
export function previousVisitWeeks(answers: Answers): number | undefined {
  return answers.visits?.[answers.visits.length - 1]?.atWeeks;
}

/** What moved between two summaries of the same consult. */
export function changesSince(
  atWeeks: number,
  before: Summary,
  after: Summary,
): SinceLastVisit {
  const testBefore = new Map(before.tests.map((t) => [t.id, t.status]));
  const causeBefore = new Map(before.differential.map((c) => [c.id, c.status]));
  return {
    atWeeks,
    ...(before.classification !== after.classification
      ? {
          classification: {
            from: before.classification,
            to: after.classification,
          },
        }
      : {}),
    causes: after.differential.flatMap((cause) => {
      const from = causeBefore.get(cause.id);
      return from && from !== cause.status
        ? [{ id: cause.id, from, to: cause.status }]
        : [];
    }),
    tests: after.tests.flatMap((test) => {
      const from = testBefore.get(test.id);
      return from && from !== test.status
        ? [{ id: test.id, from, to: test.status }]
        : [];
    }),
  };
}

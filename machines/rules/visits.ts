import type { Answers, Timed } from '../workup.types.ts';

/**
 * The visits of a consult: the gestational age of each, oldest first (the
 * earlier visits, then today's). A workup runs over weeks (REVIEW.md,
 * "Time, follow-up and next steps").
 *
 * @example
 * visitAges({ visits: [{ atWeeks: 19 }], gestationalAgeWeeks: 21 }); // [19, 21]
 */
export function visitAges(answers: Answers): number[] {
  return [
    ...(answers.visits ?? []).map((visit) => visit.atWeeks),
    ...(answers.gestationalAgeWeeks === undefined
      ? []
      : [answers.gestationalAgeWeeks]),
  ];
}

/**
 * The visit at which something known from `weeks` was recorded: the first
 * visit at or after it (a result taken between visits is recorded at the
 * next one).
 */
export function visitIndexOf(ages: readonly number[], weeks: number): number {
  const index = ages.findIndex((age) => age >= weeks - 1e-4);
  return index < 0 ? ages.length - 1 : index;
}

/** The gestational age from which a result was known to the consult. */
export const knownAtWeeks = (entry: Timed<string>): number =>
  entry.recordedAtWeeks ?? entry.atWeeks;

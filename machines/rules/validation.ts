import type { TypedNumber, ValidationId } from '../workup.types.ts';
import { parseGestationalAge, parseTypedNumber } from './numbers.ts';

export { parseGestationalAge, parseTypedNumber };

export const gestationalAgeRange = { min: 10, max: 42 } as const;

/** Why a gestational age is refused, or null when it is valid. */
export function gestationalAgeProblem(weeks: TypedNumber): ValidationId | null {
  const parsed = parseGestationalAge(weeks);
  if (!parsed.ok) return parsed.reason;
  const { min, max } = gestationalAgeRange;
  return parsed.value < min || parsed.value > max
    ? 'gestational-age-out-of-range'
    : null;
}

/**
 * How long before the last menstrual period a maternal infection may be
 * placed (weeks): a periconceptional infection counts, an absurd one
 * (1e308 weeks) is refused. An input bound, the same in the answers file.
 */
export const maxWeeksBeforePregnancy = 52;

/**
 * Why weeks since maternal infection are refused, or null when valid
 * (`today`: the consult's gestational age, for the upper bound).
 */
export function weeksSinceInfectionProblem(
  weeks: TypedNumber | null,
  today?: number,
): ValidationId | null {
  if (weeks === null) return null;
  const parsed = parseTypedNumber(weeks);
  if (!parsed.ok) return parsed.reason;
  // Longer than the pregnancy is possible: gestational age counts from the
  // last menstrual period, and infection can precede it (REVIEW.md).
  if (parsed.value < 0) return 'weeks-since-infection-negative';
  return today !== undefined && parsed.value > today + maxWeeksBeforePregnancy
    ? 'weeks-since-infection-too-long'
    : null;
}

export const serologyValues = [
  'positive',
  'negative',
  'equivocal',
  'pending',
  'not-done',
] as const;
export const pcrValues = [
  'positive',
  'negative',
  'pending',
  'not-done',
] as const;
export const geneticValues = [
  'normal',
  'abnormal',
  'pending',
  'not-done',
] as const;
export const avidityValues = [
  'low',
  'intermediate',
  'high',
  'pending',
  'not-done',
] as const;

export const imagingValues = [
  'normal',
  'abnormal',
  'pending',
  'not-done',
] as const;

/**
 * Why "taken at" is refused, or null: from the lowest gestational age the
 * app takes to today's (REVIEW.md, third review: every timing rule reads
 * the age the sample was taken at, which cannot be after today).
 */
export function takenAtProblem(
  atWeeks: TypedNumber | undefined,
  today: number | undefined,
): ValidationId | null {
  if (atWeeks === undefined) return null;
  const parsed = parseGestationalAge(atWeeks);
  if (!parsed.ok) return parsed.reason;
  return parsed.value < gestationalAgeRange.min ||
    (today !== undefined && parsed.value > today + 1e-4)
    ? 'taken-out-of-range'
    : null;
}

/** Why a new visit's gestational age is refused: in range, and later than today's. */
export function visitProblem(
  weeks: TypedNumber,
  today: number | undefined,
): ValidationId | null {
  const problem = gestationalAgeProblem(weeks);
  if (problem) return problem;
  const parsed = parseGestationalAge(weeks);
  return parsed.ok && today !== undefined && parsed.value <= today + 1e-4
    ? 'visit-not-later'
    : null;
}

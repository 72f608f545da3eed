import type { TypedNumber, ValidationId } from '../workup.types.ts';
import { parseGestationalAge } from './gestational-age.ts';

/** Parses a typed number: the reason when it is not one. */
export function parseTypedNumber(
  value: TypedNumber | null | undefined,
): { ok: true; value: number } | { ok: false; reason: ValidationId } {
  if (value === null || value === undefined)
    return { ok: false, reason: 'required' };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return { ok: false, reason: 'required' };
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
      return { ok: false, reason: 'not-a-number' };
    }
    return { ok: true, value: Number(trimmed) };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, reason: 'not-a-number' };
  }
  return { ok: true, value };
}

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

/** Why weeks since maternal infection are refused, or null when valid. */
export function weeksSinceInfectionProblem(
  weeks: TypedNumber | null,
): ValidationId | null {
  if (weeks === null) return null;
  const parsed = parseTypedNumber(weeks);
  if (!parsed.ok) return parsed.reason;
  // Longer than the pregnancy is possible: gestational age counts from the
  // last menstrual period, and infection can precede it (REVIEW.md).
  return parsed.value < 0 ? 'weeks-since-infection-negative' : null;
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

/** `unknown-option` unless the value is one of `allowed`. */
export const oneOfProblem = (
  value: unknown,
  allowed: readonly string[],
): ValidationId | null =>
  typeof value === 'string' && allowed.includes(value)
    ? null
    : 'unknown-option';

/** Why a panel of serology results is refused, or null when valid. */
export function panelProblem(
  results: unknown,
  tests: readonly string[],
): ValidationId | null {
  if (
    typeof results !== 'object' ||
    results === null ||
    Array.isArray(results)
  ) {
    return 'required';
  }
  for (const [test, value] of Object.entries(results)) {
    if (
      !tests.includes(test) ||
      (value !== undefined && oneOfProblem(value, serologyValues) !== null)
    ) {
      return 'unknown-option';
    }
  }
  return null;
}

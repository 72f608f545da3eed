import type { TypedNumber, ValidationId } from '../workup.types.ts';

/**
 * Numbers as users type them: weeks, and weeks and days. Shared by the
 * validation (why a number is refused) and the registry's codecs (what it
 * records).
 */

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

/**
 * Weeks and days as clinicians write them: `20+3`, `20w3d` (also `20w 3d`,
 * `20 w`), `20 3/7`. Days run from 0 to 6.
 */
const weeksAndDays = [
  /^(\d{1,2})\s*\+\s*(\d)$/,
  /^(\d{1,2})\s*w(?:ks?|eeks?)?(?:\s*(\d)\s*d(?:ays?)?)?$/i,
  /^(\d{1,2})\s+(\d)\s*\/\s*7$/,
];

/**
 * Parses a typed gestational age: a number of weeks (`20`, `20.5`) or weeks
 * and days (`20+3`, `20w3d`, `20 3/7`: 20 3/7 weeks). The reason when it
 * is neither.
 *
 * @example
 * parseGestationalAge('20+3'); // { ok: true, value: 20 + 3 / 7 }
 */
export function parseGestationalAge(
  value: TypedNumber | null | undefined,
): { ok: true; value: number } | { ok: false; reason: ValidationId } {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    for (const pattern of weeksAndDays) {
      const match = pattern.exec(trimmed);
      if (!match) continue;
      const days = Number(match[2] ?? 0);
      if (days > 6) return { ok: false, reason: 'not-a-number' };
      return { ok: true, value: Number(match[1]) + days / 7 };
    }
  }
  return parseTypedNumber(value);
}

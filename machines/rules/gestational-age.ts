import type { TypedNumber, ValidationId } from '../workup.types.ts';
import { parseTypedNumber } from './validation.ts';

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

/** Whole weeks and days, when the weeks are a whole number of days. */
function splitDays(weeks: number): { weeks: number; days: number } | null {
  const whole = Math.floor(weeks);
  const days = Math.round((weeks - whole) * 7);
  return Math.abs(whole + days / 7 - weeks) < 1e-9 && days < 7
    ? { weeks: whole, days }
    : null;
}

/**
 * A gestational age as it is typed back into the field: `20+3` for 20 3/7
 * weeks, else the number.
 */
export function gestationalAgeInput(weeks: number): string {
  const split = splitDays(weeks);
  return split && split.days > 0
    ? `${split.weeks}+${split.days}`
    : String(weeks);
}

/**
 * A gestational age in words: `20 weeks`, `20 weeks 3 days`, `20.5 weeks`.
 */
export function formatGestationalAge(weeks: number): string {
  const split = splitDays(weeks);
  if (split && split.days > 0) {
    return `${split.weeks} weeks ${split.days} ${split.days === 1 ? 'day' : 'days'}`;
  }
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

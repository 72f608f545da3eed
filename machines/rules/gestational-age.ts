export { parseGestationalAge } from './numbers.ts';

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

/** Weeks as clinicians write them, in whole days: "20 weeks", "20+3 weeks". */
export function weeksText(weeks: number): string {
  const days = Math.round(weeks * 7);
  const wholeWeeks = Math.floor(days / 7);
  const extraDays = days - wholeWeeks * 7;
  return extraDays === 0
    ? `${wholeWeeks} weeks`
    : `${wholeWeeks}+${extraDays} weeks`;
}

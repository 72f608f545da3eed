import type { SummaryTiming } from '../workup.types.ts';
import { lastAntenatalWeek } from './timing.ts';

/**
 * The summary's timing values (`SummaryTiming`): apart from timing.ts,
 * which the machine's guards load with the first screen, so these load
 * with the summary only.
 */

const eps = 1e-4;

/**
 * Whether a window opening at `weeks` is an antenatal plan: it opens
 * before 37 weeks, counted in whole days (REVIEW.md third review, "Timing
 * given as a date": a window that opens at 37 weeks or later is not).
 */
export const opensAntenatally = (weeks: number): boolean =>
  Math.round(weeks * 7) < lastAntenatalWeek * 7;

/** Planned now. */
export const now = (): SummaryTiming => ({
  fromWeeks: null,
  untilWeeks: null,
  every: null,
  afterBirth: false,
});

/** Planned after birth. */
export const afterBirth = (): SummaryTiming => ({
  fromWeeks: null,
  untilWeeks: null,
  every: null,
  afterBirth: true,
});

/**
 * A window from `from` weeks (until `until`), read at today's gestational
 * age: once it is open, it is due now (`fromWeeks` null).
 */
export function windowFrom(
  from: number,
  until: number | null,
  today: number | undefined,
): SummaryTiming {
  return {
    fromWeeks: today !== undefined && from <= today + eps ? null : from,
    untilWeeks: until,
    every: null,
    afterBirth: false,
  };
}

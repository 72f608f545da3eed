import type { Audience, Summary } from './workup.types.ts';
import { buildSummary } from './rules/summary.ts';
import { isAtSummary, type WorkupSnapshot } from './workup.selectors.ts';

/**
 * The summary of a snapshot at the summary state, else null. Apart from the
 * selectors so the rules that build it load only where a summary is shown.
 */
export function summaryOf(
  snapshot: WorkupSnapshot,
  audience: Audience = snapshot.context.audience ?? 'clinician',
): Summary | null {
  return isAtSummary(snapshot)
    ? buildSummary(snapshot.context.answers, audience)
    : null;
}

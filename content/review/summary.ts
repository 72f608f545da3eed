import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/summary.ts, by node id. */
export const summaryReviews: ReviewRecords = {
  'phase.summary': { status: 'supported' },
  'classification.isolated': { status: 'supported' },
  'classification.associated': { status: 'supported' },
  'classification.cause-found': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Classification and prognosis -> a confirmed infection with no other finding is "not isolated: cause found", with the prognosis of that cause, not the "associated anomalies" wording (Simchen 2002 (what "isolated" means)).',
  },
  'classification.undetermined': { status: 'supported' },
};

import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/intake.ts, by node id. */
export const intakeReviews: ReviewRecords = {
  'phase.intake': { status: 'supported' },
  'question.audience': { status: 'supported' },
  'question.gestational-age': { status: 'supported' },
  'option.clinician': { status: 'supported' },
  'option.learner': { status: 'supported' },
};

import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/follow-up-phase.ts, by node id. */
export const followUpPhaseReviews: ReviewRecords = {
  'phase.follow-up': { status: 'supported' },
  'question.visit': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: When a result was taken -> every timing rule reads the gestational age at which the sample was taken or the scan was done, not the gestational age of the consult (SMFM Consult 39).',
  },
  'question.follow-up-scan': {
    status: 'editorial-rule',
    evidence:
      "Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Serial ultrasound -> a follow-up scan records the gestational age, new findings (which change the classification as any finding does: isolated becomes associated), and whether the liver calcifications are unchanged, increased or resolved. Resolution does not by itself change the causes still open (the source's Follow-up section; Simchen 2002).",
  },
};

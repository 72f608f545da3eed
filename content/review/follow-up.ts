import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/follow-up.ts, by node id. */
export const followUpReviews: ReviewRecords = {
  'follow-up.urgent-hydrops-referral': {
    status: 'supported',
    evidence:
      'REVIEW.md safety note: hydrops needs urgent referral; MCA-PSV is part of any hydrops workup (SMFM CG 7).',
  },
  'follow-up.urgent-anemia-referral': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: MCA-PSV abnormal (above 1.5 MoM) -> urgent referral to a fetal medicine centre able to do fetal blood sampling and transfusion (SMFM CG 8).',
  },
  'follow-up.specialist-counselling': {
    status: 'supported',
    evidence:
      'REVIEW.md safety note: amniocentesis and pregnancy-management decisions need specialist counselling.',
  },
};

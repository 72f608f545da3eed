import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/specialized.ts, by node id. */
export const specializedReviews: ReviewRecords = {
  'phase.specialized': { status: 'supported' },
  'question.cmv-pcr': { status: 'supported' },
  'question.mca-doppler': {
    status: 'supported',
    evidence:
      'REVIEW.md: ACOG PB 151; SMFM CG 8 (>1.5 MoM suggests anemia); also part of any hydrops workup (SMFM CG 7).',
  },
  'question.fetal-mri': { status: 'supported' },
};

import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/decisions.ts, by node id. */
export const decisionReviews: ReviewRecords = {
  'decision.alreadyAnswered': { status: 'supported' },
  'decision.isBeingEdited': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> always interpreted, even when the algorithm would not have asked for that test (general principle).',
  },
  'decision.cmvAvidityIndicated': { status: 'supported' },
  'decision.primaryCmvSuspected': { status: 'supported' },
  'decision.cmvPcrIndicated': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative; CMV IgM positive, IgG positive, intermediate avidity -> offer amniotic-fluid CMV PCR (fetal infection not excluded) (SMFM Consult 39; ISUOG 2020).',
  },
  'decision.chromosomalResultAbnormal': { status: 'supported' },
  'decision.echogenicBowelSeen': { status: 'supported' },
  'decision.parvovirusRecent': { status: 'supported' },
  'decision.hydropsSeen': { status: 'supported' },
  'decision.isValidAnswer': { status: 'supported' },
  'decision.isEditOf': { status: 'supported' },
};

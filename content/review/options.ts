import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/options.ts, by node id. */
export const optionReviews: ReviewRecords = {
  'option.positive': { status: 'supported' },
  'option.negative': { status: 'supported' },
  'option.equivocal': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Equivocal (borderline) serology -> not excluded: repeat the test (general laboratory practice).',
  },
  'option.normal': { status: 'supported' },
  'option.abnormal': { status: 'supported' },
  'option.pending': { status: 'supported' },
  'option.not-done': { status: 'supported' },
  'option.low': { status: 'supported' },
  'option.intermediate': { status: 'supported' },
  'option.high': { status: 'supported' },
  'option.unknown': { status: 'supported' },
  'option.unchanged': { status: 'supported' },
  'option.increased': { status: 'supported' },
  'option.resolved': {
    status: 'editorial-rule',
    evidence:
      "Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Serial ultrasound -> resolution does not by itself change the causes still open (the source's Follow-up section; Simchen 2002).",
  },
};

import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/validation.ts, by node id. */
export const validationReviews: ReviewRecords = {
  'validation.required': { status: 'supported' },
  'validation.not-a-number': { status: 'supported' },
  'validation.gestational-age-out-of-range': { status: 'supported' },
  'validation.weeks-since-infection-negative': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Weeks since maternal infection longer than the gestational age -> possible: gestational age is counted from the last menstrual period, and infection can precede it (periconceptional infection); accept it (general principle).',
  },
  'validation.weeks-since-infection-too-long': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Weeks since maternal infection longer than the gestational age -> possible (periconceptional infection); accept it. An input bound, not a clinical figure: a year before the pregnancy bounds what is typed (an absurd 1e308 weeks is refused), as the answers file does (general principle).',
  },
  'validation.unknown-option': { status: 'supported' },
  'validation.duplicate-option': { status: 'supported' },
  'validation.taken-out-of-range': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: When a result was taken -> every timing rule reads the gestational age at which the sample was taken; a result cannot be taken after today (general principle).',
  },
  'validation.visit-not-later': { status: 'supported' },
  'validation.gestational-age-before-results': { status: 'supported' },
};

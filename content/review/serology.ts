import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/serology.ts, by node id. */
export const serologyReviews: ReviewRecords = {
  'phase.serology': { status: 'supported' },
  'question.storch': { status: 'supported' },
  'question.cmv-avidity': { status: 'supported' },
  'question.parvovirus': { status: 'supported' },
  'question.infection-timing': { status: 'supported' },
  'serology.syphilis': { status: 'supported' },
  'serology.toxoplasma-igg': { status: 'supported' },
  'serology.toxoplasma-igm': { status: 'supported' },
  'serology.rubella-igg': { status: 'supported' },
  'serology.rubella-igm': { status: 'supported' },
  'serology.cmv-igg': {
    status: 'corrected',
    sourceWording:
      'Negative serologic results for both IgM and IgG rule out congenital CMV infection, but other titer patterns require further evaluation',
    evidence:
      'REVIEW.md: supported, with the addition that IgG+/IgM- does NOT exclude fetal infection (non-primary infection).',
  },
  'serology.cmv-igm': { status: 'supported' },
  'serology.hsv-igg': { status: 'supported' },
  'serology.hsv-igm': { status: 'supported' },
  'serology.cmv-seroconversion': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV seroconversion (IgG appears in a woman known to be IgG negative) -> primary infection (SMFM Consult 39).',
  },
  'serology.parvovirus-igg': { status: 'supported' },
  'serology.parvovirus-igm': { status: 'supported' },
};

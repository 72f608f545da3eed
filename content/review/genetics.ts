import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/genetics.ts, by node id. */
export const geneticsReviews: ReviewRecords = {
  'phase.genetics': { status: 'supported' },
  'question.microarray': {
    status: 'supported',
    evidence:
      'REVIEW.md: supported when structural anomalies are present (ACOG CO 682; SMFM Consult 41).',
  },
  'question.karyotype': { status: 'supported' },
  'question.chromosomal-diagnosis': { status: 'supported' },
  'question.cf-screening': { status: 'supported' },
  'diagnosis.trisomy-13': { status: 'supported' },
  'diagnosis.trisomy-18': { status: 'supported' },
  'diagnosis.trisomy-21': { status: 'supported' },
  'diagnosis.turner-45x': { status: 'supported' },
  'diagnosis.del-22q11-2': {
    status: 'source-only',
    evidence: 'REVIEW.md: deletions not in the cited series (Simchen).',
  },
  'diagnosis.del-1p36': {
    status: 'source-only',
    evidence: 'REVIEW.md: deletions not in the cited series (Simchen).',
  },
  'diagnosis.other': { status: 'supported' },
  'diagnosis.unknown': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: A result sent but not back ("pending") -> not done yet: the cause it would exclude stays open (general principle).',
  },
};

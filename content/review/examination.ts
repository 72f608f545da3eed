import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/examination.ts, by node id. */
export const examinationReviews: ReviewRecords = {
  'phase.examination': { status: 'supported' },
  'question.findings': { status: 'supported' },
  'question.head-size': { status: 'source-only' },
  'finding.intracranial-calcifications': { status: 'supported' },
  'finding.ventriculomegaly': { status: 'supported' },
  'finding.cardiac-defect': { status: 'supported' },
  'finding.ascites': { status: 'supported' },
  'finding.hydrops': { status: 'supported' },
  'finding.echogenic-bowel': { status: 'supported' },
  'finding.placental-thickening': { status: 'supported' },
  'finding.other-major-anomaly': { status: 'supported' },
  'head-size.normal': { status: 'supported' },
  'head-size.microcephaly': {
    status: 'source-only',
    evidence:
      'The genetic-cause link is stated by the source only. CMV suspicion: ISUOG 2020; toxoplasmosis: Hohlfeld 1991 (not observed in 89 cases).',
  },
  'head-size.megalencephaly': { status: 'source-only' },
  'head-size.not-measured': { status: 'source-only' },
};

import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/app.ts, by node id. */
export const appReviews: ReviewRecords = {
  'app.disclaimer': { status: 'supported' },
  'app.overview': {
    status: 'corrected',
    sourceWording:
      'Fetal hepatic calcifications are most commonly caused by congenital infections (particularly CMV, toxoplasmosis, and parvovirus B19), chromosomal abnormalities (especially trisomy 13,18, and 21), and vascular/thrombotic events, though isolated calcifications without associated abnormalities generally carry an excellent prognosis.',
    evidence:
      'REVIEW.md: partly supported. Simchen 2002: infection 2 of 61 (1 CMV, 1 parvovirus), aneuploidy 11 of 61; Bronshtein 1995: no infection in 14. List the causes; do not rank infection first by frequency.',
  },
  'app.incidence': {
    status: 'corrected',
    sourceWording:
      'The incidence of isolated hepatic calcifications is approximately 1 in 1,750 to 1 in 2,000 pregnancies',
    evidence:
      "REVIEW.md: misattributed. 1/1,750 is Bronshtein's rate for all liver calcifications at 14-26 weeks, not an incidence of isolated calcifications.",
  },
  'app.local-policies': {
    status: 'supported',
    evidence:
      'REVIEW.md safety note: local policies differ (CMV screening, valacyclovir: not covered by the source).',
  },
  'app.gestational-age-hint': { status: 'supported' },
  'app.taken-at': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: When a result was taken -> every timing rule reads the gestational age at which the sample was taken or the scan was done, not the gestational age of the consult (SMFM Consult 39: the timing conditions are about the sample).',
  },
  'app.other-tab': { status: 'supported' },
  'app.record-result': { status: 'supported' },
  'app.record-pending': { status: 'supported' },
  'app.record-repeat': { status: 'supported' },
  'app.record-serial-scan': { status: 'supported' },
  'app.record-recommended': { status: 'supported' },
  'app.record-off-path': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> always interpreted, even when the algorithm would not have asked for that test (general principle).',
  },
};

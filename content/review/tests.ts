import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/tests.ts, by node id. */
export const testReviews: ReviewRecords = {
  'test.detailed-ultrasound': { status: 'supported' },
  'test.head-circumference': { status: 'source-only' },
  'test.storch-serology': {
    status: 'supported',
    evidence: 'REVIEW.md: Simchen methods.',
  },
  'test.cmv-igg-avidity': {
    status: 'supported',
    evidence: 'REVIEW.md: SMFM Consult 39.',
  },
  'test.parvovirus-serology': {
    status: 'supported',
    evidence: 'REVIEW.md: Simchen methods.',
  },
  'test.chromosomal-microarray': {
    status: 'supported',
    evidence:
      'REVIEW.md: supported when structural anomalies are present (ACOG CO 682; SMFM Consult 41).',
  },
  'test.karyotype': { status: 'supported' },
  'test.cf-carrier-screening': {
    status: 'supported',
    evidence: 'REVIEW.md: SMFM Consult 57.',
  },
  'test.amniotic-fluid-cmv-pcr': {
    status: 'supported',
    evidence:
      'REVIEW.md: SMFM Consult 39. BOTH conditions are required; an earlier negative PCR may be falsely reassuring.',
  },
  'test.mca-psv-doppler': {
    status: 'supported',
    evidence:
      'REVIEW.md: ACOG PB 151; SMFM CG 8 (>1.5 MoM suggests anemia); also part of any hydrops workup (SMFM CG 7).',
  },
  'test.fetal-mri': {
    status: 'supported',
    evidence: 'REVIEW.md: reasonable (Derme 2025).',
  },
  'test.newborn-blood-spot-cmv-pcr': {
    status: 'corrected',
    sourceWording:
      'For CMV: obtain IgG avidity testing if IgM positive; retrieve Guthrie neonatal blood spot for CMV PCR if available',
    evidence:
      'REVIEW.md: misplaced. Newborn dried-blood-spot testing is retrospective and postnatal: moved to postnatal follow-up, never a prenatal step. Third review: the dried blood spot is the retrospective test when the newborn window was missed (Rawlinson 2017).',
  },
  'test.serial-ultrasound': { status: 'supported' },
  'test.postnatal-imaging': { status: 'supported' },
  'test.neurodevelopmental-follow-up': { status: 'supported' },
};

import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/isolated-negative-workup.answers.json. */
export const isolatedNegativeWorkupCase = {
  id: 'isolated-negative-workup',
  title: {
    clinician: 'Isolated liver calcifications at 22 weeks',
    learner: 'Spots in the liver only, at 22 weeks',
  },
  diagnosis: {
    clinician: 'Isolated calcifications, negative workup',
    learner: 'Liver spots only, all tests normal',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 22 },
      notes: [],
    },
    {
      event: { type: 'examination.findingsEntered', findings: [] },
      notes: [],
    },
    {
      event: { type: 'examination.headSizeEntered', headSize: 'normal' },
      notes: [{ contentId: 'classification.undetermined' }],
    },
    {
      event: {
        type: 'serology.storchEntered',
        results: {
          syphilis: 'negative',
          'toxoplasma-igg': 'negative',
          'toxoplasma-igm': 'negative',
          'rubella-igg': 'positive',
          'rubella-igm': 'negative',
          'cmv-igg': 'negative',
          'cmv-igm': 'negative',
          'hsv-igg': 'negative',
          'hsv-igm': 'negative',
        },
      },
      notes: [
        { contentId: 'reason.cmv-negative-excludes' },
        { contentId: 'pitfall.cmv-serology-patterns' },
      ],
    },
    {
      event: {
        type: 'serology.parvovirusEntered',
        results: { 'parvovirus-igg': 'negative', 'parvovirus-igm': 'negative' },
      },
      notes: [{ contentId: 'reason.mca-not-indicated' }],
    },
    {
      event: { type: 'genetics.microarrayEntered', result: 'normal' },
      notes: [{ contentId: 'reason.chromosomal-cma-normal' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'normal' },
      notes: [{ contentId: 'phase.genetics', part: 'rationale' }],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'normal' },
      notes: [{ contentId: 'reason.why-mri' }],
    },
  ],
  closingNotes: [
    { contentId: 'classification.isolated' },
    { contentId: 'prognosis.isolated' },
    { contentId: 'pitfall.isolated-prognosis-needs-full-workup' },
    { contentId: 'test.serial-ultrasound' },
    { contentId: 'test.postnatal-imaging' },
  ],
  expected: {
    classification: 'isolated',
    tests: {
      'storch-serology': 'done',
      'parvovirus-serology': 'done',
      'chromosomal-microarray': 'done',
      karyotype: 'done',
      'cmv-igg-avidity': 'not-indicated',
      'amniotic-fluid-cmv-pcr': 'not-indicated',
      'mca-psv-doppler': 'not-indicated',
      'serial-ultrasound': 'recommended',
      'postnatal-imaging': 'after-birth',
    },
    causes: {
      cmv: 'excluded',
      toxoplasmosis: 'excluded',
      'parvovirus-b19': 'excluded',
      syphilis: 'excluded',
      'trisomy-13': 'excluded',
      'trisomy-18': 'excluded',
      'trisomy-21': 'excluded',
      'fetal-vascular-injury': 'possible',
    },
  },
} as const satisfies TeachingCase;

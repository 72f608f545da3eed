import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/hydrops-negative-infections.answers.json. */
export const hydropsNegativeInfectionsCase = {
  id: 'hydrops-negative-infections',
  title: {
    clinician: 'Liver calcifications with hydrops at 26 weeks',
    learner: 'Spots in the liver with fluid build-up (hydrops) at 26 weeks',
  },
  diagnosis: {
    clinician: 'Hydrops with negative infection tests',
    learner: 'Fluid build-up (hydrops), infection tests negative',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 26 },
      notes: [],
    },
    {
      event: { type: 'examination.findingsEntered', findings: ['hydrops'] },
      notes: [
        { contentId: 'finding.hydrops' },
        { contentId: 'follow-up.urgent-hydrops-referral' },
      ],
    },
    {
      event: { type: 'examination.headSizeEntered', headSize: 'normal' },
      notes: [],
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
      notes: [{ contentId: 'reason.cmv-negative-excludes' }],
    },
    {
      event: {
        type: 'serology.parvovirusEntered',
        results: { 'parvovirus-igg': 'negative', 'parvovirus-igm': 'negative' },
      },
      notes: [{ contentId: 'reason.why-mca-hydrops' }],
    },
    {
      event: { type: 'genetics.microarrayEntered', result: 'normal' },
      notes: [{ contentId: 'reason.chromosomal-cma-normal' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'not-done' },
      notes: [],
    },
    {
      event: { type: 'specialized.mcaDopplerEntered', result: 'abnormal' },
      notes: [
        { contentId: 'test.mca-psv-doppler' },
        { contentId: 'category.hematologic' },
      ],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'not-done' },
      notes: [],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'cause.alpha-thalassemia' },
    { contentId: 'cause.fetal-vascular-injury' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'mca-psv-doppler': 'done',
      karyotype: 'recommended',
      'cmv-igg-avidity': 'not-indicated',
    },
    causes: {
      'parvovirus-b19': 'excluded',
      cmv: 'excluded',
      'alpha-thalassemia': 'possible',
      'trisomy-21': 'excluded',
      'fetal-vascular-injury': 'possible',
    },
  },
} as const satisfies TeachingCase;

import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/parvovirus-hydrops.answers.json. */
export const parvovirusHydropsCase = {
  id: 'parvovirus-hydrops',
  title: {
    clinician: 'Liver calcifications with hydrops and ascites at 20 weeks',
    learner: 'Spots in the liver with fluid build-up (hydrops) at 20 weeks',
  },
  diagnosis: {
    clinician: 'Parvovirus B19 with hydrops',
    learner: 'Parvovirus infection with fluid build-up (hydrops)',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 20 },
      notes: [],
    },
    {
      event: {
        type: 'examination.findingsEntered',
        findings: ['hydrops', 'ascites'],
      },
      notes: [
        { contentId: 'finding.hydrops' },
        { contentId: 'finding.ascites' },
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
        results: { 'parvovirus-igg': 'positive', 'parvovirus-igm': 'positive' },
      },
      notes: [
        { contentId: 'serology.parvovirus-igm' },
        { contentId: 'cause.parvovirus-b19' },
      ],
    },
    {
      event: { type: 'genetics.microarrayEntered', result: 'not-done' },
      notes: [{ contentId: 'reason.chromosomal-associated' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'not-done' },
      notes: [{ contentId: 'test.karyotype' }],
    },
    {
      event: { type: 'specialized.mcaDopplerEntered', result: 'not-done' },
      notes: [{ contentId: 'reason.why-mca-parvovirus' }],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'not-done' },
      notes: [],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'follow-up.specialist-counselling' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'mca-psv-doppler': 'recommended',
      'cmv-igg-avidity': 'not-indicated',
      'amniotic-fluid-cmv-pcr': 'not-indicated',
      'chromosomal-microarray': 'recommended',
      karyotype: 'recommended',
    },
    causes: {
      'parvovirus-b19': 'supported',
      cmv: 'excluded',
      toxoplasmosis: 'excluded',
      'alpha-thalassemia': 'possible',
    },
  },
} as const satisfies TeachingCase;

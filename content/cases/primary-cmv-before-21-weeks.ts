import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/primary-cmv-before-21-weeks.answers.json. */
export const primaryCmvBefore21WeeksCase = {
  id: 'primary-cmv-before-21-weeks',
  title: {
    clinician: 'Liver calcifications with brain calcifications at 18 weeks',
    learner: 'Spots in the liver and the brain at 18 weeks',
  },
  diagnosis: {
    clinician: 'Primary CMV before 21 weeks',
    learner: 'New CMV infection, too early for the fluid test',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 18 },
      notes: [],
    },
    {
      event: {
        type: 'examination.findingsEntered',
        findings: ['intracranial-calcifications'],
      },
      notes: [{ contentId: 'finding.intracranial-calcifications' }],
    },
    {
      event: { type: 'examination.headSizeEntered', headSize: 'normal' },
      notes: [{ contentId: 'classification.associated' }],
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
          'cmv-igg': 'positive',
          'cmv-igm': 'positive',
          'hsv-igg': 'negative',
          'hsv-igm': 'negative',
        },
      },
      notes: [{ contentId: 'serology.cmv-igm' }],
    },
    {
      event: { type: 'serology.avidityEntered', avidity: 'low' },
      notes: [{ contentId: 'reason.cmv-primary' }],
    },
    {
      event: {
        type: 'serology.parvovirusEntered',
        results: { 'parvovirus-igg': 'negative', 'parvovirus-igm': 'negative' },
      },
      notes: [],
    },
    {
      event: { type: 'serology.infectionTimingEntered', weeks: 3 },
      notes: [
        {
          contentId: 'reason.cmv-pcr-too-early',
          params: { ga: '18 weeks', weeks: '3 weeks' },
        },
      ],
    },
    {
      event: { type: 'genetics.microarrayEntered', result: 'pending' },
      notes: [{ contentId: 'reason.chromosomal-associated' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'not-done' },
      notes: [{ contentId: 'test.karyotype' }],
    },
    {
      event: { type: 'specialized.cmvPcrEntered', result: 'not-done' },
      notes: [{ contentId: 'pitfall.early-negative-cmv-pcr' }],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'not-done' },
      notes: [],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'test.amniotic-fluid-cmv-pcr' },
    { contentId: 'pitfall.newborn-blood-spot-postnatal' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'cmv-igg-avidity': 'done',
      'amniotic-fluid-cmv-pcr': 'not-yet-optimal',
      karyotype: 'recommended',
      'newborn-blood-spot-cmv-pcr': 'after-birth',
    },
    causes: {
      cmv: 'supported',
      toxoplasmosis: 'excluded',
      'parvovirus-b19': 'excluded',
    },
  },
} as const satisfies TeachingCase;

import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/primary-cmv-optimal.answers.json. */
export const primaryCmvOptimalCase = {
  id: 'primary-cmv-optimal',
  title: {
    clinician:
      'Liver calcifications with ventriculomegaly, brain calcifications and microcephaly at 23 weeks',
    learner:
      'Spots in the liver with brain changes and a small head at 23 weeks',
  },
  diagnosis: {
    clinician: 'Primary CMV, PCR timing optimal',
    learner: 'New CMV infection, test at the right time',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 23 },
      notes: [],
    },
    {
      event: {
        type: 'examination.findingsEntered',
        findings: ['ventriculomegaly', 'intracranial-calcifications'],
      },
      notes: [
        { contentId: 'finding.intracranial-calcifications' },
        { contentId: 'finding.ventriculomegaly' },
      ],
    },
    {
      event: { type: 'examination.headSizeEntered', headSize: 'microcephaly' },
      notes: [
        { contentId: 'head-size.microcephaly' },
        { contentId: 'cause.cmv' },
        { contentId: 'classification.associated' },
      ],
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
      notes: [
        { contentId: 'serology.cmv-igm' },
        { contentId: 'pitfall.maternal-symptoms-cmv' },
      ],
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
      notes: [{ contentId: 'reason.mca-not-indicated' }],
    },
    {
      event: { type: 'serology.infectionTimingEntered', weeks: 8 },
      notes: [
        {
          contentId: 'reason.cmv-pcr-ready',
          params: { ga: '23 weeks', weeks: '8 weeks' },
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
      notes: [{ contentId: 'test.amniotic-fluid-cmv-pcr' }],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'not-done' },
      notes: [{ contentId: 'reason.why-mri' }],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'pitfall.newborn-blood-spot-postnatal' },
    { contentId: 'test.neurodevelopmental-follow-up' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'cmv-igg-avidity': 'done',
      'amniotic-fluid-cmv-pcr': 'recommended',
      karyotype: 'recommended',
      'mca-psv-doppler': 'not-indicated',
      'newborn-blood-spot-cmv-pcr': 'after-birth',
    },
    causes: {
      cmv: 'supported',
      toxoplasmosis: 'excluded',
      'parvovirus-b19': 'excluded',
      'trisomy-13': 'possible',
    },
  },
} as const satisfies TeachingCase;

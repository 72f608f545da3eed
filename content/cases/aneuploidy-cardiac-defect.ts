import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/aneuploidy-cardiac-defect.answers.json. */
export const aneuploidyCardiacDefectCase = {
  id: 'aneuploidy-cardiac-defect',
  title: {
    clinician:
      'Liver calcifications with a cardiac defect and another major anomaly at 20 weeks',
    learner:
      'Spots in the liver with a heart defect and another major difference at 20 weeks',
  },
  diagnosis: {
    clinician: 'Aneuploidy with a cardiac defect',
    learner: 'A chromosome difference with a heart defect',
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
        findings: ['cardiac-defect', 'other-major-anomaly'],
      },
      notes: [
        { contentId: 'finding.cardiac-defect' },
        { contentId: 'finding.other-major-anomaly' },
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
      notes: [],
    },
    {
      event: { type: 'genetics.microarrayEntered', result: 'abnormal' },
      notes: [{ contentId: 'test.chromosomal-microarray' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'abnormal' },
      notes: [{ contentId: 'reason.why-karyotype' }],
    },
    {
      event: { type: 'genetics.diagnosisEntered', diagnosis: 'trisomy-13' },
      notes: [
        { contentId: 'cause.trisomy-13' },
        { contentId: 'category.chromosomal' },
      ],
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
      'chromosomal-microarray': 'done',
      karyotype: 'done',
      'cf-carrier-screening': 'not-indicated',
      'amniotic-fluid-cmv-pcr': 'not-indicated',
    },
    causes: {
      'trisomy-13': 'supported',
      'trisomy-18': 'excluded',
      'trisomy-21': 'excluded',
      cmv: 'excluded',
      'parvovirus-b19': 'excluded',
    },
  },
} as const satisfies TeachingCase;

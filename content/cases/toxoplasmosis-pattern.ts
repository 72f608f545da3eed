import type { TeachingCase } from './case-types.ts';

/** Worked case; its scenario is tests/scenarios/toxoplasmosis-pattern.answers.json. */
export const toxoplasmosisPatternCase = {
  id: 'toxoplasmosis-pattern',
  title: {
    clinician:
      'Liver calcifications with brain, placental and bowel findings and ascites at 24 weeks',
    learner:
      'Spots in the liver with brain, placenta and bowel changes at 24 weeks',
  },
  diagnosis: {
    clinician: 'Toxoplasmosis pattern',
    learner: 'The toxoplasmosis picture',
  },
  steps: [
    {
      event: { type: 'intake.audienceSelected', audience: 'clinician' },
      notes: [],
    },
    {
      event: { type: 'intake.gestationalAgeEntered', weeks: 24 },
      notes: [],
    },
    {
      event: {
        type: 'examination.findingsEntered',
        findings: [
          'intracranial-calcifications',
          'ventriculomegaly',
          'placental-thickening',
          'ascites',
          'echogenic-bowel',
        ],
      },
      notes: [
        { contentId: 'cause.toxoplasmosis' },
        { contentId: 'finding.echogenic-bowel' },
        { contentId: 'pitfall.meconium-peritonitis-not-parenchymal' },
      ],
    },
    {
      event: { type: 'examination.headSizeEntered', headSize: 'normal' },
      notes: [{ contentId: 'pitfall.toxoplasmosis-microcephaly' }],
    },
    {
      event: {
        type: 'serology.storchEntered',
        results: {
          syphilis: 'negative',
          'toxoplasma-igg': 'positive',
          'toxoplasma-igm': 'positive',
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
      event: { type: 'genetics.microarrayEntered', result: 'normal' },
      notes: [{ contentId: 'reason.chromosomal-cma-normal' }],
    },
    {
      event: { type: 'genetics.karyotypeEntered', result: 'not-done' },
      notes: [{ contentId: 'test.karyotype' }],
    },
    {
      event: { type: 'genetics.cfScreeningEntered', result: 'pending' },
      notes: [{ contentId: 'reason.why-cf' }],
    },
    {
      event: { type: 'specialized.mriEntered', result: 'not-done' },
      notes: [{ contentId: 'reason.why-mri' }],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'test.neurodevelopmental-follow-up' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'cf-carrier-screening': 'pending',
      'cmv-igg-avidity': 'not-indicated',
      'amniotic-fluid-cmv-pcr': 'not-indicated',
      karyotype: 'recommended',
    },
    causes: {
      toxoplasmosis: 'possible',
      cmv: 'excluded',
      'parvovirus-b19': 'excluded',
      'trisomy-13': 'excluded',
    },
  },
} as const satisfies TeachingCase;

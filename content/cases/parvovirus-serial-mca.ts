import type { TeachingCase } from './case-types.ts';

/**
 * Worked case over visits; its scenario is
 * tests/scenarios/parvovirus-serial-mca.answers.json (REVIEW.md, second
 * review: serial MCA-PSV after a recent parvovirus B19 infection).
 */
export const parvovirusSerialMcaCase = {
  id: 'parvovirus-serial-mca',
  title: {
    clinician:
      'Isolated liver calcifications at 18 weeks, seen again at 19, 21 and 23 weeks',
    learner:
      'Spots in the liver only, at 18 weeks, with visits at 19, 21 and 23 weeks',
  },
  diagnosis: {
    clinician:
      'Recent parvovirus B19 infection: serial MCA-PSV, fetal anemia suspected at 23 weeks',
    learner:
      'A recent parvovirus infection: regular Doppler checks, anemia suspected at 23 weeks',
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
      event: { type: 'examination.findingsEntered', findings: [] },
      notes: [],
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
      notes: [],
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
      event: { type: 'genetics.microarrayEntered', result: 'normal' },
      notes: [],
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
    {
      event: { type: 'followUp.visitStarted' },
      notes: [],
    },
    {
      event: { type: 'followUp.visitEntered', weeks: '19' },
      notes: [],
    },
    {
      event: {
        type: 'followUp.scanEntered',
        scan: { findings: [], liverCalcifications: 'unchanged' },
      },
      notes: [],
    },
    {
      event: { type: 'specialized.mcaDopplerEntered', result: 'normal' },
      notes: [{ contentId: 'decision.mcaCheckDue' }],
    },
    {
      event: { type: 'followUp.visitStarted' },
      notes: [],
    },
    {
      event: { type: 'followUp.visitEntered', weeks: '21' },
      notes: [],
    },
    {
      event: {
        type: 'followUp.scanEntered',
        scan: { findings: [], liverCalcifications: 'unchanged' },
      },
      notes: [],
    },
    {
      event: { type: 'specialized.mcaDopplerEntered', result: 'normal' },
      notes: [{ contentId: 'decision.mcaCheckDue' }],
    },
    {
      event: { type: 'followUp.visitStarted' },
      notes: [],
    },
    {
      event: { type: 'followUp.visitEntered', weeks: '23' },
      notes: [],
    },
    {
      event: {
        type: 'followUp.scanEntered',
        scan: { findings: [], liverCalcifications: 'unchanged' },
      },
      notes: [],
    },
    {
      event: { type: 'specialized.mcaDopplerEntered', result: 'abnormal' },
      notes: [{ contentId: 'follow-up.urgent-anemia-referral' }],
    },
  ],
  closingNotes: [
    { contentId: 'prognosis.associated' },
    { contentId: 'follow-up.specialist-counselling' },
  ],
  expected: {
    classification: 'associated',
    tests: {
      'mca-psv-doppler': 'done',
      'cmv-igg-avidity': 'not-indicated',
      'amniotic-fluid-cmv-pcr': 'not-indicated',
      'chromosomal-microarray': 'done',
      karyotype: 'recommended',
    },
    causes: {
      'parvovirus-b19': 'supported',
      cmv: 'excluded',
      'alpha-thalassemia': 'possible',
    },
  },
} as const satisfies TeachingCase;

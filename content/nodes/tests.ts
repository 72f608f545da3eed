import type { NodeInput } from './node-input.ts';

/**
 * Tests: what each is, why and when, per the source's workup and the review.
 * The follow-up tests (serial ultrasound, postnatal) are listed here too.
 */
export const testNodes: NodeInput[] = [
  {
    id: 'test.detailed-ultrasound',
    kind: 'test',
    label: {
      clinician: 'Detailed fetal ultrasound',
      learner: 'Detailed ultrasound scan',
    },
    text: {
      clinician:
        'Detailed fetal ultrasound for associated abnormalities, including intracranial calcifications, ventriculomegaly, cardiac defects, ascites and echogenic bowel.',
      learner:
        'A detailed scan of the baby to look for other problems that can go with liver calcifications: calcium spots in the brain, enlarged brain ventricles, heart defects, fluid in the belly and a bright bowel.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'test.head-circumference',
    kind: 'test',
    label: { clinician: 'Head circumference', learner: 'Head measurement' },
    text: {
      clinician:
        'Measure head circumference: microcephaly or megalencephaly can indicate specific genetic causes.',
      learner:
        "Measuring the baby's head: a head that is too small (microcephaly) or too large (megalencephaly) can point to particular genetic causes.",
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'test.storch-serology',
    kind: 'test',
    label: { clinician: 'STORCH serology', learner: 'Infection blood tests' },
    text: {
      clinician:
        'Maternal STORCH panel (syphilis, toxoplasmosis, rubella, CMV, herpes) with IgG and IgM titers.',
      learner:
        'Blood tests of the mother for syphilis, toxoplasmosis, rubella, CMV and herpes, measuring two kinds of antibody (IgG and IgM).',
    },
    citations: ['droracle-2025', 'pata-2012', 'simchen-2002'],
  },
  {
    id: 'test.cmv-igg-avidity',
    kind: 'test',
    label: { clinician: 'CMV IgG avidity', learner: 'CMV avidity test' },
    text: {
      clinician:
        'If CMV IgM is positive, obtain IgG avidity. Primary infection = seroconversion, or IgM positive with IgG positive and low avidity.',
      learner:
        "If the mother's CMV IgM test is positive, an avidity test follows. A positive IgM and IgG with low avidity means a new (primary) infection.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'test.parvovirus-serology',
    kind: 'test',
    label: {
      clinician: 'Parvovirus B19 serology',
      learner: 'Parvovirus B19 blood test',
    },
    text: {
      clinician: 'Maternal parvovirus B19 serology (IgG and IgM).',
      learner: 'Blood tests of the mother for parvovirus B19 (IgG and IgM).',
    },
    citations: ['praxis-parvovirus-2026', 'simchen-2002'],
  },
  {
    id: 'test.chromosomal-microarray',
    kind: 'test',
    label: {
      clinician: 'Chromosomal microarray',
      learner: 'Chromosomal microarray',
    },
    text: {
      clinician:
        'Chromosomal microarray (CMA) as first-tier genomic analysis (supported when structural anomalies are present).',
      learner:
        "A chromosomal microarray is the first genetic test to do on the baby's sample.",
    },
    citations: ['droracle-2025', 'acog-co-682', 'smfm-cs-41'],
  },
  {
    id: 'test.karyotype',
    kind: 'test',
    label: { clinician: 'Fetal karyotype', learner: 'Karyotype' },
    text: {
      clinician:
        'Amniocentesis for fetal karyotype, particularly if additional abnormalities are present. Amniocentesis needs specialist counselling.',
      learner:
        "A check of the baby's chromosomes from a sample of the fluid around the baby (amniocentesis), especially when the scan shows other problems. Amniocentesis needs counselling by a specialist first.",
    },
    citations: ['simchen-2002', 'derme-2025'],
  },
  {
    id: 'test.cf-carrier-screening',
    kind: 'test',
    label: {
      clinician: 'Parental CF carrier screening',
      learner: 'Cystic fibrosis test of the parents',
    },
    text: {
      clinician:
        'Consider parental cystic fibrosis carrier screening if echogenic bowel is also present.',
      learner:
        "If the baby's bowel also looks bright (echogenic) on the scan, testing both parents for cystic fibrosis carrier status should be considered.",
    },
    citations: ['droracle-2025', 'pata-2012', 'smfm-cs-57'],
  },
  {
    id: 'test.amniotic-fluid-cmv-pcr',
    kind: 'test',
    label: {
      clinician: 'Amniotic-fluid CMV PCR',
      learner: 'CMV test of the fluid around the baby',
    },
    text: {
      clinician:
        'Amniocentesis with PCR for CMV DNA if primary infection is suspected. Most sensitive only when BOTH conditions are met: 21 weeks or later AND more than 6 weeks after maternal infection; an earlier negative PCR may be falsely reassuring.',
      learner:
        'A sample of the fluid around the baby (amniocentesis) is tested for CMV when a new infection in the mother is suspected. The test is most sensitive only from 21 weeks of pregnancy AND more than 6 weeks after the infection; a negative result before then can be falsely reassuring.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'test.mca-psv-doppler',
    kind: 'test',
    label: { clinician: 'MCA-PSV Doppler', learner: 'Doppler scan for anemia' },
    text: {
      clinician:
        'Middle cerebral artery peak systolic velocity Doppler to monitor for fetal anemia if parvovirus infection is confirmed; above 1.5 MoM suggests anemia. Also part of any hydrops workup.',
      learner:
        "A Doppler scan measures the speed of blood flow in an artery of the baby's brain (the middle cerebral artery). A value above 1.5 MoM (1.5 multiples of the median) suggests anemia. It is used after a confirmed parvovirus infection and whenever the baby has hydrops.",
    },
    citations: [
      'praxis-parvovirus-2026',
      'acog-pb-151',
      'smfm-cg-8',
      'smfm-cg-7',
    ],
  },
  {
    id: 'test.fetal-mri',
    kind: 'test',
    label: { clinician: 'Fetal MRI', learner: 'MRI scan of the baby' },
    text: {
      clinician:
        'Fetal MRI for detailed evaluation of brain and liver parenchyma.',
      learner:
        'An MRI scan of the baby gives a more detailed look at the brain and the liver tissue.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'test.newborn-blood-spot-cmv-pcr',
    kind: 'test',
    label: {
      clinician: 'Newborn blood spot CMV PCR (postnatal)',
      learner: 'Newborn blood spot CMV test (after birth)',
    },
    text: {
      clinician:
        'Postnatal only: after birth, CMV PCR on the newborn dried blood spot (Guthrie card), if available, tests retrospectively for congenital CMV. Never a prenatal step.',
      learner:
        "Only after birth: the newborn's dried blood spot card (the Guthrie card), if it is available, can be tested for CMV to look back at whether the baby was infected. It is never part of testing during pregnancy.",
    },
    citations: ['droracle-2025', 'rawlinson-2017'],
  },
  {
    id: 'test.serial-ultrasound',
    kind: 'test',
    label: { clinician: 'Serial ultrasound', learner: 'Repeat scans' },
    text: {
      clinician:
        'Serial ultrasound monitoring throughout pregnancy for development of additional abnormalities.',
      learner:
        'Repeat scans during the pregnancy watch for other problems that may develop.',
    },
    citations: ['pata-2012', 'simchen-2002'],
  },
  {
    id: 'test.postnatal-imaging',
    kind: 'test',
    label: {
      clinician: 'Postnatal examination and imaging',
      learner: 'Check-up and scan after birth',
    },
    text: {
      clinician:
        'Postnatal examination and imaging to confirm resolution or persistence of the calcifications.',
      learner:
        'After birth, the baby is examined and scanned to see whether the calcifications have gone or remain.',
    },
    citations: ['pata-2012', 'derme-2025', 'source-ref-8'],
  },
  {
    id: 'test.neurodevelopmental-follow-up',
    kind: 'test',
    label: {
      clinician: 'Neurodevelopmental follow-up',
      learner: 'Long-term development check-ups',
    },
    text: {
      clinician:
        'Long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection was confirmed.',
      learner:
        "Long-term check-ups by a children's doctor follow the child's development, especially if an infection was confirmed.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
];

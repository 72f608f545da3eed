import type { NodeInput } from './node-input.ts';

/** Ultrasound examination: associated findings and head size. */
export const examinationNodes: NodeInput[] = [
  {
    id: 'phase.examination',
    kind: 'phase',
    label: { clinician: 'Ultrasound examination', learner: 'The scan' },
    text: {
      clinician:
        'Detailed fetal ultrasound for associated abnormalities, and head circumference.',
      learner:
        "A detailed ultrasound scan looks for other problems in the baby, and the baby's head is measured.",
    },
    rationale: {
      clinician:
        'Associated abnormalities separate isolated from associated calcifications, which differ in prognosis and in the risk of aneuploidy: 10 of 11 fetuses with abnormal karyotypes had other ultrasound abnormalities (Simchen 2002).',
      learner:
        'Whether the liver calcifications are the only finding changes the outlook. In one study, 10 of the 11 babies with a chromosome abnormality also had other problems visible on the scan.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'question.findings',
    kind: 'question',
    label: { clinician: 'Associated findings', learner: 'Other scan findings' },
    text: {
      clinician:
        'Besides the liver calcifications, which of these are seen? (None is an answer.)',
      learner:
        'Apart from the liver calcifications, does the scan show any of these? If none, say so.',
    },
    rationale: {
      clinician:
        'Any additional major abnormality carries a significant risk of chromosomal abnormality and poor outcome. Specific findings point to causes: intracranial calcifications to CMV; ventriculomegaly, placental thickening, ascites and echogenic bowel to toxoplasmosis; echogenic bowel to CF carrier screening; hydrops to fetal anemia and urgent referral.',
      learner:
        'Other problems on the scan raise the chance of a chromosome abnormality and a poorer outlook. Some findings also point to particular causes, for example calcium spots in the brain to CMV infection, or a bright bowel to testing the parents for cystic fibrosis.',
    },
    citations: ['droracle-2025', 'simchen-2002', 'hohlfeld-1991', 'smfm-cg-7'],
  },
  {
    id: 'question.head-size',
    kind: 'question',
    label: { clinician: 'Head circumference', learner: 'Head size' },
    text: {
      clinician: 'Head circumference?',
      learner: "What does the measurement of the baby's head show?",
    },
    rationale: {
      clinician:
        'Microcephaly or megalencephaly can indicate specific genetic causes; microcephaly with liver calcifications also raises suspicion of CMV.',
      learner:
        'A head that is too small (microcephaly) or too large (megalencephaly) can point to particular genetic causes. A small head together with liver calcifications also suggests CMV infection.',
    },
    citations: ['droracle-2025', 'isuog-2020'],
  },
  {
    id: 'finding.intracranial-calcifications',
    kind: 'finding',
    label: {
      clinician: 'Intracranial calcifications',
      learner: 'Calcifications in the brain',
    },
    text: {
      clinician:
        'With liver calcifications, raises suspicion of CMV; also a fetal ultrasound sign of toxoplasmosis.',
      learner:
        "Calcium spots in the baby's brain. Together with liver calcifications they suggest CMV infection; they are also seen with toxoplasmosis.",
    },
    citations: ['droracle-2025', 'isuog-2020', 'hohlfeld-1991'],
  },
  {
    id: 'finding.ventriculomegaly',
    kind: 'finding',
    label: {
      clinician: 'Ventriculomegaly',
      learner: 'Enlarged brain ventricles',
    },
    text: {
      clinician: 'A fetal ultrasound sign of toxoplasmosis.',
      learner:
        'The fluid spaces in the brain (ventricles) are enlarged. This is one of the scan signs of toxoplasmosis.',
    },
    citations: ['droracle-2025', 'hohlfeld-1991', 'codaccioni-2020'],
  },
  {
    id: 'finding.cardiac-defect',
    kind: 'finding',
    label: { clinician: 'Cardiac defect', learner: 'Heart defect' },
    text: {
      clinician:
        'An associated abnormality: with additional major abnormalities there is a significant risk of chromosomal abnormality and poor outcome.',
      learner:
        'A problem with the heart. Like any other major problem on the scan, it raises the chance of a chromosome abnormality and a poorer outlook.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'finding.ascites',
    kind: 'finding',
    label: { clinician: 'Ascites', learner: 'Fluid in the belly (ascites)' },
    text: {
      clinician:
        'A fetal ultrasound sign of toxoplasmosis; also seen with hydrops.',
      learner:
        "Fluid in the baby's belly. It is one of the scan signs of toxoplasmosis and can also be part of hydrops (fluid build-up in the baby).",
    },
    citations: ['droracle-2025', 'hohlfeld-1991'],
  },
  {
    id: 'finding.hydrops',
    kind: 'finding',
    label: { clinician: 'Hydrops', learner: 'Hydrops (fluid build-up)' },
    text: {
      clinician:
        'Needs urgent referral. Consider fetal anemia (parvovirus B19, alpha-thalassemia); MCA-PSV Doppler is part of any hydrops workup.',
      learner:
        'Fluid build-up in the baby. It needs urgent referral. Causes include anemia in the baby (from parvovirus B19 or alpha-thalassemia, for example); a Doppler scan of a brain blood vessel (MCA-PSV) checks for anemia.',
    },
    citations: ['smfm-cg-7', 'smfm-cg-8', 'droracle-2025'],
  },
  {
    id: 'finding.echogenic-bowel',
    kind: 'finding',
    label: { clinician: 'Echogenic bowel', learner: 'Bright bowel' },
    text: {
      clinician:
        'A fetal ultrasound sign of toxoplasmosis; consider parental cystic fibrosis carrier screening.',
      learner:
        "The baby's bowel looks bright (echogenic) on the scan. It is one of the scan signs of toxoplasmosis, and testing both parents for cystic fibrosis carrier status should be considered.",
    },
    citations: ['droracle-2025', 'hohlfeld-1991', 'pata-2012', 'smfm-cs-57'],
  },
  {
    id: 'finding.placental-thickening',
    kind: 'finding',
    label: {
      clinician: 'Placental thickening',
      learner: 'Thick placenta',
    },
    text: {
      clinician:
        'Increased placental thickness: a fetal ultrasound sign of toxoplasmosis.',
      learner:
        'The placenta is thicker than usual. This is one of the scan signs of toxoplasmosis.',
    },
    citations: ['droracle-2025', 'hohlfeld-1991', 'codaccioni-2020'],
  },
  {
    id: 'finding.other-major-anomaly',
    kind: 'finding',
    label: {
      clinician: 'Other major anomaly',
      learner: 'Another major problem',
    },
    text: {
      clinician:
        'Any other major structural abnormality: significant risk of chromosomal abnormality and poor outcome; chromosomal microarray is first-tier when structural anomalies are present.',
      learner:
        'Any other major problem with how the baby is formed. It raises the chance of a chromosome abnormality and a poorer outlook, and a chromosomal microarray is the first genetic test to do.',
    },
    citations: ['simchen-2002', 'acog-co-682', 'smfm-cs-41'],
  },
  {
    id: 'head-size.normal',
    kind: 'head-size',
    label: { clinician: 'Normal', learner: 'Normal' },
    text: {
      clinician: 'Head circumference normal.',
      learner: "The baby's head size is normal.",
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'head-size.microcephaly',
    kind: 'head-size',
    label: { clinician: 'Microcephaly', learner: 'Small head (microcephaly)' },
    text: {
      clinician:
        'Can indicate a specific genetic cause; with liver calcifications raises suspicion of CMV. Not observed in a large series of fetal toxoplasmosis (Hohlfeld 1991).',
      learner:
        'The head is smaller than expected. This can point to a particular genetic cause, and together with liver calcifications it suggests CMV infection. In a large study of babies with toxoplasmosis, a small head was not seen.',
    },
    citations: ['droracle-2025', 'isuog-2020', 'hohlfeld-1991'],
  },
  {
    id: 'head-size.megalencephaly',
    kind: 'head-size',
    label: {
      clinician: 'Megalencephaly',
      learner: 'Large head (megalencephaly)',
    },
    text: {
      clinician: 'Can indicate a specific genetic cause.',
      learner:
        'The head is larger than expected. This can point to a particular genetic cause.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'head-size.not-measured',
    kind: 'head-size',
    label: { clinician: 'Not measured', learner: 'Not measured yet' },
    text: {
      clinician:
        'Not yet measured: microcephaly or megalencephaly can indicate specific genetic causes.',
      learner:
        'The head has not been measured yet. It is worth measuring, because a head that is too small or too large can point to particular genetic causes.',
    },
    citations: ['droracle-2025'],
  },
];

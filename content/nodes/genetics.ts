import type { NodeInput } from './node-input.ts';

/** Genetic testing: microarray, karyotype, diagnosis, CF carrier screening. */
export const geneticsNodes: NodeInput[] = [
  {
    id: 'phase.genetics',
    kind: 'phase',
    label: { clinician: 'Genetic testing', learner: 'Genetic tests' },
    text: {
      clinician:
        'Chromosomal microarray, karyotype by amniocentesis, and parental CF carrier screening when echogenic bowel is present.',
      learner:
        "Tests of the baby's chromosomes, and sometimes a test of the parents for cystic fibrosis.",
    },
    rationale: {
      clinician:
        'About 18% of fetuses with hepatic calcifications had abnormal karyotypes, 10 of 11 with other ultrasound abnormalities (Simchen 2002). Isolated calcifications have a good prognosis only once aneuploidy is excluded.',
      learner:
        'In one study about 18% of babies with liver calcifications had a chromosome abnormality, and 10 of those 11 also had other problems on the scan. Even when the calcifications are the only finding, the outlook is good only once a chromosome abnormality has been ruled out.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'question.microarray',
    kind: 'question',
    label: {
      clinician: 'Chromosomal microarray',
      learner: 'Chromosomal microarray',
    },
    text: {
      clinician: 'Chromosomal microarray (CMA) result?',
      learner: 'What did the chromosomal microarray show?',
    },
    rationale: {
      clinician:
        'CMA is the first-tier genomic analysis (supported when structural anomalies are present).',
      learner:
        "A chromosomal microarray is the first genetic test to do on the baby's sample.",
    },
    citations: ['droracle-2025', 'acog-co-682', 'smfm-cs-41'],
  },
  {
    id: 'question.karyotype',
    kind: 'question',
    label: { clinician: 'Karyotype', learner: 'Karyotype' },
    text: {
      clinician: 'Fetal karyotype (amniocentesis) result?',
      learner:
        "What did the karyotype (the check of the baby's chromosomes, from a sample of the fluid around the baby) show?",
    },
    rationale: {
      clinician:
        'Amniocentesis for fetal karyotype, particularly if additional abnormalities are present: 10 of 11 abnormal karyotypes had other ultrasound abnormalities (Simchen 2002).',
      learner:
        'This test matters most when the scan shows other problems: in one study, 10 of the 11 babies with a chromosome abnormality also had other problems on the scan.',
    },
    citations: ['simchen-2002', 'derme-2025'],
  },
  {
    id: 'question.chromosomal-diagnosis',
    kind: 'question',
    label: {
      clinician: 'Chromosomal diagnosis',
      learner: 'Which chromosome abnormality?',
    },
    text: {
      clinician: 'Which chromosomal abnormality was found?',
      learner: 'Which chromosome abnormality did the test find?',
    },
    rationale: {
      clinician:
        'The specific abnormality names the cause in the differential; the abnormalities reported with liver calcifications differ in how well the literature supports them.',
      learner:
        'Knowing the exact abnormality tells us the likely cause. Some abnormalities have been reported with liver calcifications in studies; others only in the source.',
    },
    citations: ['simchen-2002', 'bronshtein-1995', 'droracle-2025'],
  },
  {
    id: 'question.cf-screening',
    kind: 'question',
    label: {
      clinician: 'Parental CF carrier screening',
      learner: 'Cystic fibrosis test of the parents',
    },
    text: {
      clinician: 'Parental cystic fibrosis carrier screening result?',
      learner:
        'What did the test of the parents for cystic fibrosis carrier status show?',
    },
    rationale: {
      clinician:
        'Consider parental cystic fibrosis carrier screening if echogenic bowel is also present.',
      learner:
        "When the baby's bowel also looks bright (echogenic) on the scan, testing the parents for cystic fibrosis should be considered.",
    },
    citations: ['droracle-2025', 'pata-2012', 'smfm-cs-57'],
  },
  {
    id: 'diagnosis.trisomy-13',
    kind: 'diagnosis',
    label: { clinician: 'Trisomy 13', learner: 'Trisomy 13' },
    text: {
      clinician: 'Trisomy 13.',
      learner: 'Trisomy 13: an extra copy of chromosome 13.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'diagnosis.trisomy-18',
    kind: 'diagnosis',
    label: { clinician: 'Trisomy 18', learner: 'Trisomy 18' },
    text: {
      clinician: 'Trisomy 18.',
      learner: 'Trisomy 18: an extra copy of chromosome 18.',
    },
    citations: ['simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'diagnosis.trisomy-21',
    kind: 'diagnosis',
    label: { clinician: 'Trisomy 21', learner: 'Trisomy 21 (Down syndrome)' },
    text: {
      clinician: 'Trisomy 21 (Down syndrome).',
      learner: 'Trisomy 21 (Down syndrome): an extra copy of chromosome 21.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'diagnosis.turner-45x',
    kind: 'diagnosis',
    label: { clinician: '45,X (Turner)', learner: 'Turner syndrome (45,X)' },
    text: {
      clinician: 'Turner syndrome (45,X).',
      learner: 'Turner syndrome (45,X): one X chromosome instead of two.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'diagnosis.del-22q11-2',
    kind: 'diagnosis',
    label: { clinician: '22q11.2 deletion', learner: '22q11.2 deletion' },
    text: {
      clinician: '22q11.2 deletion (linked by the source only).',
      learner:
        'A missing piece of chromosome 22 (22q11.2 deletion). Only the source links it to liver calcifications.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'diagnosis.del-1p36',
    kind: 'diagnosis',
    label: { clinician: '1p36 deletion', learner: '1p36 deletion' },
    text: {
      clinician: '1p36 deletion (linked by the source only).',
      learner:
        'A missing piece of chromosome 1 (1p36 deletion). Only the source links it to liver calcifications.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'diagnosis.other',
    kind: 'diagnosis',
    label: {
      clinician: 'Other chromosomal abnormality',
      learner: 'Another chromosome abnormality',
    },
    text: {
      clinician: 'Another chromosomal abnormality, not listed here.',
      learner: 'A chromosome abnormality not listed here.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'diagnosis.unknown',
    kind: 'diagnosis',
    label: { clinician: 'Not known yet', learner: 'Not known yet' },
    text: {
      clinician:
        'Abnormal result; which abnormality is not known yet (report awaited or not given): every chromosomal cause stays open.',
      learner:
        'The test was abnormal, but which abnormality is not known yet, so no chromosome cause is ruled out.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
];

import type { NodeInput } from './node-input.ts';

/** Cause categories and causes: what the source says, as reviewed. */
export const causeNodes: NodeInput[] = [
  {
    id: 'category.infectious',
    kind: 'category',
    label: { clinician: 'Congenital infection', learner: 'Infections' },
    text: {
      clinician:
        'CMV, toxoplasmosis and parvovirus B19; also syphilis, varicella zoster, herpes simplex and rubella; Zika and Coxsackie weakly supported. Infection was uncommon in the cited series (Simchen 2002: 2 of 61; Bronshtein 1995: none of 14).',
      learner:
        'Infections of the mother that reach the baby, such as CMV, toxoplasmosis and parvovirus B19. In the studies behind this app, infection was found only rarely.',
    },
    citations: ['droracle-2025', 'simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'category.chromosomal',
    kind: 'category',
    label: {
      clinician: 'Chromosomal abnormality',
      learner: 'Chromosome abnormalities',
    },
    text: {
      clinician:
        'About 18% of fetuses with hepatic calcifications had abnormal karyotypes, 10 of 11 with other ultrasound abnormalities (Simchen 2002). Reported: trisomy 13, 18 and 21; 45,X.',
      learner:
        'In one study about 18% of babies with liver calcifications had a chromosome abnormality (such as trisomy 13, 18 or 21), and 10 of those 11 also had other problems on the scan.',
    },
    citations: ['simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'category.vascular',
    kind: 'category',
    label: { clinician: 'Vascular/thrombotic', learner: 'Blood vessel damage' },
    text: {
      clinician:
        'Fetal vascular injury and thrombotic events can cause focal hepatic necrosis and dystrophic calcification.',
      learner:
        "Damage to the baby's blood vessels, or clots, can kill small areas of liver tissue, which then calcify.",
    },
    citations: ['droracle-2025', 'pata-2012', 'derme-2025'],
  },
  {
    id: 'category.hematologic',
    kind: 'category',
    label: { clinician: 'Fetal anemia/hydrops', learner: 'Blood disorders' },
    text: {
      clinician:
        'Alpha-thalassemia, G6PD deficiency and pyruvate kinase deficiency: causes of fetal anemia or hydrops with secondary liver change.',
      learner:
        'Blood disorders that can make the baby anemic or cause hydrops (fluid build-up), with changes in the liver as a consequence.',
    },
    citations: ['droracle-2025', 'bronshtein-1995', 'smfm-cg-7'],
  },
  {
    id: 'category.genetic',
    kind: 'category',
    label: {
      clinician: 'Other genetic cause',
      learner: 'Other genetic causes',
    },
    text: {
      clinician:
        'A specific genetic syndrome, suggested for example by microcephaly or megalencephaly.',
      learner:
        'A particular genetic condition, which an unusually small or large head can point to.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'cause.cmv',
    kind: 'cause',
    label: { clinician: 'CMV', learner: 'Cytomegalovirus (CMV)' },
    text: {
      clinician:
        'Suspect CMV when liver calcifications occur with microcephaly or intracranial calcifications. Sensorineural hearing loss and white-matter signal change are postnatal/MRI findings, not prenatal ultrasound signs. Simchen 2002: 1 CMV infection in 61 cases.',
      learner:
        "CMV (cytomegalovirus) is a virus that can pass from mother to baby. It is suspected when liver calcifications come with a small head or calcium spots in the brain. Hearing loss and changes in the brain's white matter are found after birth or on MRI, not on the pregnancy scan. In one study of 61 babies, 1 had CMV.",
    },
    citations: ['droracle-2025', 'isuog-2020', 'acog-pb-151', 'simchen-2002'],
  },
  {
    id: 'cause.toxoplasmosis',
    kind: 'cause',
    label: { clinician: 'Toxoplasmosis', learner: 'Toxoplasmosis' },
    text: {
      clinician:
        'Fetal ultrasound findings include intrahepatic calcifications, ventriculomegaly, intracranial calcifications, increased placental thickness, ascites and echogenic bowel.',
      learner:
        'An infection that can pass from mother to baby. On the scan it can show calcium spots in the liver and brain, enlarged brain ventricles, a thick placenta, fluid in the belly and a bright bowel.',
    },
    citations: ['droracle-2025', 'hohlfeld-1991', 'codaccioni-2020'],
  },
  {
    id: 'cause.parvovirus-b19',
    kind: 'cause',
    label: { clinician: 'Parvovirus B19', learner: 'Parvovirus B19' },
    text: {
      clinician:
        'The most commonly reported infectious cause of fetal anemia; can lead to hepatic calcifications. The risk attached to infection before 20 weeks is of hydrops and fetal loss, not specifically of calcification. If infection is confirmed, monitor with MCA-PSV Doppler.',
      learner:
        'The infection most often reported to cause anemia in the baby; it can lead to liver calcifications. Infection before 20 weeks of pregnancy carries a risk of hydrops (fluid build-up) and of losing the pregnancy. If the mother is infected, Doppler scans check the baby for anemia.',
    },
    citations: [
      'droracle-2025',
      'praxis-parvovirus-2026',
      'simchen-2002',
      'smfm-cg-8',
      'enders-2010',
    ],
  },
  {
    id: 'cause.syphilis',
    kind: 'cause',
    label: { clinician: 'Syphilis', learner: 'Syphilis' },
    text: {
      clinician:
        'Associated with fetal hepatic calcifications (case literature).',
      learner:
        'An infection that has been linked to liver calcifications in the baby in published case reports.',
    },
    citations: ['droracle-2025', 'praxis-hydrocephalus-2025'],
  },
  {
    id: 'cause.varicella-zoster',
    kind: 'cause',
    label: { clinician: 'Varicella zoster', learner: 'Varicella zoster virus' },
    text: {
      clinician:
        'Varicella zoster virus: associated with fetal hepatic calcifications (case literature).',
      learner:
        'The varicella zoster virus has been linked to liver calcifications in the baby in published case reports.',
    },
    citations: ['droracle-2025', 'praxis-hydrocephalus-2025'],
  },
  {
    id: 'cause.herpes-simplex',
    kind: 'cause',
    label: { clinician: 'Herpes simplex', learner: 'Herpes simplex virus' },
    text: {
      clinician:
        'Herpes simplex virus: associated with fetal hepatic calcifications (case literature).',
      learner:
        'The herpes simplex virus has been linked to liver calcifications in the baby in published case reports.',
    },
    citations: ['droracle-2025', 'praxis-hydrocephalus-2025'],
  },
  {
    id: 'cause.rubella',
    kind: 'cause',
    label: { clinician: 'Rubella', learner: 'Rubella' },
    text: {
      clinician:
        'Associated with fetal hepatic calcifications (case literature).',
      learner:
        'Rubella has been linked to liver calcifications in the baby in published case reports.',
    },
    citations: ['droracle-2025', 'praxis-hydrocephalus-2025'],
  },
  {
    id: 'cause.zika',
    kind: 'cause',
    label: { clinician: 'Zika', learner: 'Zika virus' },
    text: {
      clinician:
        'Weakly supported: fetal Zika series report brain findings only; no link to liver calcification was found.',
      learner:
        'Only weakly supported: studies of babies with Zika infection describe brain findings, and no link to the liver was found.',
    },
    citations: ['droracle-2025', 'praxis-hydrocephalus-2025'],
  },
  {
    id: 'cause.coxsackie',
    kind: 'cause',
    label: { clinician: 'Coxsackie virus', learner: 'Coxsackie virus' },
    text: {
      clinician:
        'Weakly supported: reported in rare cases according to the source; not verified.',
      learner:
        'Only weakly supported: the source says it has been reported in rare cases, but this could not be checked.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'cause.trisomy-13',
    kind: 'cause',
    label: { clinician: 'Trisomy 13', learner: 'Trisomy 13' },
    text: {
      clinician:
        'The main chromosomal abnormality in one series (Simchen 2002: 4 of 11 abnormal karyotypes); Bronshtein 1995 reported 2 cases of trisomy 18.',
      learner:
        'An extra copy of chromosome 13. In one study (Simchen 2002) it was the most frequent chromosome abnormality in babies with liver calcifications (4 of 11); another study reported trisomy 18.',
    },
    citations: ['simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'cause.trisomy-18',
    kind: 'cause',
    label: { clinician: 'Trisomy 18', learner: 'Trisomy 18' },
    text: {
      clinician:
        'Also reported (Simchen 2002: 1 case; Bronshtein 1995: 2 cases).',
      learner:
        'An extra copy of chromosome 18. It has also been reported with liver calcifications (1 baby in one study, 2 in another).',
    },
    citations: ['simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'cause.trisomy-21',
    kind: 'cause',
    label: { clinician: 'Trisomy 21', learner: 'Trisomy 21 (Down syndrome)' },
    text: {
      clinician:
        'Also reported (Simchen 2002: 2 cases). One of the 2 isolated-looking cases without a good outcome in that series had trisomy 21.',
      learner:
        'Down syndrome (an extra copy of chromosome 21). It has also been reported with liver calcifications (2 babies in one study). One of those babies had looked on the scan as if the calcifications were the only finding, and did not have a good outcome.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'cause.turner-45x',
    kind: 'cause',
    label: { clinician: '45,X (Turner)', learner: 'Turner syndrome (45,X)' },
    text: {
      clinician: 'Turner syndrome (45,X) has been linked (Simchen 2002).',
      learner:
        'Turner syndrome (one X chromosome instead of two) has been linked to liver calcifications in one study.',
    },
    citations: ['simchen-2002', 'droracle-2025'],
  },
  {
    id: 'cause.del-22q11-2',
    kind: 'cause',
    label: { clinician: '22q11.2 deletion', learner: '22q11.2 deletion' },
    text: {
      clinician: 'Linked by the source; not reported in its cited series.',
      learner:
        'A missing piece of chromosome 22. The source links it to liver calcifications, but the studies it cites do not report it.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'cause.del-1p36',
    kind: 'cause',
    label: { clinician: '1p36 deletion', learner: '1p36 deletion' },
    text: {
      clinician: 'Linked by the source; not reported in its cited series.',
      learner:
        'A missing piece of chromosome 1. The source links it to liver calcifications, but the studies it cites do not report it.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'cause.fetal-vascular-injury',
    kind: 'cause',
    label: {
      clinician: 'Fetal vascular injury',
      learner: 'Blood vessel damage or clots',
    },
    text: {
      clinician:
        'Fetal vascular injury can lead to dystrophic calcification in the liver; thrombotic events can cause focal hepatic necrosis and subsequent calcification.',
      learner:
        "Damage to the baby's blood vessels, or blood clots, can kill small areas of liver tissue, which then calcify.",
    },
    citations: ['droracle-2025', 'pata-2012', 'derme-2025'],
  },
  {
    id: 'cause.col4a1-col4a2',
    kind: 'cause',
    label: {
      clinician: 'COL4A1/COL4A2',
      learner: 'COL4A1/COL4A2 gene variants',
    },
    text: {
      clinician:
        'Pathogenic variants predispose to fetal vascular injury and can mimic congenital infection (pseudo-TORCH syndrome); a link to liver calcification is not verified.',
      learner:
        'Changes in the COL4A1 or COL4A2 genes can damage the baby\'s blood vessels and look like an infection ("pseudo-TORCH"). Whether they cause liver calcifications has not been verified.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'cause.alpha-thalassemia',
    kind: 'cause',
    label: { clinician: 'Alpha-thalassemia', learner: 'Alpha-thalassemia' },
    text: {
      clinician:
        'The most common hemoglobinopathy causing fetal hydrops; a cause of fetal anemia/hydrops with secondary liver change. A direct link to liver calcification is not verified.',
      learner:
        'A disorder of hemoglobin (a hemoglobinopathy), the most common one causing hydrops (fluid build-up) in the baby. It makes the baby anemic, which can change the liver; a direct link to liver calcifications has not been verified.',
    },
    citations: ['droracle-2025', 'bronshtein-1995', 'smfm-cg-7'],
  },
  {
    id: 'cause.g6pd-deficiency',
    kind: 'cause',
    label: { clinician: 'G6PD deficiency', learner: 'G6PD deficiency' },
    text: {
      clinician:
        'A less common erythrocyte enzymopathy that may lead to fetal anemia and secondary hepatic changes; liver link not verified.',
      learner:
        'A less common defect of a red blood cell enzyme (an enzymopathy). It may make the baby anemic, with changes in the liver as a consequence; the link to the liver has not been verified.',
    },
    citations: ['droracle-2025', 'bronshtein-1995', 'smfm-cg-7'],
  },
  {
    id: 'cause.pyruvate-kinase-deficiency',
    kind: 'cause',
    label: {
      clinician: 'Pyruvate kinase deficiency',
      learner: 'Pyruvate kinase deficiency',
    },
    text: {
      clinician:
        'A less common erythrocyte enzymopathy that may lead to fetal anemia and secondary hepatic changes; liver link not verified.',
      learner:
        'A less common defect of a red blood cell enzyme (an enzymopathy). It may make the baby anemic, with changes in the liver as a consequence; the link to the liver has not been verified.',
    },
    citations: ['droracle-2025', 'bronshtein-1995', 'smfm-cg-7'],
  },
  {
    id: 'cause.other-genetic-cause',
    kind: 'cause',
    label: {
      clinician: 'Other genetic syndrome',
      learner: 'Another genetic condition',
    },
    text: {
      clinician:
        'A specific genetic syndrome, suggested for example by abnormal head size: microcephaly or megalencephaly can indicate specific genetic causes.',
      learner:
        'A particular genetic condition. An unusually small or large head can point to one.',
    },
    citations: ['droracle-2025'],
  },
];

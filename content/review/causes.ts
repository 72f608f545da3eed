import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/causes.ts, by node id. */
export const causeReviews: ReviewRecords = {
  'category.infectious': { status: 'supported' },
  'category.chromosomal': { status: 'supported' },
  'category.vascular': { status: 'supported' },
  'category.hematologic': {
    status: 'corrected',
    sourceWording:
      'Alpha-thalassemia, the most common hemoglobinopathy causing fetal hydrops, can be associated with hepatic calcifications',
    evidence:
      'REVIEW.md: hydrops part supported (SMFM CG 7); liver link not verified. Present as causes of fetal anemia/hydrops with secondary liver change.',
  },
  'category.genetic': { status: 'source-only' },
  'cause.cmv': {
    status: 'corrected',
    sourceWording:
      'Cytomegalovirus (CMV) is the most frequently identified infectious cause, accounting for 12-30% of cases when specific white matter changes are present. CMV should be suspected when hepatic calcifications occur with microcephaly, sensorineural hearing loss, white matter hyperintensities, or intracranial calcifications',
    evidence:
      'REVIEW.md: the 12-30% figure is wrong (garbled; not in refs 2, 5, 6, 7; probably from postnatal white-matter imaging work, unrelated to fetal liver) and is omitted. Suspicion criteria partly supported (ISUOG 2020; ACOG PB 151): hearing loss and white-matter signal are postnatal/MRI findings, not prenatal ultrasound signs. Simchen 2002: infection 2 of 61 (1 CMV, 1 parvovirus).',
  },
  'cause.toxoplasmosis': { status: 'supported' },
  'cause.parvovirus-b19': {
    status: 'corrected',
    sourceWording:
      'Parvovirus B19 is the most commonly reported infectious cause of fetal anemia and can lead to hepatic calcifications, particularly when infection occurs before 20 weeks of gestation',
    evidence:
      'REVIEW.md: partly supported (SMFM CG 8; Enders 2010). The before-20-weeks risk is for hydrops and fetal loss, not specifically calcification.',
  },
  'cause.syphilis': {
    status: 'supported',
    evidence: 'REVIEW.md: case literature.',
  },
  'cause.varicella-zoster': {
    status: 'supported',
    evidence: 'REVIEW.md: case literature.',
  },
  'cause.herpes-simplex': {
    status: 'supported',
    evidence: 'REVIEW.md: case literature.',
  },
  'cause.rubella': {
    status: 'supported',
    evidence: 'REVIEW.md: case literature.',
  },
  'cause.zika': {
    status: 'corrected',
    sourceWording:
      'Syphilis, varicella zoster virus, herpes simplex virus, rubella, and Zika virus have all been associated with fetal hepatic calcifications',
    evidence:
      'REVIEW.md: partly. Zika fetal series report brain findings only (no liver link found): mark as weakly supported.',
  },
  'cause.coxsackie': {
    status: 'corrected',
    sourceWording: 'Coxsackie virus has been reported in rare cases',
    evidence: 'REVIEW.md: Coxsackie not verified: mark as weakly supported.',
  },
  'cause.trisomy-13': {
    status: 'corrected',
    sourceWording:
      'Trisomy 13 is the most common chromosomal abnormality associated with hepatic calcifications when additional major abnormalities are present',
    evidence:
      'REVIEW.md: overstated. Simchen: 4 of 11, "mainly trisomy 13"; Bronshtein: 2 x trisomy 18. Say "in one series (Simchen 2002)".',
  },
  'cause.trisomy-18': {
    status: 'corrected',
    sourceWording:
      'Trisomy 18 and trisomy 21 (Down syndrome) are also frequently associated',
    evidence:
      'REVIEW.md: overstated. Simchen (T21 x2, T18 x1); Bronshtein (T18 x2). Say "also reported".',
  },
  'cause.trisomy-21': {
    status: 'corrected',
    sourceWording:
      'Trisomy 18 and trisomy 21 (Down syndrome) are also frequently associated',
    evidence:
      'REVIEW.md: overstated. Simchen (T21 x2, T18 x1); Bronshtein (T18 x2). Say "also reported". Of 21 isolated cases, the 2 exceptions (one parvovirus, one trisomy 21) looked isolated on ultrasound.',
  },
  'cause.turner-45x': { status: 'supported' },
  'cause.del-22q11-2': {
    status: 'source-only',
    sourceWording:
      'Turner syndrome (45,X) and other chromosomal deletions including 22q11.2 and 1p36 have been linked',
    evidence: 'REVIEW.md: deletions not in the cited series (Simchen).',
  },
  'cause.del-1p36': {
    status: 'source-only',
    sourceWording:
      'Turner syndrome (45,X) and other chromosomal deletions including 22q11.2 and 1p36 have been linked',
    evidence: 'REVIEW.md: deletions not in the cited series (Simchen).',
  },
  'cause.fetal-vascular-injury': { status: 'supported' },
  'cause.col4a1-col4a2': {
    status: 'corrected',
    sourceWording:
      'COL4A1 and COL4A2 pathogenic variants can genetically predispose to fetal vascular injuries, mimicking congenital infection (pseudo-TORCH syndrome)',
    evidence:
      'REVIEW.md: supported as a TORCH mimic (COL4A1 case reports); liver link not verified.',
  },
  'cause.alpha-thalassemia': {
    status: 'corrected',
    sourceWording:
      'Alpha-thalassemia, the most common hemoglobinopathy causing fetal hydrops, can be associated with hepatic calcifications',
    evidence:
      'REVIEW.md: hydrops part supported (SMFM CG 7); liver link not verified. Present as a cause of fetal anemia/hydrops with secondary liver change.',
  },
  'cause.g6pd-deficiency': {
    status: 'source-only',
    evidence:
      'REVIEW.md: liver link not verified; present as a cause of fetal anemia/hydrops with secondary liver change (as the source words it).',
  },
  'cause.pyruvate-kinase-deficiency': {
    status: 'source-only',
    evidence:
      'REVIEW.md: liver link not verified; present as a cause of fetal anemia/hydrops with secondary liver change (as the source words it).',
  },
  'cause.other-genetic-cause': { status: 'source-only' },
};

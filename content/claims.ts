import type { ContentId } from './ids.ts';

/** The source's sections that hold claims. */
export type ClaimSection =
  'overview' | 'causes' | 'workup' | 'prognosis' | 'pitfalls' | 'follow-up';

interface ClaimBase {
  /** Stable id of the claim. */
  id: string;
  /** The source section the bullet is in. */
  section: ClaimSection;
  /** The source's sub-heading above the bullet. */
  subsection: string;
  /** The bullet, verbatim, without its trailing reference numbers. */
  sourceText: string;
  /** The source's reference numbers (1-8) after the bullet. */
  sourceReferences: readonly number[];
}

/** A claim the app shows (as written or corrected) in these nodes. */
export interface ShownClaim extends ClaimBase {
  shownBy: readonly ContentId[];
}

/** A claim the app does not show; the node's review record says why. */
export interface OmittedClaim extends ClaimBase {
  notShownBecause: ContentId;
}

export type Claim = ShownClaim | OmittedClaim;

/**
 * Every claim of the source, one entry per bullet of its causes, workup,
 * prognosis, pitfalls and follow-up sections, plus its opening sentence:
 * the map from the source to the nodes that show (or drop) each claim.
 */
export const claims: readonly Claim[] = [
  {
    id: 'opening',
    section: 'overview',
    subsection: 'Causes of Hepatic Calcification in the Fetus',
    sourceText:
      'Fetal hepatic calcifications are most commonly caused by congenital infections (particularly CMV, toxoplasmosis, and parvovirus B19), chromosomal abnormalities (especially trisomy 13,18, and 21), and vascular/thrombotic events, though isolated calcifications without associated abnormalities generally carry an excellent prognosis.',
    sourceReferences: [1, 2],
    shownBy: ['app.overview'],
  },
  {
    id: 'cmv-frequency',
    section: 'causes',
    subsection: 'Primary Infectious Causes',
    sourceText:
      'Cytomegalovirus (CMV) is the most frequently identified infectious cause, accounting for 12-30% of cases when specific white matter changes are present',
    sourceReferences: [1],
    notShownBecause: 'cause.cmv',
  },
  {
    id: 'cmv-suspicion',
    section: 'causes',
    subsection: 'Primary Infectious Causes',
    sourceText:
      'CMV should be suspected when hepatic calcifications occur with microcephaly, sensorineural hearing loss, white matter hyperintensities, or intracranial calcifications',
    sourceReferences: [1],
    shownBy: [
      'cause.cmv',
      'head-size.microcephaly',
      'finding.intracranial-calcifications',
    ],
  },
  {
    id: 'toxoplasmosis-findings',
    section: 'causes',
    subsection: 'Primary Infectious Causes',
    sourceText:
      'Toxoplasmosis is another major infectious cause, with fetal ultrasonographic findings including intrahepatic calcifications, ventriculomegaly, intracranial calcifications, increased placental thickness, ascites, and echogenic bowel',
    sourceReferences: [1],
    shownBy: [
      'cause.toxoplasmosis',
      'finding.ventriculomegaly',
      'finding.placental-thickening',
      'finding.ascites',
      'finding.echogenic-bowel',
    ],
  },
  {
    id: 'parvovirus-anemia',
    section: 'causes',
    subsection: 'Primary Infectious Causes',
    sourceText:
      'Parvovirus B19 is the most commonly reported infectious cause of fetal anemia and can lead to hepatic calcifications, particularly when infection occurs before 20 weeks of gestation',
    sourceReferences: [1, 3, 2],
    shownBy: ['cause.parvovirus-b19'],
  },
  {
    id: 'other-infections',
    section: 'causes',
    subsection: 'Additional Infectious Agents',
    sourceText:
      'Syphilis, varicella zoster virus, herpes simplex virus, rubella, and Zika virus have all been associated with fetal hepatic calcifications',
    sourceReferences: [1, 4],
    shownBy: [
      'cause.syphilis',
      'cause.varicella-zoster',
      'cause.herpes-simplex',
      'cause.rubella',
      'cause.zika',
    ],
  },
  {
    id: 'coxsackie',
    section: 'causes',
    subsection: 'Additional Infectious Agents',
    sourceText: 'Coxsackie virus has been reported in rare cases',
    sourceReferences: [1],
    shownBy: ['cause.coxsackie'],
  },
  {
    id: 'mechanism',
    section: 'causes',
    subsection: 'Additional Infectious Agents',
    sourceText:
      'The mechanism involves direct damage to the fetal intestinal/hepatic wall with subsequent paralytic ileus, intestinal perforation resulting in meconium peritonitis with focal calcification, or ascites secondary to hydrops',
    sourceReferences: [1],
    shownBy: ['pitfall.meconium-peritonitis-not-parenchymal'],
  },
  {
    id: 'trisomy-13',
    section: 'causes',
    subsection: 'Specific Aneuploidies',
    sourceText:
      'Trisomy 13 is the most common chromosomal abnormality associated with hepatic calcifications when additional major abnormalities are present',
    sourceReferences: [2],
    shownBy: ['cause.trisomy-13'],
  },
  {
    id: 'trisomy-18-21',
    section: 'causes',
    subsection: 'Specific Aneuploidies',
    sourceText:
      'Trisomy 18 and trisomy 21 (Down syndrome) are also frequently associated',
    sourceReferences: [5, 6, 2],
    shownBy: ['cause.trisomy-18', 'cause.trisomy-21'],
  },
  {
    id: 'turner-deletions',
    section: 'causes',
    subsection: 'Specific Aneuploidies',
    sourceText:
      'Turner syndrome (45,X) and other chromosomal deletions including 22q11.2 and 1p36 have been linked',
    sourceReferences: [1, 2],
    shownBy: ['cause.turner-45x', 'cause.del-22q11-2', 'cause.del-1p36'],
  },
  {
    id: 'karyotype-rate',
    section: 'causes',
    subsection: 'Specific Aneuploidies',
    sourceText:
      'Approximately 18% of fetuses with hepatic calcifications have abnormal karyotypes, with 10 of 11 having other ultrasound abnormalities',
    sourceReferences: [2],
    shownBy: ['category.chromosomal', 'prognosis.associated', 'phase.genetics'],
  },
  {
    id: 'vascular-injury',
    section: 'causes',
    subsection: 'Mechanisms of Calcification',
    sourceText:
      'Fetal vascular injuries can lead to dystrophic calcification in the liver',
    sourceReferences: [1],
    shownBy: ['cause.fetal-vascular-injury', 'category.vascular'],
  },
  {
    id: 'col4a1-col4a2',
    section: 'causes',
    subsection: 'Mechanisms of Calcification',
    sourceText:
      'COL4A1 and COL4A2 pathogenic variants can genetically predispose to fetal vascular injuries, mimicking congenital infection (pseudo-TORCH syndrome)',
    sourceReferences: [1],
    shownBy: ['cause.col4a1-col4a2'],
  },
  {
    id: 'thrombotic-events',
    section: 'causes',
    subsection: 'Mechanisms of Calcification',
    sourceText:
      'Thrombotic events during fetal development can result in focal areas of hepatic necrosis and subsequent calcification',
    sourceReferences: [7, 6],
    shownBy: ['cause.fetal-vascular-injury', 'category.vascular'],
  },
  {
    id: 'alpha-thalassemia',
    section: 'causes',
    subsection: 'Hematologic Disorders',
    sourceText:
      'Alpha-thalassemia, the most common hemoglobinopathy causing fetal hydrops, can be associated with hepatic calcifications',
    sourceReferences: [1, 5],
    shownBy: ['cause.alpha-thalassemia', 'category.hematologic'],
  },
  {
    id: 'enzymopathies',
    section: 'causes',
    subsection: 'Hematologic Disorders',
    sourceText:
      'G6PD deficiency and pyruvate kinase deficiency are less common erythrocyte enzymopathies that may lead to fetal anemia and secondary hepatic changes',
    sourceReferences: [1, 5],
    shownBy: ['cause.g6pd-deficiency', 'cause.pyruvate-kinase-deficiency'],
  },
  {
    id: 'detailed-ultrasound',
    section: 'workup',
    subsection: 'Initial Evaluation',
    sourceText:
      'Perform detailed fetal ultrasound examination for associated abnormalities including intracranial calcifications, ventriculomegaly, cardiac defects, ascites, and echogenic bowel',
    sourceReferences: [1, 2],
    shownBy: ['test.detailed-ultrasound', 'question.findings'],
  },
  {
    id: 'head-circumference',
    section: 'workup',
    subsection: 'Initial Evaluation',
    sourceText:
      'Measure head circumference, as microcephaly or megalencephaly can indicate specific genetic causes',
    sourceReferences: [1],
    shownBy: [
      'test.head-circumference',
      'question.head-size',
      'cause.other-genetic-cause',
    ],
  },
  {
    id: 'storch-serology',
    section: 'workup',
    subsection: 'Maternal Serologic Testing',
    sourceText:
      'STORCH panel (syphilis, toxoplasmosis, rubella, CMV, herpes) with IgG and IgM titers',
    sourceReferences: [1, 7, 2],
    shownBy: ['test.storch-serology', 'question.storch'],
  },
  {
    id: 'cmv-avidity-blood-spot',
    section: 'workup',
    subsection: 'Maternal Serologic Testing',
    sourceText:
      'For CMV: obtain IgG avidity testing if IgM positive; retrieve Guthrie neonatal blood spot for CMV PCR if available',
    sourceReferences: [1],
    shownBy: [
      'test.cmv-igg-avidity',
      'question.cmv-avidity',
      'test.newborn-blood-spot-cmv-pcr',
      'pitfall.newborn-blood-spot-postnatal',
    ],
  },
  {
    id: 'parvovirus-serology',
    section: 'workup',
    subsection: 'Maternal Serologic Testing',
    sourceText: 'Parvovirus B19 serology',
    sourceReferences: [3, 2],
    shownBy: ['test.parvovirus-serology', 'question.parvovirus'],
  },
  {
    id: 'microarray',
    section: 'workup',
    subsection: 'Genetic Testing',
    sourceText: 'Chromosomal microarray (CMA) as first-tier genomic analysis',
    sourceReferences: [1, 2],
    shownBy: ['test.chromosomal-microarray', 'question.microarray'],
  },
  {
    id: 'karyotype',
    section: 'workup',
    subsection: 'Genetic Testing',
    sourceText:
      'Amniocentesis for fetal karyotype, particularly if additional abnormalities are present',
    sourceReferences: [6, 2],
    shownBy: ['test.karyotype', 'question.karyotype'],
  },
  {
    id: 'cf-screening',
    section: 'workup',
    subsection: 'Genetic Testing',
    sourceText:
      'Consider parental cystic fibrosis carrier screening if echogenic bowel is also present',
    sourceReferences: [1, 7],
    shownBy: ['test.cf-carrier-screening', 'question.cf-screening'],
  },
  {
    id: 'cmv-pcr',
    section: 'workup',
    subsection: 'Specialized Testing When Indicated',
    sourceText:
      'Amniocentesis with PCR for CMV DNA if primary infection suspected (most sensitive after 21 weeks and >6 weeks from maternal infection)',
    sourceReferences: [1],
    shownBy: [
      'test.amniotic-fluid-cmv-pcr',
      'question.cmv-pcr',
      'question.infection-timing',
      'pitfall.early-negative-cmv-pcr',
    ],
  },
  {
    id: 'mca-doppler',
    section: 'workup',
    subsection: 'Specialized Testing When Indicated',
    sourceText:
      'Middle cerebral artery peak systolic velocity (MCA-PSV) Doppler if parvovirus infection confirmed, to monitor for fetal anemia',
    sourceReferences: [3],
    shownBy: ['test.mca-psv-doppler', 'question.mca-doppler'],
  },
  {
    id: 'fetal-mri',
    section: 'workup',
    subsection: 'Specialized Testing When Indicated',
    sourceText:
      'Fetal MRI for detailed evaluation of brain and liver parenchyma',
    sourceReferences: [7],
    shownBy: ['test.fetal-mri', 'question.fetal-mri'],
  },
  {
    id: 'isolated-prognosis',
    section: 'prognosis',
    subsection: 'Isolated Hepatic Calcifications',
    sourceText:
      'When hepatic calcifications are isolated (no associated abnormalities, normal karyotype, negative infection workup), the prognosis is excellent',
    sourceReferences: [7, 6, 8, 2],
    shownBy: ['prognosis.isolated', 'classification.isolated'],
  },
  {
    id: 'isolated-series',
    section: 'prognosis',
    subsection: 'Isolated Hepatic Calcifications',
    sourceText:
      'In one series of 21 isolated cases, 19 infants had good outcomes after aneuploidy and infection were excluded',
    sourceReferences: [2],
    shownBy: ['prognosis.isolated', 'classification.undetermined'],
  },
  {
    id: 'incidence',
    section: 'prognosis',
    subsection: 'Isolated Hepatic Calcifications',
    sourceText:
      'The incidence of isolated hepatic calcifications is approximately 1 in 1,750 to 1 in 2,000 pregnancies',
    sourceReferences: [6],
    shownBy: ['app.incidence'],
  },
  {
    id: 'associated-risk',
    section: 'prognosis',
    subsection: 'Associated Abnormalities',
    sourceText:
      'When additional major abnormalities are present, there is significant risk for chromosomal abnormalities and poor outcomes',
    sourceReferences: [2],
    shownBy: ['prognosis.associated', 'classification.associated'],
  },
  {
    id: 'associated-series',
    section: 'prognosis',
    subsection: 'Associated Abnormalities',
    sourceText:
      'In one series, 40 of 61 cases had additional fetal abnormalities, with 18 pregnancy terminations, one intrauterine fetal death, one neonatal death, and two infants with neurologic sequelae',
    sourceReferences: [2],
    shownBy: ['prognosis.associated'],
  },
  {
    id: 'pitfall-isolated',
    section: 'pitfalls',
    subsection: 'Critical Pitfalls to Avoid',
    sourceText:
      'Do not assume isolated hepatic calcifications indicate poor prognosis without completing full infectious and genetic workup',
    sourceReferences: [8, 2],
    shownBy: ['pitfall.isolated-prognosis-needs-full-workup'],
  },
  {
    id: 'pitfall-maternal-symptoms',
    section: 'pitfalls',
    subsection: 'Critical Pitfalls to Avoid',
    sourceText:
      'Do not rely solely on maternal symptom history for CMV, as symptomatic maternal infection is uncommon',
    sourceReferences: [1],
    shownBy: ['pitfall.maternal-symptoms-cmv'],
  },
  {
    id: 'pitfall-toxoplasmosis-microcephaly',
    section: 'pitfalls',
    subsection: 'Critical Pitfalls to Avoid',
    sourceText:
      'Microcephaly has not been reported in fetal ultrasonographic findings of congenital toxoplasmosis, possibly due to associated ventriculomegaly',
    sourceReferences: [1],
    shownBy: ['pitfall.toxoplasmosis-microcephaly', 'head-size.microcephaly'],
  },
  {
    id: 'pitfall-cmv-serology',
    section: 'pitfalls',
    subsection: 'Critical Pitfalls to Avoid',
    sourceText:
      'Negative serologic results for both IgM and IgG rule out congenital CMV infection, but other titer patterns require further evaluation',
    sourceReferences: [1],
    shownBy: ['pitfall.cmv-serology-patterns', 'serology.cmv-igg'],
  },
  {
    id: 'serial-ultrasound',
    section: 'follow-up',
    subsection: 'Follow-up',
    sourceText:
      'Serial ultrasound monitoring throughout pregnancy for development of additional abnormalities',
    sourceReferences: [7, 2],
    shownBy: ['test.serial-ultrasound'],
  },
  {
    id: 'postnatal-imaging',
    section: 'follow-up',
    subsection: 'Follow-up',
    sourceText:
      'Postnatal examination and imaging to confirm resolution or persistence of calcifications',
    sourceReferences: [7, 6, 8],
    shownBy: ['test.postnatal-imaging'],
  },
  {
    id: 'neurodevelopmental-follow-up',
    section: 'follow-up',
    subsection: 'Follow-up',
    sourceText:
      'Long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection was confirmed',
    sourceReferences: [1, 2],
    shownBy: ['test.neurodevelopmental-follow-up'],
  },
];

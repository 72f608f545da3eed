import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/reasons.ts, by node id. */
export const reasonReviews: ReviewRecords = {
  'reason.result-recorded': { status: 'supported' },
  'reason.result-pending': { status: 'supported' },
  'reason.why-detailed-ultrasound': { status: 'supported' },
  'reason.why-head-circumference': { status: 'source-only' },
  'reason.why-storch': { status: 'supported' },
  'reason.why-avidity': { status: 'supported' },
  'reason.avidity-not-indicated': { status: 'supported' },
  'reason.why-parvovirus': { status: 'supported' },
  'reason.why-microarray': { status: 'supported' },
  'reason.why-karyotype': { status: 'supported' },
  'reason.why-cf': { status: 'supported' },
  'reason.cf-not-indicated': { status: 'supported' },
  'reason.cmv-pcr-not-indicated': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative; CMV IgM positive, IgG positive, intermediate avidity -> offer amniotic-fluid CMV PCR (fetal infection not excluded) (SMFM Consult 39; ISUOG 2020).',
  },
  'reason.cmv-pcr-ready': { status: 'supported' },
  'reason.cmv-pcr-too-early': { status: 'supported' },
  'reason.cmv-pcr-timing-unknown': { status: 'supported' },
  'reason.cmv-pcr-when': { status: 'supported' },
  'reason.why-mca-parvovirus': { status: 'supported' },
  'reason.why-mca-hydrops': { status: 'supported' },
  'reason.mca-not-indicated': { status: 'supported' },
  'reason.why-mri': { status: 'supported' },
  'reason.blood-spot-postnatal': {
    status: 'corrected',
    sourceWording:
      'For CMV: obtain IgG avidity testing if IgM positive; retrieve Guthrie neonatal blood spot for CMV PCR if available',
    evidence:
      'REVIEW.md: misplaced. Newborn dried-blood-spot testing is retrospective and postnatal; moved to postnatal follow-up, never a prenatal step.',
  },
  'reason.why-serial-ultrasound': { status: 'supported' },
  'reason.why-postnatal-imaging': { status: 'supported' },
  'reason.why-neurodevelopmental': { status: 'supported' },
  'reason.neurodevelopmental-infection': { status: 'supported' },
  'reason.serology-negative': { status: 'supported' },
  'reason.syphilis-negative': { status: 'supported' },
  'reason.syphilis-positive': { status: 'source-only' },
  'reason.cmv-negative-excludes': { status: 'supported' },
  'reason.cmv-primary': { status: 'supported' },
  'reason.cmv-igm-avidity-open': { status: 'supported' },
  'reason.cmv-igg-only': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative -> past or non-primary infection, which maternal serology cannot diagnose: fetal infection is NOT excluded (SMFM Consult 39; ISUOG 2020).',
  },
  'reason.igm-positive': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Toxoplasma IgM positive (and CMV IgM positive) -> IgM alone does not establish a recent infection: confirm; applied alike to every agent so that no infection is called supported on IgM alone (ACOG PB 151; SMFM Consult 39).',
  },
  'reason.serology-open': { status: 'supported' },
  'reason.cmv-pcr-positive': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Amniotic-fluid CMV PCR positive -> fetal (congenital) CMV infection, whatever the maternal serology pattern (SMFM Consult 39).',
  },
  'reason.cmv-pcr-negative': { status: 'supported' },
  'reason.cmv-pattern': {
    status: 'corrected',
    sourceWording:
      'CMV should be suspected when hepatic calcifications occur with microcephaly, sensorineural hearing loss, white matter hyperintensities, or intracranial calcifications',
    evidence:
      'REVIEW.md: partly supported (ISUOG 2020; ACOG PB 151). Hearing loss and white-matter signal are postnatal/MRI findings, not prenatal ultrasound signs, so only the ultrasound signs are used here.',
  },
  'reason.toxo-pattern': { status: 'supported' },
  'reason.toxo-microcephaly': {
    status: 'corrected',
    sourceWording:
      'Microcephaly has not been reported in fetal ultrasonographic findings of congenital toxoplasmosis, possibly due to associated ventriculomegaly',
    evidence:
      "REVIEW.md: overstated. Hohlfeld 1991: not observed in 89 cases; say 'not observed in a large series'. The ventriculomegaly explanation is speculation and is not shown.",
  },
  'reason.parvo-anemia': { status: 'supported' },
  'reason.not-tested': { status: 'source-only' },
  'reason.weakly-supported': {
    status: 'corrected',
    sourceWording:
      'Syphilis, varicella zoster virus, herpes simplex virus, rubella, and Zika virus have all been associated with fetal hepatic calcifications; Coxsackie virus has been reported in rare cases',
    evidence:
      'REVIEW.md: partly. Zika fetal series report brain findings only (no liver link found); Coxsackie not verified: both marked weakly supported.',
  },
  'reason.chromosomal-found': { status: 'supported' },
  'reason.chromosomal-other-found': { status: 'supported' },
  'reason.chromosomal-unspecified': { status: 'supported' },
  'reason.chromosomal-cma-normal': { status: 'supported' },
  'reason.chromosomal-karyotype-normal': { status: 'supported' },
  'reason.chromosomal-open': { status: 'supported' },
  'reason.chromosomal-associated': { status: 'supported' },
  'reason.vascular-open': { status: 'supported' },
  'reason.pseudo-torch': { status: 'supported' },
  'reason.col4a-open': {
    status: 'corrected',
    sourceWording:
      'COL4A1 and COL4A2 pathogenic variants can genetically predispose to fetal vascular injuries, mimicking congenital infection (pseudo-TORCH syndrome)',
    evidence:
      'REVIEW.md: supported as a TORCH mimic (COL4A1 case reports); the liver link is not verified.',
  },
  'reason.anemia-signs': { status: 'supported' },
  'reason.no-anemia-signs': { status: 'supported' },
  'reason.head-size-genetic': { status: 'source-only' },
  'reason.head-size-not-suggestive': { status: 'source-only' },
  'reason.class-finding': { status: 'supported' },
  'reason.class-head-size': { status: 'source-only' },
  'reason.class-genetics': { status: 'supported' },
  'reason.class-infection': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Classification and prognosis -> a confirmed infection with no other finding is "not isolated: cause found" (Simchen 2002 (what "isolated" means)).',
  },
  'reason.class-imaging': { status: 'supported' },
  'reason.class-isolated': { status: 'supported' },
  'reason.class-open': { status: 'supported' },
  'reason.past-infection': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Toxoplasma, rubella or parvovirus IgG positive with IgM negative; HSV IgG positive with IgM negative -> past infection or immunity: a new infection in this pregnancy is not supported (ACOG PB 151).',
  },
  'reason.parvo-recent': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Parvovirus B19 IgM positive -> recent infection: monitor with MCA-PSV Doppler (serial, for weeks after the infection); the risk of hydrops and fetal loss is highest when infection is before 20 weeks (ACOG PB 151; SMFM CG 8; Enders 2010).',
  },
  'reason.toxo-igm-confirm': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Toxoplasma IgM positive -> confirm at a reference laboratory (e.g. IgG avidity) before calling the infection recent (ACOG PB 151).',
  },
  'reason.toxo-igm-igg-negative': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Toxoplasma IgM positive with IgG negative -> repeat in 2-3 weeks (ACOG PB 151).',
  },
  'reason.serology-equivocal': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Equivocal (borderline) serology -> not excluded: repeat the test (general laboratory practice).',
  },
  'reason.cmv-seroconversion': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV seroconversion (IgG appears in a woman known to be IgG negative) -> primary infection (SMFM Consult 39).',
  },
  'reason.cmv-igm-igg-negative': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgM positive, IgG negative -> very early primary infection or a false-positive IgM: repeat CMV IgG and IgM in 2-3 weeks; IgG avidity cannot be read without IgG (SMFM Consult 39).',
  },
  'reason.cmv-indeterminate': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgM positive, IgG positive, intermediate avidity -> indeterminate: primary infection neither shown nor excluded; with fetal signs suggestive of CMV, offer amniotic-fluid CMV PCR (SMFM Consult 39).',
  },
  'reason.cmv-pcr-negative-reliable': { status: 'supported' },
  'reason.cmv-pcr-early-negative': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Amniotic-fluid CMV PCR negative, taken before 21 weeks or within 6 weeks of maternal infection -> not reassuring: repeat once both conditions hold (give the date) (SMFM Consult 39).',
  },
  'reason.cmv-pcr-offer-signs': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative (and intermediate avidity) -> with fetal signs suggestive of CMV beyond the liver (intracranial calcifications, ventriculomegaly, microcephaly, echogenic bowel), offer amniotic-fluid CMV PCR; when amniocentesis is done for genetic testing, CMV PCR can be run on the same sample (SMFM Consult 39; ISUOG 2020).',
  },
  'reason.cmv-pcr-offer-same-sample': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative -> when amniocentesis is done for genetic testing, CMV PCR can be run on the same sample (SMFM Consult 39; ISUOG 2020).',
  },
  'reason.avidity-needs-igg': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgM positive, IgG negative -> IgG avidity cannot be read without IgG; repeat CMV IgG and IgM in 2-3 weeks (SMFM Consult 39).',
  },
  'reason.avidity-seroconversion': { status: 'supported' },
  'reason.repeat-in-2-3-weeks': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV or toxoplasma IgM positive with IgG negative -> repeat in 2-3 weeks (SMFM Consult 39; ACOG PB 151).',
  },
  'reason.repeat-now': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Equivocal (borderline) serology -> not excluded: repeat the test (general laboratory practice).',
  },
  'reason.mca-abnormal': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: MCA-PSV abnormal (above 1.5 MoM) -> suggests fetal anemia, with or without hydrops or parvovirus: the finding is not isolated; fetal anemia causes move up the differential; urgent referral to a fetal medicine centre able to do fetal blood sampling and transfusion (SMFM CG 8).',
  },
  'reason.class-anemia': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: MCA-PSV abnormal (above 1.5 MoM) -> the finding is not isolated (SMFM CG 8).',
  },
  'reason.class-infection-open': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Classification and prognosis -> no "negative infection workup" while any infection is supported or not excluded by a positive test (Simchen 2002 (what "isolated" means)).',
  },
};

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
  'reason.storch-missing': { status: 'supported' },
  'reason.karyotype-figure': {
    status: 'supported',
    evidence:
      'REVIEW.md: ~18% abnormal karyotype; 10 of 11 had other ultrasound abnormalities: supported (Simchen).',
  },
  'reason.avidity-recorded-not-read': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgM positive, IgG negative -> IgG avidity cannot be read without IgG; and REVIEW.md claims: CMV IgG avidity if IgM positive, primary infection = IgM+ with IgG+ and low avidity (SMFM Consult 39). A recorded avidity is interpreted, as not readable.',
  },
  'reason.cmv-pcr-signs-avidity-open': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: CMV IgG positive, IgM negative; CMV IgM positive, IgG positive, intermediate avidity -> with fetal signs suggestive of CMV, offer amniotic-fluid CMV PCR (SMFM Consult 39; ISUOG 2020): offered whatever the avidity shows.',
  },
  'reason.cf-carrier-parent': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parental CF carrier screening abnormal (with echogenic bowel) -> a carrier parent (SMFM Consult 57; ACOG CO 691).',
  },
  'reason.mri-offered': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Fetal MRI -> "when indicated" (the source\'s section): offered with intracranial or other structural findings, or a supported infection (the source; Derme 2025).',
  },
  'reason.mri-optional': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Fetal MRI -> optional (not "recommended now") in an isolated finding with a negative workup (the source; Derme 2025).',
  },
  'reason.head-size-not-measured': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: A result sent but not back ("pending") -> not done yet: the cause it would exclude stays open (general principle); an unmeasured head size is never reassuring.',
  },
  'reason.class-awaited': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: A result sent but not back ("pending") -> not done yet: the summary shows it as awaited, never as done (general principle).',
  },
  'reason.syphilis-pattern': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Syphilis serology positive -> fetal signs of congenital syphilis include hepatomegaly, ascites, hydrops and a thick placenta (CDC STI 2021).',
  },
  'reason.result-next': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> is always interpreted (general principle): each recorded result names what follows it (third review: some results led nowhere).',
  },
  'reason.result-nothing-follows': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> is always interpreted (general principle): a result that leaves no step open says so plainly.',
  },
  'reason.counselling-cause': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> a confirmed chromosomal abnormality: the outlook is that of the abnormality, given by specialist counselling; a confirmed infection: the outlook depends on the infection and its fetal signs (specialist counselling) (Simchen 2002; SMFM CG 8). The source: amniocentesis and pregnancy-management decisions need specialist counselling.',
  },
  'reason.settle-by': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> is always interpreted: each live cause names the test that would settle it, with its status and timing (general principle).',
  },
  'reason.settle-none': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> is always interpreted: a live cause no test of this workup settles says so plainly (general principle).',
  },
  'reason.settle-laboratory': {
    status: 'supported',
    evidence:
      'REVIEW.md, Patterns the source does not cover: an IgM alone is not established; ACOG PB 151 (general serology). The source gives no rule to confirm it.',
  },
  'reason.settle-chromosomal-report': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Any recorded test result -> is always interpreted: an abnormal chromosomal result whose abnormality is not recorded leaves every chromosomal cause open until the report names it (general principle).',
  },
  'reason.prognosis-anemia': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> names the finding that drives it. Suspected fetal anemia: urgent, and severe anemia can be treated by intrauterine transfusion (SMFM CG 8); suspected anemia = MCA-PSV above 1.5 MoM or hydrops.',
  },
  'reason.prognosis-chromosomal': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> a confirmed chromosomal abnormality: the outlook is that of the abnormality, given by specialist counselling; never the "risk of chromosomal abnormalities" wording once one is confirmed (Simchen 2002).',
  },
  'reason.prognosis-chromosomal-unknown': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> a confirmed chromosomal abnormality: the outlook is that of the abnormality, given by specialist counselling (Simchen 2002); here the abnormality is not yet named.',
  },
  'reason.prognosis-infection': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> a confirmed infection: the outlook depends on the infection and its fetal signs (specialist counselling) (Simchen 2002); the source: long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection was confirmed.',
  },
  'reason.prognosis-associated-karyotype-normal': {
    status: 'editorial-rule',
    evidence:
      "Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Prognosis -> not the 18% karyotype figure once the karyotype is normal (Simchen 2002); the 40 of 61 outcomes are Simchen's, as written.",
  },
  'reason.newborn-cmv-testing': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Newborn CMV testing -> with a supported or not-excluded CMV infection, the newborn is tested by urine or saliva CMV PCR in the first 3 weeks of life (after 3 weeks a positive result cannot tell congenital from postnatal infection); the dried blood spot (Guthrie card) is the retrospective test when that window was missed; both are postnatal follow-up steps, never "not indicated" beside a follow-up line that recommends them (Rawlinson 2017).',
  },
  'reason.timing-newborn-window': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Newborn CMV testing -> urine or saliva CMV PCR in the first 3 weeks of life (Rawlinson 2017); After-birth steps -> shown as planned "after birth" (the source\'s Follow-up section).',
  },
  'reason.timing-after-birth': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: After-birth steps -> postnatal examination and imaging, newborn testing and neurodevelopmental follow-up are shown as planned "after birth", never as "recommended now" during the pregnancy (the source\'s Follow-up section).',
  },
  'reason.cmv-no-antenatal-window': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: CMV: no antenatal window left -> when a primary infection is suspected or confirmed and the PCR window opens at 37 weeks or later (late infection), or the pregnancy has ended: no amniocentesis; test the newborn instead (urine or saliva CMV PCR in the first 3 weeks of life) (Rawlinson 2017); Timing given as a date -> a window that opens at 37 weeks or later is not an antenatal plan (SMFM Consult 39).',
  },
  'reason.mca-serial': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parvovirus B19: recent infection -> MCA-PSV Doppler is serial: every 1-2 weeks for 8-12 weeks after the infection. One normal result does not end the monitoring; the next check is due. An abnormal result (above 1.5 MoM) or hydrops means urgent referral (ACOG PB 151; SMFM CG 8).',
  },
  'reason.mca-serial-when': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parvovirus B19: recent infection -> every 1-2 weeks for 8-12 weeks after the infection; the next check is due (ACOG PB 151; SMFM CG 8); Timing given as a date (general principle). The next check is dated 1 week after the last (the shorter interval), the monitoring until 12 weeks (the longer period) after the infection when its time is known, else after the first positive parvovirus IgM.',
  },
  'reason.mca-monitoring-over': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parvovirus B19: recent infection -> every 1-2 weeks for 8-12 weeks after the infection (ACOG PB 151; SMFM CG 8); Timing given as a date -> a window that opens at 37 weeks or later is not an antenatal plan (general principle).',
  },
  'reason.repeat-from': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Serology to repeat -> "repeat in 2-3 weeks" (CMV IgM+/IgG-, toxoplasma IgM+/IgG-, equivocal results) is a dated follow-up step (ACOG PB 151; SMFM Consult 39); dated from when the sample was taken.',
  },
  'reason.repeat-no-antenatal-window': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Timing given as a date -> a window that opens at 37 weeks or later is not an antenatal plan (general principle); Serology to repeat -> a dated follow-up step (ACOG PB 151; SMFM Consult 39). The source: management decisions need specialist counselling.',
  },
};

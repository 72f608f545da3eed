import type { ContentNodeInput } from '../schema.ts';

/**
 * Reason templates: the rules (machines/rules) pick one and fill its
 * {placeholders} from the answers. Each carries its citations.
 *
 * The reason ids are the ids of these nodes: `ReasonId` (and so the
 * `reason.*` part of `ContentId`) is derived from them, so a new template is
 * a new node here, and nothing else.
 */
export const reasonNodes = [
  {
    id: 'reason.result-recorded',
    kind: 'reason',
    label: { clinician: 'Result recorded', learner: 'Result recorded' },
    text: {
      clinician: 'Result: {result}.',
      learner: 'The result was: {result}.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.result-pending',
    kind: 'reason',
    label: { clinician: 'Result pending', learner: 'Result pending' },
    text: {
      clinician: 'Sent; result pending. Follow it up: {why}',
      learner:
        'The test has been done but the result is not back yet. Why it matters: {why}',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.why-detailed-ultrasound',
    kind: 'reason',
    label: { clinician: 'Detailed ultrasound', learner: 'Detailed ultrasound' },
    text: {
      clinician:
        'Detailed fetal ultrasound for associated abnormalities: intracranial calcifications, ventriculomegaly, cardiac defects, ascites, echogenic bowel.',
      learner:
        'A detailed scan looks for other problems in the baby besides the liver calcifications, such as calcium spots in the brain, enlarged brain ventricles, heart defects, fluid in the belly or bright bowel.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.why-head-circumference',
    kind: 'reason',
    label: { clinician: 'Head circumference', learner: 'Head circumference' },
    text: {
      clinician:
        'Measure head circumference: microcephaly or megalencephaly can indicate specific genetic causes.',
      learner:
        "Measuring the baby's head matters: a head that is too small (microcephaly) or too large (megalencephaly) can point to particular genetic causes.",
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.why-storch',
    kind: 'reason',
    label: { clinician: 'STORCH serology', learner: 'STORCH serology' },
    text: {
      clinician:
        'STORCH serology (syphilis, toxoplasmosis, rubella, CMV, herpes; IgG and IgM) is part of the infection workup.',
      learner:
        'Blood tests of the mother for infections that can affect the baby (syphilis, toxoplasmosis, rubella, CMV, herpes) are part of the workup.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.why-avidity',
    kind: 'reason',
    label: { clinician: 'CMV IgG avidity', learner: 'CMV IgG avidity' },
    text: {
      clinician:
        'CMV IgM positive: IgG avidity testing. Primary infection = seroconversion, or IgM positive with IgG positive and low avidity.',
      learner:
        "The mother's CMV IgM test is positive. An avidity test helps tell a new (primary) infection, shown by low avidity, from other patterns.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.avidity-not-indicated',
    kind: 'reason',
    label: {
      clinician: 'Avidity not indicated',
      learner: 'Avidity not indicated',
    },
    text: {
      clinician:
        'Only when CMV IgM and IgG are both positive (CMV IgM: {cmvIgm}; IgG: {cmvIgg}).',
      learner:
        "Only needed when the mother's CMV IgM and IgG tests are both positive (here: IgM {cmvIgm}, IgG {cmvIgg}).",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.why-parvovirus',
    kind: 'reason',
    label: { clinician: 'Parvovirus serology', learner: 'Parvovirus serology' },
    text: {
      clinician:
        'Parvovirus B19 serology (IgG and IgM) is part of the infection workup.',
      learner:
        'A blood test of the mother for parvovirus B19 is part of the infection workup.',
    },
    citations: ['simchen-2002', 'praxis-parvovirus-2026'],
  },
  {
    id: 'reason.why-microarray',
    kind: 'reason',
    label: {
      clinician: 'Chromosomal microarray',
      learner: 'Chromosomal microarray',
    },
    text: {
      clinician:
        'Chromosomal microarray as the first-tier genomic test (supported when structural anomalies are present).',
      learner:
        "A chromosomal microarray is the first-line genetic test of the baby's chromosomes.",
    },
    citations: ['droracle-2025', 'simchen-2002', 'acog-co-682', 'smfm-cs-41'],
  },
  {
    id: 'reason.why-karyotype',
    kind: 'reason',
    label: { clinician: 'Karyotype', learner: 'Karyotype' },
    text: {
      clinician:
        'Amniocentesis for fetal karyotype, particularly with additional abnormalities.',
      learner:
        "A karyotype counts the baby's chromosomes from a sample of the fluid around the baby (amniocentesis), especially when the scan shows other problems.",
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.why-cf',
    kind: 'reason',
    label: {
      clinician: 'CF carrier screening',
      learner: 'CF carrier screening',
    },
    text: {
      clinician:
        'Echogenic bowel is present: consider parental cystic fibrosis carrier screening.',
      learner:
        'The bowel looks bright on the scan, so testing both parents for cystic fibrosis carrier status is worth considering.',
    },
    citations: ['droracle-2025', 'pata-2012', 'smfm-cs-57'],
  },
  {
    id: 'reason.cf-not-indicated',
    kind: 'reason',
    label: {
      clinician: 'CF screening not indicated',
      learner: 'CF screening not indicated',
    },
    text: {
      clinician: 'Only when echogenic bowel is also present.',
      learner:
        'Only needed when the bowel also looks bright (echogenic) on the scan.',
    },
    citations: ['droracle-2025', 'smfm-cs-57'],
  },
  {
    id: 'reason.cmv-pcr-not-indicated',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR not indicated yet',
      learner: 'CMV PCR not indicated yet',
    },
    text: {
      clinician:
        'Not indicated by the CMV serology so far: offered when primary infection is suspected, or when maternal serology leaves fetal infection open (IgG positive with IgM negative, or IgM and IgG positive with intermediate or high avidity). Complete the CMV serology first.',
      learner:
        "Not needed on the CMV blood tests so far. The test on the fluid around the baby is offered when a new CMV infection is suspected, or when the mother's tests cannot rule out infection of the baby. The CMV blood tests come first.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-ready',
    kind: 'reason',
    label: { clinician: 'CMV PCR timing met', learner: 'CMV PCR timing met' },
    text: {
      clinician:
        'At {ga} of pregnancy, {weeks} since maternal infection: both conditions for the most sensitive test are met (21 weeks or more AND more than 6 weeks after maternal infection).',
      learner:
        'At {ga} of pregnancy, {weeks} after the infection, testing the fluid around the baby for CMV is at its most sensitive: both timing conditions are met (at least 21 weeks of pregnancy and more than 6 weeks since the infection).',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-too-early',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR not yet optimal',
      learner: 'CMV PCR not yet optimal',
    },
    text: {
      clinician:
        'Not yet optimal at {ga} of pregnancy, {weeks} since maternal infection: amniotic fluid CMV PCR is most sensitive only at 21 weeks or more AND more than 6 weeks after maternal infection; an earlier negative PCR may be falsely reassuring.',
      learner:
        'Too early: at {ga} of pregnancy, {weeks} after the infection, the test on the fluid around the baby can miss the virus. It is most sensitive from 21 weeks of pregnancy AND more than 6 weeks after the infection; a negative result before then may be falsely reassuring.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-timing-unknown',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR timing unknown',
      learner: 'CMV PCR timing unknown',
    },
    text: {
      clinician:
        'Primary CMV infection suspected but the time since maternal infection is unknown: amniotic fluid CMV PCR is most sensitive only at 21 weeks or more AND more than 6 weeks after maternal infection; time it accordingly.',
      learner:
        'A new CMV infection is suspected but when it happened is unknown. The test on the fluid around the baby is most sensitive from 21 weeks of pregnancy AND more than 6 weeks after the infection, so it should be timed with that in mind.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-when',
    kind: 'reason',
    label: { clinician: 'CMV PCR timing', learner: 'CMV PCR timing' },
    text: {
      clinician:
        'From {week} of pregnancy: 21 weeks or more AND more than 6 weeks after the maternal infection.',
      learner:
        'From {week} of pregnancy: at least 21 weeks AND more than 6 weeks after the infection.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.why-mca-parvovirus',
    kind: 'reason',
    label: {
      clinician: 'MCA-PSV for parvovirus',
      learner: 'MCA-PSV for parvovirus',
    },
    text: {
      clinician:
        'Parvovirus infection confirmed (IgM positive): MCA peak systolic velocity Doppler to monitor for fetal anemia (above 1.5 MoM suggests anemia).',
      learner:
        "Parvovirus infection is confirmed. A Doppler scan of a blood vessel in the baby's brain (MCA-PSV) checks for anemia; a value above 1.5 MoM suggests anemia.",
    },
    citations: ['praxis-parvovirus-2026', 'smfm-cg-8', 'acog-pb-151'],
  },
  {
    id: 'reason.why-mca-hydrops',
    kind: 'reason',
    label: { clinician: 'MCA-PSV for hydrops', learner: 'MCA-PSV for hydrops' },
    text: {
      clinician:
        'Hydrops present: MCA-PSV Doppler is part of any hydrops workup (above 1.5 MoM suggests anemia).',
      learner:
        'The baby has hydrops (fluid build-up). A Doppler scan of a brain blood vessel (MCA-PSV) checks for anemia and is part of the hydrops workup.',
    },
    citations: ['smfm-cg-7', 'smfm-cg-8'],
  },
  {
    id: 'reason.mca-not-indicated',
    kind: 'reason',
    label: {
      clinician: 'MCA-PSV not indicated',
      learner: 'MCA-PSV not indicated',
    },
    text: {
      clinician:
        'Only when parvovirus infection is confirmed or hydrops is present.',
      learner:
        'Only needed when parvovirus infection is confirmed or the baby has hydrops.',
    },
    citations: ['praxis-parvovirus-2026', 'smfm-cg-7'],
  },
  {
    id: 'reason.why-mri',
    kind: 'reason',
    label: { clinician: 'Fetal MRI', learner: 'Fetal MRI' },
    text: {
      clinician:
        'Fetal MRI for detailed evaluation of brain and liver parenchyma.',
      learner:
        'An MRI scan of the baby gives a more detailed look at the brain and the liver.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.blood-spot-postnatal',
    kind: 'reason',
    label: { clinician: 'Postnatal only', learner: 'Postnatal only' },
    text: {
      clinician:
        'Postnatal only: after birth, the newborn dried blood spot can be retrieved and tested for CMV DNA retrospectively. Never a prenatal step.',
      learner:
        'Only after birth: the newborn screening blood spot can be tested for CMV afterwards. It is never part of testing during pregnancy.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.why-serial-ultrasound',
    kind: 'reason',
    label: { clinician: 'Serial ultrasound', learner: 'Serial ultrasound' },
    text: {
      clinician:
        'Serial ultrasound monitoring throughout pregnancy for development of additional abnormalities.',
      learner: 'Repeat scans during the pregnancy watch for new problems.',
    },
    citations: ['pata-2012', 'simchen-2002'],
  },
  {
    id: 'reason.why-postnatal-imaging',
    kind: 'reason',
    label: { clinician: 'Postnatal imaging', learner: 'Postnatal imaging' },
    text: {
      clinician:
        'Postnatal examination and imaging to confirm resolution or persistence of the calcifications.',
      learner:
        'After birth, the baby is examined and scanned to see whether the calcifications have gone or remain.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.why-neurodevelopmental',
    kind: 'reason',
    label: {
      clinician: 'Neurodevelopmental follow-up',
      learner: 'Neurodevelopmental follow-up',
    },
    text: {
      clinician:
        'Long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection was confirmed.',
      learner:
        "Long-term follow-up by a pediatrician checks the child's development, especially if an infection was confirmed.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.neurodevelopmental-infection',
    kind: 'reason',
    label: { clinician: 'Infection supported', learner: 'Infection supported' },
    text: {
      clinician:
        'Infection supported ({causes}): neurodevelopmental follow-up particularly matters.',
      learner:
        "An infection is likely ({causes}), so following the child's development matters even more.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.serology-negative',
    kind: 'reason',
    label: { clinician: 'Serology negative', learner: 'Serology negative' },
    text: {
      clinician: '{agent}: maternal IgG and IgM negative.',
      learner: "{agent}: the mother's blood tests (IgG and IgM) are negative.",
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.syphilis-negative',
    kind: 'reason',
    label: { clinician: 'Syphilis negative', learner: 'Syphilis negative' },
    text: {
      clinician: 'Maternal syphilis serology negative.',
      learner: "The mother's syphilis blood test is negative.",
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.syphilis-positive',
    kind: 'reason',
    label: { clinician: 'Syphilis positive', learner: 'Syphilis positive' },
    text: {
      clinician: 'Maternal syphilis serology positive.',
      learner: "The mother's syphilis blood test is positive.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.cmv-negative-excludes',
    kind: 'reason',
    label: { clinician: 'CMV excluded', learner: 'CMV excluded' },
    text: {
      clinician: 'Negative CMV IgM and IgG rule out congenital CMV infection.',
      learner:
        'Both CMV antibody tests are negative, which rules out CMV infection of the baby.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'reason.cmv-primary',
    kind: 'reason',
    label: {
      clinician: 'Primary CMV suspected',
      learner: 'Primary CMV suspected',
    },
    text: {
      clinician:
        'CMV IgM positive with IgG positive and low IgG avidity: primary maternal infection suspected.',
      learner:
        "The mother's CMV tests suggest a new (primary) infection: IgM positive with low avidity.",
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.cmv-igm-avidity-open',
    kind: 'reason',
    label: { clinician: 'CMV IgM positive', learner: 'CMV IgM positive' },
    text: {
      clinician:
        'CMV IgM positive; IgG avidity {avidity}: primary infection not established; fetal infection not excluded.',
      learner:
        "The mother's CMV IgM is positive, but the avidity result ({avidity}) does not show a new infection; infection of the baby is not ruled out.",
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.cmv-igg-only',
    kind: 'reason',
    label: { clinician: 'CMV IgG+/IgM-', learner: 'CMV IgG+/IgM-' },
    text: {
      clinician:
        'CMV IgG positive, IgM negative: past or non-primary infection (reactivation or reinfection), which maternal serology cannot diagnose: fetal infection is NOT excluded.',
      learner:
        "CMV IgG positive with IgM negative means a past infection, or a new flare or reinfection, which the mother's blood tests cannot tell apart: infection of the baby is NOT ruled out.",
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.igm-positive',
    kind: 'reason',
    label: { clinician: 'IgM positive', learner: 'IgM positive' },
    text: {
      clinician:
        '{agent} IgM positive: infection possible, not established by IgM alone; the source gives no rule to confirm it: interpret with the laboratory.',
      learner:
        "{agent}: the mother's IgM test is positive. This makes an infection possible but does not prove it on its own; the laboratory can help interpret it.",
    },
    citations: ['droracle-2025', 'acog-pb-151'],
  },
  {
    id: 'reason.serology-open',
    kind: 'reason',
    label: { clinician: 'Serology incomplete', learner: 'Serology incomplete' },
    text: {
      clinician: '{agent} serology {status}: not yet excluded.',
      learner:
        "{agent}: the mother's test is {status}, so this cause cannot be ruled out yet.",
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.cmv-pcr-positive',
    kind: 'reason',
    label: { clinician: 'CMV PCR positive', learner: 'CMV PCR positive' },
    text: {
      clinician:
        'Amniotic fluid CMV PCR positive: fetal (congenital) CMV infection, whatever the maternal serology.',
      learner:
        "The test of the fluid around the baby found CMV: the baby is infected, whatever the mother's blood tests show.",
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.cmv-pcr-negative',
    kind: 'reason',
    label: { clinician: 'CMV PCR negative', learner: 'CMV PCR negative' },
    text: {
      clinician:
        'Amniotic fluid CMV PCR negative: reassuring only if done at 21 weeks or more AND more than 6 weeks after maternal infection.',
      learner:
        'The test of the fluid around the baby did not find CMV. This is reassuring only if it was done from 21 weeks and more than 6 weeks after the infection.',
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.cmv-pattern',
    kind: 'reason',
    label: { clinician: 'CMV pattern', learner: 'CMV pattern' },
    text: {
      clinician:
        '{finding}: CMV is suspected when liver calcifications occur with microcephaly or intracranial calcifications.',
      learner:
        '{finding}: together with liver calcifications, this raises suspicion of CMV.',
    },
    citations: ['droracle-2025', 'isuog-2020', 'acog-pb-151'],
  },
  {
    id: 'reason.toxo-pattern',
    kind: 'reason',
    label: {
      clinician: 'Toxoplasmosis pattern',
      learner: 'Toxoplasmosis pattern',
    },
    text: {
      clinician:
        '{finding}: part of the fetal ultrasound pattern of toxoplasmosis.',
      learner:
        '{finding}: this scan finding is part of the pattern seen with toxoplasmosis.',
    },
    citations: ['droracle-2025', 'hohlfeld-1991', 'codaccioni-2020'],
  },
  {
    id: 'reason.toxo-microcephaly',
    kind: 'reason',
    label: {
      clinician: 'Toxoplasmosis and microcephaly',
      learner: 'Toxoplasmosis and microcephaly',
    },
    text: {
      clinician:
        'Microcephaly was not observed in a large series of fetal toxoplasmosis.',
      learner:
        'A small head was not seen in a large study of babies with toxoplasmosis.',
    },
    citations: ['hohlfeld-1991'],
  },
  {
    id: 'reason.parvo-anemia',
    kind: 'reason',
    label: { clinician: 'Fetal anemia signs', learner: 'Fetal anemia signs' },
    text: {
      clinician:
        '{sign}: parvovirus B19 is the most commonly reported infectious cause of fetal anemia.',
      learner:
        '{sign}: parvovirus B19 is the infection most often reported to cause anemia in the baby.',
    },
    citations: [
      'droracle-2025',
      'praxis-parvovirus-2026',
      'smfm-cg-8',
      'enders-2010',
    ],
  },
  {
    id: 'reason.not-tested',
    kind: 'reason',
    label: { clinician: 'Not tested', learner: 'Not tested' },
    text: {
      clinician:
        'Not tested in this workup; associated with fetal liver calcifications in the case literature.',
      learner:
        'Not tested here; it has been linked to fetal liver calcifications in published case reports.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.weakly-supported',
    kind: 'reason',
    label: { clinician: 'Weakly supported', learner: 'Weakly supported' },
    text: {
      clinician:
        'Not tested in this workup; the link to fetal liver calcifications is weakly supported.',
      learner:
        'Not tested here, and the link to fetal liver calcifications is weak.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.chromosomal-found',
    kind: 'reason',
    label: {
      clinician: 'Chromosomal diagnosis',
      learner: 'Chromosomal diagnosis',
    },
    text: {
      clinician: '{diagnosis} found on {tests}.',
      learner: 'The genetic test ({tests}) found {diagnosis}.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.chromosomal-other-found',
    kind: 'reason',
    label: { clinician: 'Another diagnosis', learner: 'Another diagnosis' },
    text: {
      clinician: 'The chromosomal result is {diagnosis}.',
      learner: 'The genetic test found {diagnosis} instead.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.chromosomal-unspecified',
    kind: 'reason',
    label: {
      clinician: 'Abnormal, not specified',
      learner: 'Abnormal, not specified',
    },
    text: {
      clinician: 'Chromosomal result abnormal; diagnosis not recorded.',
      learner:
        'A genetic test was abnormal, but which abnormality was not recorded.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.chromosomal-cma-normal',
    kind: 'reason',
    label: { clinician: 'Microarray normal', learner: 'Microarray normal' },
    text: {
      clinician: 'Chromosomal microarray normal.',
      learner: 'The chromosomal microarray was normal.',
    },
    citations: ['simchen-2002', 'acog-co-682'],
  },
  {
    id: 'reason.chromosomal-karyotype-normal',
    kind: 'reason',
    label: { clinician: 'Karyotype normal', learner: 'Karyotype normal' },
    text: {
      clinician: 'Karyotype normal.',
      learner: 'The karyotype (chromosome count) was normal.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.chromosomal-open',
    kind: 'reason',
    label: { clinician: 'Genetics incomplete', learner: 'Genetics incomplete' },
    text: {
      clinician: 'Microarray {cma}; karyotype {karyotype}: not yet excluded.',
      learner:
        'Microarray: {cma}; karyotype: {karyotype}. This cause cannot be ruled out yet.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.chromosomal-associated',
    kind: 'reason',
    label: {
      clinician: 'Associated anomalies',
      learner: 'Associated anomalies',
    },
    text: {
      clinician:
        'Associated anomalies present: in one series, 10 of 11 fetuses with abnormal karyotypes had other ultrasound abnormalities.',
      learner:
        'There are other problems on the scan: in one study, 10 of the 11 babies with a chromosome abnormality also had other findings on the scan.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.vascular-open',
    kind: 'reason',
    label: { clinician: 'Vascular cause open', learner: 'Vascular cause open' },
    text: {
      clinician:
        'Fetal vascular injury and thrombotic events can cause dystrophic liver calcification; not excluded by the tests in this workup.',
      learner:
        "Damage to the baby's blood vessels or small clots can leave calcium in the liver; the tests here cannot rule this out.",
    },
    citations: ['droracle-2025', 'derme-2025', 'pata-2012'],
  },
  {
    id: 'reason.pseudo-torch',
    kind: 'reason',
    label: { clinician: 'Pseudo-TORCH', learner: 'Pseudo-TORCH' },
    text: {
      clinician:
        '{finding} with no infection supported or left open by the infection workup: COL4A1/COL4A2 variants can mimic congenital infection (pseudo-TORCH).',
      learner:
        '{finding}, yet the infection tests point to no infection: changes in the COL4A1 or COL4A2 genes can look like an infection (pseudo-TORCH).',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.col4a-open',
    kind: 'reason',
    label: { clinician: 'COL4A1/COL4A2', learner: 'COL4A1/COL4A2' },
    text: {
      clinician:
        'Can mimic congenital infection (pseudo-TORCH); not tested in this workup; liver link not verified.',
      learner:
        'These gene changes can look like an infection; not tested here, and their link to the liver is not verified.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.anemia-signs',
    kind: 'reason',
    label: { clinician: 'Anemia or hydrops', learner: 'Anemia or hydrops' },
    text: {
      clinician: '{sign}: consider causes of fetal anemia and hydrops.',
      learner:
        '{sign}: causes of anemia or hydrops in the baby should be considered.',
    },
    citations: ['droracle-2025', 'bronshtein-1995', 'smfm-cg-7'],
  },
  {
    id: 'reason.no-anemia-signs',
    kind: 'reason',
    label: { clinician: 'No anemia signs', learner: 'No anemia signs' },
    text: {
      clinician: 'No hydrops or sign of fetal anemia recorded.',
      learner: 'No hydrops or sign of anemia in the baby has been recorded.',
    },
    citations: ['smfm-cg-7'],
  },
  {
    id: 'reason.head-size-genetic',
    kind: 'reason',
    label: { clinician: 'Abnormal head size', learner: 'Abnormal head size' },
    text: {
      clinician:
        '{headSize}: abnormal head size can indicate a specific genetic cause.',
      learner:
        '{headSize}: a head that is too small or too large can point to a particular genetic cause.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.head-size-not-suggestive',
    kind: 'reason',
    label: { clinician: 'Head size', learner: 'Head size' },
    text: {
      clinician:
        'Head size {headSize}: no specific genetic syndrome suggested by head size.',
      learner:
        'Head size: {headSize}. Nothing about the head size points to a particular genetic cause.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.class-finding',
    kind: 'reason',
    label: { clinician: 'Associated finding', learner: 'Associated finding' },
    text: {
      clinician: 'Beside the liver calcifications: {finding}.',
      learner: 'Also seen on the scan: {finding}.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.class-head-size',
    kind: 'reason',
    label: { clinician: 'Abnormal head size', learner: 'Abnormal head size' },
    text: {
      clinician: 'Abnormal head size: {headSize}.',
      learner: 'The head size is abnormal: {headSize}.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.class-genetics',
    kind: 'reason',
    label: { clinician: 'Abnormal genetics', learner: 'Abnormal genetics' },
    text: {
      clinician: 'Abnormal chromosomal result.',
      learner: 'A chromosome test is abnormal.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.class-infection',
    kind: 'reason',
    label: { clinician: 'Infection', learner: 'Infection' },
    text: {
      clinician: 'Infection supported by the results: {what}.',
      learner: 'The test results point to an infection: {what}.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'reason.class-imaging',
    kind: 'reason',
    label: { clinician: 'Abnormal imaging', learner: 'Abnormal imaging' },
    text: {
      clinician: 'Abnormal {test}.',
      learner: 'Abnormal result: {test}.',
    },
    citations: ['pata-2012'],
  },
  {
    id: 'reason.class-isolated',
    kind: 'reason',
    label: { clinician: 'Isolated', learner: 'Isolated' },
    text: {
      clinician:
        'No associated abnormality, normal chromosomal testing, and an infection workup that supports no infection and leaves none open.',
      learner:
        'No other problem on the scan, normal chromosome tests, and infection tests that point to no infection.',
    },
    citations: ['simchen-2002', 'pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.class-open',
    kind: 'reason',
    label: { clinician: 'Still open', learner: 'Still open' },
    text: {
      clinician: 'Not done yet: {items}.',
      learner: 'Not done yet: {items}.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.past-infection',
    kind: 'reason',
    label: {
      clinician: 'Past infection or immunity',
      learner: 'Past infection or immunity',
    },
    text: {
      clinician:
        '{agent} IgG positive, IgM negative: past infection or immunity; a new infection in this pregnancy is not supported.',
      learner:
        '{agent}: IgG positive with IgM negative means an infection in the past, or immunity; a new infection during this pregnancy is not supported.',
    },
    citations: ['acog-pb-151'],
  },
  {
    id: 'reason.parvo-recent',
    kind: 'reason',
    label: {
      clinician: 'Recent parvovirus infection',
      learner: 'Recent parvovirus infection',
    },
    text: {
      clinician:
        'Parvovirus B19 IgM positive: recent infection. Monitor with MCA-PSV Doppler, serially for weeks after the infection; the risk of hydrops and fetal loss is highest when infection is before 20 weeks.',
      learner:
        "The mother's parvovirus B19 IgM is positive: a recent infection. The baby is checked for anemia with repeated Doppler scans (MCA-PSV) for some weeks; the risk of hydrops and of losing the pregnancy is highest when the infection is before 20 weeks.",
    },
    citations: ['acog-pb-151', 'smfm-cg-8', 'enders-2010'],
  },
  {
    id: 'reason.toxo-igm-confirm',
    kind: 'reason',
    label: {
      clinician: 'Toxoplasma IgM to confirm',
      learner: 'Toxoplasma IgM to confirm',
    },
    text: {
      clinician:
        'Toxoplasma IgM positive: IgM can persist for months or years and false positives are common: confirm at a reference laboratory (e.g. IgG avidity) before calling the infection recent.',
      learner:
        "The mother's toxoplasma IgM is positive. This test can stay positive for months or years and can be falsely positive, so a reference laboratory should confirm it (for example with an avidity test) before the infection is called recent.",
    },
    citations: ['acog-pb-151'],
  },
  {
    id: 'reason.toxo-igm-igg-negative',
    kind: 'reason',
    label: {
      clinician: 'Toxoplasma IgM+/IgG-',
      learner: 'Toxoplasma IgM+/IgG-',
    },
    text: {
      clinician: 'Toxoplasma IgM positive, IgG negative: repeat in 2-3 weeks.',
      learner:
        "The mother's toxoplasma IgM is positive but IgG is negative: the tests are repeated in 2-3 weeks.",
    },
    citations: ['acog-pb-151'],
  },
  {
    id: 'reason.serology-equivocal',
    kind: 'reason',
    label: { clinician: 'Equivocal result', learner: 'Equivocal result' },
    text: {
      clinician:
        '{agent}: equivocal (borderline) result: not excluded; repeat the test.',
      learner:
        '{agent}: the result is borderline (equivocal), so this infection is not ruled out; the test is repeated.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.cmv-seroconversion',
    kind: 'reason',
    label: { clinician: 'CMV seroconversion', learner: 'CMV seroconversion' },
    text: {
      clinician:
        'CMV seroconversion (IgG now positive in a woman known to be IgG negative): primary maternal infection.',
      learner:
        "The mother's CMV IgG has turned positive after an earlier negative test: a new (primary) CMV infection.",
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.cmv-igm-igg-negative',
    kind: 'reason',
    label: { clinician: 'CMV IgM+/IgG-', learner: 'CMV IgM+/IgG-' },
    text: {
      clinician:
        'CMV IgM positive, IgG negative: very early primary infection or a false-positive IgM: repeat CMV IgG and IgM in 2-3 weeks; IgG avidity cannot be read without IgG.',
      learner:
        "The mother's CMV IgM is positive but IgG is negative: either a very recent infection or a false-positive IgM. Both tests are repeated in 2-3 weeks; an avidity test cannot be read without IgG.",
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.cmv-indeterminate',
    kind: 'reason',
    label: {
      clinician: 'CMV avidity intermediate',
      learner: 'CMV avidity intermediate',
    },
    text: {
      clinician:
        'CMV IgM and IgG positive with intermediate IgG avidity: indeterminate; primary infection neither shown nor excluded.',
      learner:
        "The mother's CMV IgM and IgG are positive and the avidity is intermediate: a new infection is neither shown nor ruled out.",
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-negative-reliable',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR negative at the right time',
      learner: 'CMV PCR negative at the right time',
    },
    text: {
      clinician:
        'Amniotic fluid CMV PCR negative, taken when both conditions held (21 weeks or more AND more than 6 weeks after maternal infection): fetal infection not supported.',
      learner:
        'The test of the fluid around the baby did not find CMV, and it was done at the right time (from 21 weeks and more than 6 weeks after the infection): infection of the baby is not supported.',
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.cmv-pcr-early-negative',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR negative too early',
      learner: 'CMV PCR negative too early',
    },
    text: {
      clinician:
        'Negative, but taken too early (at {ga} of pregnancy, {weeks} since maternal infection): not reassuring. Repeat amniotic-fluid CMV PCR once both conditions hold (21 weeks or more AND more than 6 weeks after maternal infection).',
      learner:
        'The test did not find CMV, but it was done too early (at {ga} of pregnancy, {weeks} after the infection), so it may have missed the virus. It should be repeated once both conditions hold: at least 21 weeks of pregnancy and more than 6 weeks after the infection.',
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'reason.cmv-pcr-offer-signs',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR: fetal signs',
      learner: 'CMV PCR: fetal signs',
    },
    text: {
      clinician:
        'Fetal infection is not excluded by maternal serology, and {signs} suggest CMV beyond the liver: offer amniotic-fluid CMV PCR (on the same sample when amniocentesis is done for genetic testing).',
      learner:
        "The mother's CMV tests cannot rule out infection of the baby, and the scan shows {signs}, which can point to CMV: a CMV test of the fluid around the baby is offered (on the same sample if an amniocentesis is done for the genetic tests).",
    },
    citations: ['smfm-cs-39', 'isuog-2020'],
  },
  {
    id: 'reason.cmv-pcr-offer-same-sample',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR: same sample',
      learner: 'CMV PCR: same sample',
    },
    text: {
      clinician:
        'Fetal infection is not excluded by maternal serology: when amniocentesis is done for genetic testing, CMV PCR can be run on the same sample.',
      learner:
        "The mother's CMV tests cannot rule out infection of the baby: if an amniocentesis is done for the genetic tests, the same sample can be tested for CMV.",
    },
    citations: ['smfm-cs-39', 'isuog-2020'],
  },
  {
    id: 'reason.avidity-needs-igg',
    kind: 'reason',
    label: { clinician: 'Avidity needs IgG', learner: 'Avidity needs IgG' },
    text: {
      clinician:
        'Not yet: IgG avidity cannot be read without CMV IgG. Repeat CMV IgG and IgM in 2-3 weeks first.',
      learner:
        'Not yet: an avidity test needs a positive CMV IgG. The CMV tests are repeated in 2-3 weeks first.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.avidity-seroconversion',
    kind: 'reason',
    label: { clinician: 'Avidity not needed', learner: 'Avidity not needed' },
    text: {
      clinician:
        'Not needed: seroconversion already shows a primary infection.',
      learner:
        'Not needed: the IgG turning positive already shows a new infection.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.repeat-in-2-3-weeks',
    kind: 'reason',
    label: { clinician: 'Repeat in 2-3 weeks', learner: 'Repeat in 2-3 weeks' },
    text: {
      clinician: 'In 2-3 weeks.',
      learner: 'In 2 to 3 weeks.',
    },
    citations: ['smfm-cs-39', 'acog-pb-151'],
  },
  {
    id: 'reason.repeat-now',
    kind: 'reason',
    label: { clinician: 'Repeat now', learner: 'Repeat now' },
    text: {
      clinician: 'Now: repeat the equivocal test.',
      learner: 'Now: the borderline test is repeated.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.mca-abnormal',
    kind: 'reason',
    label: { clinician: 'MCA-PSV abnormal', learner: 'MCA-PSV abnormal' },
    text: {
      clinician:
        'MCA-PSV above 1.5 MoM: fetal anemia suspected, with or without hydrops or parvovirus; the finding is not isolated. Urgent referral to a fetal medicine centre able to do fetal blood sampling and transfusion.',
      learner:
        "The Doppler scan (MCA-PSV) is above 1.5 MoM, which suggests anemia in the baby, with or without hydrops or parvovirus. The liver finding is then not isolated, and the baby needs urgent referral to a fetal medicine centre that can test and transfuse the baby's blood.",
    },
    citations: ['smfm-cg-8'],
  },
  {
    id: 'reason.class-anemia',
    kind: 'reason',
    label: {
      clinician: 'Fetal anemia suspected',
      learner: 'Fetal anemia suspected',
    },
    text: {
      clinician: 'Fetal anemia suspected: MCA-PSV above 1.5 MoM.',
      learner:
        'The Doppler scan suggests anemia in the baby (MCA-PSV above 1.5 MoM).',
    },
    citations: ['smfm-cg-8'],
  },
  {
    id: 'reason.class-infection-open',
    kind: 'reason',
    label: {
      clinician: 'Infection not excluded',
      learner: 'Infection not excluded',
    },
    text: {
      clinician: 'Infection not excluded: {agents}.',
      learner: 'An infection is not ruled out yet: {agents}.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'reason.storch-missing',
    kind: 'reason',
    label: { clinician: 'STORCH not done', learner: 'STORCH not done' },
    text: {
      clinician: 'Not done yet: {missing}.',
      learner: 'Not done yet: {missing}.',
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'reason.karyotype-figure',
    kind: 'reason',
    label: { clinician: 'Abnormal karyotypes', learner: 'Abnormal karyotypes' },
    text: {
      clinician:
        'About 18% of fetuses with liver calcifications had an abnormal karyotype, 10 of 11 of them with other ultrasound abnormalities (Simchen 2002).',
      learner:
        'In one study about 18% of babies with liver calcifications had a chromosome abnormality, and 10 of those 11 also had other problems on the scan.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.avidity-recorded-not-read',
    kind: 'reason',
    label: {
      clinician: 'Avidity recorded, not read',
      learner: 'Avidity recorded, not read',
    },
    text: {
      clinician:
        'Result recorded ({result}) but not read: IgG avidity cannot be read unless CMV IgM and IgG are both positive (here IgM {cmvIgm}, IgG {cmvIgg}).',
      learner:
        'An avidity result ({result}) was recorded, but it cannot be read: avidity only means something when both CMV tests, IgM and IgG, are positive (here IgM {cmvIgm}, IgG {cmvIgg}).',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'reason.cmv-pcr-signs-avidity-open',
    kind: 'reason',
    label: {
      clinician: 'CMV PCR: fetal signs, avidity open',
      learner: 'CMV PCR: fetal signs, avidity open',
    },
    text: {
      clinician:
        'CMV IgM and IgG positive, IgG avidity {avidity}, and {signs} suggest CMV beyond the liver: amniotic-fluid CMV PCR is offered whatever the avidity shows (on the same sample when amniocentesis is done for genetic testing).',
      learner:
        "The mother's CMV IgM and IgG are positive, the avidity result is {avidity}, and the scan shows {signs}, which can point to CMV: a CMV test of the fluid around the baby is offered whatever the avidity shows.",
    },
    citations: ['smfm-cs-39', 'isuog-2020'],
  },
  {
    id: 'reason.cf-carrier-parent',
    kind: 'reason',
    label: { clinician: 'A carrier parent', learner: 'A carrier parent' },
    text: {
      clinician: 'Abnormal parental CF carrier screen: a carrier parent.',
      learner: 'The screening found that a parent carries cystic fibrosis.',
    },
    citations: ['smfm-cs-57', 'acog-co-691'],
  },
  {
    id: 'reason.mri-offered',
    kind: 'reason',
    label: { clinician: 'Fetal MRI offered', learner: 'Fetal MRI offered' },
    text: {
      clinician:
        'Offered ({what}): fetal MRI for detailed evaluation of brain and liver parenchyma, when indicated (intracranial or other structural findings, or a supported infection).',
      learner:
        'Offered ({what}): an MRI scan gives a more detailed look at the brain and the liver. It is done when there are other findings or a likely infection.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.mri-optional',
    kind: 'reason',
    label: { clinician: 'Fetal MRI optional', learner: 'Fetal MRI optional' },
    text: {
      clinician:
        'Optional: fetal MRI is done when indicated (intracranial or other structural findings, or a supported infection), and none is recorded.',
      learner:
        'Not needed now: an MRI scan is done when there are other findings or a likely infection, and there are none so far.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.head-size-not-measured',
    kind: 'reason',
    label: {
      clinician: 'Head size not measured',
      learner: 'Head not measured',
    },
    text: {
      clinician:
        'Head size not measured: whether it points to a specific genetic cause is not known yet.',
      learner:
        'The head has not been measured yet, so whether its size points to a genetic cause is not known.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'reason.class-awaited',
    kind: 'reason',
    label: { clinician: 'Results awaited', learner: 'Results awaited' },
    text: {
      clinician: 'Sent, result awaited: {items}.',
      learner: 'Waiting for the results of: {items}.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'reason.syphilis-pattern',
    kind: 'reason',
    label: {
      clinician: 'Syphilis fetal signs',
      learner: 'Syphilis fetal signs',
    },
    text: {
      clinician:
        '{finding}: fetal signs of congenital syphilis include hepatomegaly, ascites, hydrops and a thick placenta.',
      learner:
        '{finding}: syphilis in the baby can show as a large liver, fluid in the belly, hydrops or a thick placenta.',
    },
    citations: ['cdc-sti-2021'],
  },
  {
    id: 'reason.result-next',
    kind: 'reason',
    label: { clinician: 'What follows', learner: 'What follows' },
    text: {
      clinician: 'Next: {steps}.',
      learner: 'What comes next: {steps}.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.result-nothing-follows',
    kind: 'reason',
    label: { clinician: 'Nothing follows', learner: 'Nothing follows' },
    text: {
      clinician: 'No step is left open by this result.',
      learner: 'Nothing more needs doing because of this result.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.counselling-cause',
    kind: 'reason',
    label: {
      clinician: 'Specialist counselling',
      learner: 'Specialist counselling',
    },
    text: {
      clinician:
        '{causes}: specialist counselling on what the cause means for the outlook and the pregnancy.',
      learner:
        '{causes}: a specialist explains what this cause means for the baby and the pregnancy.',
    },
    citations: ['simchen-2002', 'droracle-2025'],
  },
  {
    id: 'reason.settle-by',
    kind: 'reason',
    label: { clinician: 'Settled by', learner: 'Settled by' },
    text: {
      clinician: '{test} ({status}).',
      learner: '{test} ({status}).',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.settle-none',
    kind: 'reason',
    label: { clinician: 'Nothing settles it', learner: 'Nothing settles it' },
    text: {
      clinician: 'No test in this workup settles it.',
      learner: 'None of the tests here can settle it.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'reason.settle-laboratory',
    kind: 'reason',
    label: { clinician: 'With the laboratory', learner: 'With the laboratory' },
    text: {
      clinician:
        'The source gives no rule to confirm an IgM alone: interpret it with the laboratory.',
      learner:
        'The source gives no rule to confirm a positive IgM on its own: the laboratory helps interpret it.',
    },
    citations: ['droracle-2025', 'acog-pb-151'],
  },
  {
    id: 'reason.settle-chromosomal-report',
    kind: 'reason',
    label: {
      clinician: 'Which abnormality',
      learner: 'Which abnormality',
    },
    text: {
      clinician:
        'Which abnormality it is: from the report of the abnormal {tests}, to be recorded.',
      learner:
        'Which abnormality it is: the report of the abnormal test ({tests}) says, and it is to be recorded.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'reason.prognosis-anemia',
    kind: 'reason',
    label: {
      clinician: 'Prognosis: suspected fetal anemia',
      learner: 'Outlook: suspected anemia',
    },
    text: {
      clinician:
        'Fetal anemia suspected ({sign}): urgent. Severe fetal anemia can be treated by intrauterine transfusion at a fetal medicine centre.',
      learner:
        'The baby may be anemic ({sign}): this is urgent. A fetal medicine centre can treat severe anemia with a blood transfusion to the baby in the womb.',
    },
    citations: ['smfm-cg-8'],
  },
  {
    id: 'reason.prognosis-chromosomal',
    kind: 'reason',
    label: {
      clinician: 'Prognosis: chromosomal abnormality',
      learner: 'Outlook: chromosome abnormality',
    },
    text: {
      clinician:
        '{diagnosis} found: the outlook is that of the chromosomal abnormality, given by specialist counselling.',
      learner:
        'The genetic test found {diagnosis}: the outlook is that of this chromosome abnormality, and a specialist explains it.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.prognosis-chromosomal-unknown',
    kind: 'reason',
    label: {
      clinician: 'Prognosis: chromosomal abnormality not named',
      learner: 'Outlook: chromosome abnormality not named',
    },
    text: {
      clinician:
        'Abnormal chromosomal result ({tests}), the abnormality not yet named: the outlook is that of the abnormality, given by specialist counselling once it is known.',
      learner:
        'A genetic test is abnormal ({tests}) but which abnormality is not known yet: the outlook depends on it, and a specialist explains it once it is known.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'reason.prognosis-infection',
    kind: 'reason',
    label: {
      clinician: 'Prognosis: infection',
      learner: 'Outlook: infection',
    },
    text: {
      clinician:
        '{infections}: the outlook depends on the infection and its fetal signs, given by specialist counselling; long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection is confirmed.',
      learner:
        "{infections}: the outlook depends on the infection and on what it does to the baby, and a specialist explains it; the child's development is followed for a long time, especially if the infection is confirmed.",
    },
    citations: ['simchen-2002', 'droracle-2025'],
  },
  {
    id: 'reason.prognosis-associated-karyotype-normal',
    kind: 'reason',
    label: {
      clinician: 'Prognosis: associated, karyotype normal',
      learner: 'Outlook: other findings, karyotype normal',
    },
    text: {
      clinician:
        'Additional fetal abnormalities are present; the karyotype is normal and the chromosomal microarray not yet resulted. In one series, 40 of 61 cases had additional fetal abnormalities: 18 pregnancy terminations, 1 intrauterine fetal death, 1 neonatal death and 2 infants with neurologic sequelae.',
      learner:
        'There are other problems besides the liver calcifications; the karyotype is normal and the microarray result is not in yet. In one study, 40 of 61 babies had other problems: 18 pregnancies were ended, 1 baby died before birth, 1 died as a newborn and 2 children had lasting neurological problems.',
    },
    citations: ['simchen-2002'],
  },
  // Time, follow-up and next steps (REVIEW.md, third review; issue 18).
  {
    id: 'reason.newborn-cmv-testing',
    kind: 'reason',
    label: {
      clinician: 'Newborn CMV testing',
      learner: 'Testing the baby for CMV',
    },
    text: {
      clinician:
        'After birth, test the newborn for CMV: urine or saliva CMV PCR in the first 3 weeks of life (after 3 weeks a positive result cannot tell congenital from postnatal infection). The dried blood spot (Guthrie card) is the retrospective test when that window was missed.',
      learner:
        'After birth, the baby is tested for CMV with a urine or saliva test in the first 3 weeks of life (after 3 weeks a positive test cannot tell whether the baby was infected before or after birth). If that time was missed, the newborn screening blood spot card can be tested instead.',
    },
    citations: ['rawlinson-2017'],
  },
  {
    id: 'reason.timing-newborn-window',
    kind: 'reason',
    label: {
      clinician: 'In the first 3 weeks of life',
      learner: 'In the first 3 weeks of life',
    },
    text: {
      clinician: 'After birth (in the first 3 weeks of life).',
      learner: 'After birth (in the first 3 weeks of life).',
    },
    citations: ['rawlinson-2017'],
  },
  {
    id: 'reason.timing-after-birth',
    kind: 'reason',
    label: { clinician: 'After birth', learner: 'After birth' },
    text: {
      clinician: 'After birth.',
      learner: 'After the baby is born.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
  {
    id: 'reason.cmv-no-antenatal-window',
    kind: 'reason',
    label: {
      clinician: 'No antenatal window left',
      learner: 'Too late in pregnancy',
    },
    text: {
      clinician:
        'The amniocentesis window (21 weeks or more AND more than 6 weeks after the infection) opens at {week}, at 37 weeks or later: no amniocentesis; test the newborn instead (urine or saliva CMV PCR in the first 3 weeks of life).',
      learner:
        'The amniotic fluid test would only be reliable from {week}, which is 37 weeks or later, too late in the pregnancy: the baby is tested after birth instead (urine or saliva test in the first 3 weeks of life).',
    },
    citations: ['smfm-cs-39', 'rawlinson-2017'],
  },
  {
    id: 'reason.mca-serial',
    kind: 'reason',
    label: { clinician: 'Serial MCA-PSV', learner: 'Repeated MCA-PSV' },
    text: {
      clinician:
        'Recent parvovirus B19 infection: MCA-PSV is serial, every 1-2 weeks for 8-12 weeks after the infection; one normal result does not end the monitoring. Above 1.5 MoM or hydrops: urgent referral.',
      learner:
        'After a recent parvovirus infection the Doppler check (MCA-PSV) is repeated every 1 to 2 weeks for 8 to 12 weeks after the infection; one normal result does not end the checks. A value above 1.5 MoM, or hydrops, means urgent referral.',
    },
    citations: ['acog-pb-151', 'smfm-cg-8'],
  },
  {
    id: 'reason.mca-serial-when',
    kind: 'reason',
    label: { clinician: 'Next MCA-PSV', learner: 'Next MCA-PSV' },
    text: {
      clinician:
        'Every 1-2 weeks until 8-12 weeks after the infection (until {until}; next due from {week}).',
      learner:
        'Every 1 to 2 weeks until 8 to 12 weeks after the infection (until {until}; the next one from {week}).',
    },
    citations: ['acog-pb-151', 'smfm-cg-8'],
  },
  {
    id: 'reason.mca-monitoring-over',
    kind: 'reason',
    label: {
      clinician: 'MCA-PSV monitoring over',
      learner: 'MCA-PSV checks finished',
    },
    text: {
      clinician:
        'The serial monitoring (every 1-2 weeks for 8-12 weeks after the infection) is over: 12 weeks have passed, or the next check would fall at 37 weeks or later.',
      learner:
        'The repeated checks (every 1 to 2 weeks for 8 to 12 weeks after the infection) are finished: 12 weeks have passed, or the next check would be at 37 weeks or later.',
    },
    citations: ['acog-pb-151', 'smfm-cg-8'],
  },
  {
    id: 'reason.repeat-from',
    kind: 'reason',
    label: { clinician: 'Repeat dated', learner: 'Repeat dated' },
    text: {
      clinician: 'From {week} to {until}.',
      learner: 'Between {week} and {until}.',
    },
    citations: ['smfm-cs-39', 'acog-pb-151'],
  },
  {
    id: 'reason.repeat-no-antenatal-window',
    kind: 'reason',
    label: {
      clinician: 'No antenatal window left',
      learner: 'Too late in pregnancy',
    },
    text: {
      clinician:
        'The 2-3-week repeat would fall at {week}, at 37 weeks or later: not an antenatal plan; discuss with the specialist.',
      learner:
        'The repeat test would fall at {week}, 37 weeks or later, too late to plan in pregnancy: this is discussed with the specialist.',
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
] satisfies ReasonNodeInput[];

/**
 * A reason node as written here. Its id cannot be checked against
 * `ContentId` (which is derived from it), only against its kind.
 */
type ReasonNodeInput = ContentNodeInput & {
  id: `reason.${string}`;
  kind: 'reason';
};

type NameOf<Id> = Id extends `reason.${infer Name}` ? Name : never;

/** The name of a reason template: its node's id without `reason.`. */
export type ReasonId = NameOf<(typeof reasonNodes)[number]['id']>;

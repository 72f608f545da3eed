import type { NodeInput } from './node-input.ts';

/** Pitfalls: mistakes to avoid, as the source lists them and the review corrects them. */
export const pitfallNodes: NodeInput[] = [
  {
    id: 'pitfall.isolated-prognosis-needs-full-workup',
    kind: 'pitfall',
    label: {
      clinician: 'Isolated needs a full workup',
      learner: 'Finish the tests before reassuring',
    },
    text: {
      clinician:
        'Prognosis is good only once aneuploidy and infection have been excluded.',
      learner:
        'Calcifications that look like the only finding have a good outlook only once chromosome abnormalities and infection have been ruled out.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'pitfall.maternal-symptoms-cmv',
    kind: 'pitfall',
    label: {
      clinician: 'Maternal symptoms and CMV',
      learner: "Don't rely on the mother's symptoms",
    },
    text: {
      clinician:
        'Do not rely solely on maternal symptom history for CMV: symptomatic maternal infection is uncommon.',
      learner:
        'Most mothers with CMV infection have no symptoms, so a mother feeling well does not rule CMV out.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'pitfall.toxoplasmosis-microcephaly',
    kind: 'pitfall',
    label: {
      clinician: 'Toxoplasmosis and microcephaly',
      learner: 'Toxoplasmosis and head size',
    },
    text: {
      clinician:
        'Microcephaly was not observed in a large series of fetal toxoplasmosis (Hohlfeld 1991).',
      learner:
        'In a large study of babies with toxoplasmosis, a small head (microcephaly) was not seen on the scans.',
    },
    citations: ['hohlfeld-1991', 'droracle-2025'],
  },
  {
    id: 'pitfall.cmv-serology-patterns',
    kind: 'pitfall',
    label: {
      clinician: 'CMV serology patterns',
      learner: 'Reading CMV antibody results',
    },
    text: {
      clinician:
        'Negative CMV IgM and IgG rule out congenital CMV; other patterns need further evaluation. IgG positive with IgM negative does NOT exclude fetal infection (non-primary infection).',
      learner:
        'If both CMV antibody tests (IgG and IgM) are negative, the baby does not have CMV. Any other result needs more testing: a positive IgG with a negative IgM does NOT rule out infection of the baby.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'pitfall.early-negative-cmv-pcr',
    kind: 'pitfall',
    label: {
      clinician: 'Early negative CMV PCR',
      learner: 'A CMV test done too early',
    },
    text: {
      clinician:
        'A negative amniotic-fluid CMV PCR before 21 weeks or within 6 weeks of maternal infection may be falsely reassuring: both conditions are required for a sensitive test.',
      learner:
        'A negative CMV test of the fluid around the baby can be falsely reassuring if it was done before 21 weeks of pregnancy or within 6 weeks of the infection.',
    },
    citations: ['smfm-cs-39', 'droracle-2025'],
  },
  {
    id: 'pitfall.meconium-peritonitis-not-parenchymal',
    kind: 'pitfall',
    label: {
      clinician: 'Meconium peritonitis is a different category',
      learner: 'Calcium outside the liver is different',
    },
    text: {
      clinician:
        'Bowel-wall damage, ileus, perforation and meconium peritonitis explain peritoneal/capsular calcification, a different category from parenchymal (infective) liver calcification.',
      learner:
        'When the bowel is damaged and bursts, its contents (meconium) can inflame the lining of the belly and leave calcium on the lining or on the surface of the liver. That is a different kind of calcification from calcium inside the liver tissue caused by infection.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'pitfall.newborn-blood-spot-postnatal',
    kind: 'pitfall',
    label: {
      clinician: 'Newborn blood spot is postnatal',
      learner: 'The newborn blood spot comes after birth',
    },
    text: {
      clinician:
        'Newborn dried-blood-spot (Guthrie card) CMV PCR is retrospective and postnatal: never a prenatal workup step.',
      learner:
        "Testing the newborn's dried blood spot card (the Guthrie card) for CMV happens only after birth, looking back; it is never part of testing during pregnancy.",
    },
    citations: ['droracle-2025'],
  },
];

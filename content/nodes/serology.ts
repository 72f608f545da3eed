import type { NodeInput } from './node-input.ts';

/** Maternal serology: STORCH, CMV avidity and timing, parvovirus B19. */
export const serologyNodes: NodeInput[] = [
  {
    id: 'phase.serology',
    kind: 'phase',
    label: { clinician: 'Maternal serology', learner: "Mother's blood tests" },
    text: {
      clinician:
        'STORCH panel with IgG and IgM, CMV IgG avidity if IgM positive, parvovirus B19 serology.',
      learner:
        "The mother's blood is tested for infections that can reach the baby: syphilis, toxoplasmosis, rubella, CMV, herpes and parvovirus B19.",
    },
    rationale: {
      clinician:
        'Isolated calcifications have a good prognosis only once infection (and aneuploidy) is excluded: in Simchen 2002, one of the 2 isolated-looking cases without a good outcome had parvovirus infection. Serology also decides the next tests: amniotic-fluid CMV PCR if primary CMV infection is suspected, MCA-PSV Doppler if parvovirus infection is confirmed.',
      learner:
        'The outlook is good only once infection has been ruled out: in one study, one of two babies who looked fine on the scan but did not do well had parvovirus infection. The results also decide which tests come next.',
    },
    citations: [
      'simchen-2002',
      'droracle-2025',
      'smfm-cs-39',
      'praxis-parvovirus-2026',
    ],
  },
  {
    id: 'question.storch',
    kind: 'question',
    label: { clinician: 'STORCH serology', learner: 'Infection blood tests' },
    text: {
      clinician:
        'STORCH results (syphilis, toxoplasmosis, rubella, CMV, herpes; IgG and IgM)?',
      learner:
        "What did the mother's blood tests for syphilis, toxoplasmosis, rubella, CMV and herpes show (IgG and IgM antibody results)?",
    },
    rationale: {
      clinician:
        'Part of the infection workup (Simchen 2002 methods). The CMV IgG/IgM pattern decides further CMV testing: negative IgM and IgG rule out congenital CMV; a positive IgM calls for IgG avidity.',
      learner:
        'These infections have been linked to liver calcifications in the baby. The CMV results also decide what comes next: if both CMV antibody tests are negative, the baby does not have CMV; if the IgM test is positive, another test (avidity) is needed.',
    },
    citations: ['droracle-2025', 'pata-2012', 'simchen-2002', 'smfm-cs-39'],
  },
  {
    id: 'question.cmv-avidity',
    kind: 'question',
    label: { clinician: 'CMV IgG avidity', learner: 'CMV avidity test' },
    text: {
      clinician: 'CMV IgG avidity?',
      learner: 'What did the CMV IgG avidity test show?',
    },
    rationale: {
      clinician:
        'With CMV IgM positive, avidity identifies primary infection (seroconversion, or IgM positive with IgG positive and low avidity), the indication for amniotic-fluid CMV PCR.',
      learner:
        "The mother's CMV IgM test is positive. The avidity test helps show whether this is a new (primary) infection: a positive IgM and IgG with low avidity means a primary infection. That decides whether the fluid around the baby should be tested for CMV.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'question.parvovirus',
    kind: 'question',
    label: { clinician: 'Parvovirus B19', learner: 'Parvovirus B19 test' },
    text: {
      clinician: 'Parvovirus B19 serology (IgG and IgM)?',
      learner:
        "What did the mother's parvovirus B19 blood tests (IgG and IgM) show?",
    },
    rationale: {
      clinician:
        'Parvovirus B19 is the most commonly reported infectious cause of fetal anemia; if infection is confirmed, MCA-PSV Doppler monitors for anemia.',
      learner:
        "Parvovirus B19 is the infection most often reported to cause anemia in the baby. If the mother has been infected, a Doppler scan of a blood vessel in the baby's brain checks for anemia.",
    },
    citations: [
      'praxis-parvovirus-2026',
      'simchen-2002',
      'smfm-cg-8',
      'acog-pb-151',
    ],
  },
  {
    id: 'question.infection-timing',
    kind: 'question',
    label: {
      clinician: 'Time since maternal infection',
      learner: 'When was the mother infected?',
    },
    text: {
      clinician:
        'Weeks since the estimated maternal infection (unknown if not known)?',
      learner:
        'About how many weeks ago was the mother infected? Choose unknown if nobody knows.',
    },
    rationale: {
      clinician:
        'Amniotic-fluid CMV PCR is most sensitive only when BOTH conditions are met: 21 weeks or later AND more than 6 weeks after maternal infection. An earlier negative PCR may be falsely reassuring.',
      learner:
        'Testing the fluid around the baby for CMV is most sensitive only from 21 weeks of pregnancy AND more than 6 weeks after the mother was infected. A negative result before then can be falsely reassuring.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'serology.syphilis',
    kind: 'serology',
    label: { clinician: 'Syphilis', learner: 'Syphilis' },
    text: {
      clinician: 'Maternal syphilis serology, part of the STORCH panel.',
      learner:
        "The mother's blood test for syphilis, one of the infections linked to fetal liver calcifications.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.toxoplasma-igg',
    kind: 'serology',
    label: { clinician: 'Toxoplasma IgG', learner: 'Toxoplasma IgG' },
    text: {
      clinician: 'Maternal Toxoplasma IgG, part of the STORCH panel.',
      learner: "The mother's IgG antibody test for toxoplasmosis.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.toxoplasma-igm',
    kind: 'serology',
    label: { clinician: 'Toxoplasma IgM', learner: 'Toxoplasma IgM' },
    text: {
      clinician: 'Maternal Toxoplasma IgM, part of the STORCH panel.',
      learner: "The mother's IgM antibody test for toxoplasmosis.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.rubella-igg',
    kind: 'serology',
    label: { clinician: 'Rubella IgG', learner: 'Rubella IgG' },
    text: {
      clinician: 'Maternal rubella IgG, part of the STORCH panel.',
      learner: "The mother's IgG antibody test for rubella.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.rubella-igm',
    kind: 'serology',
    label: { clinician: 'Rubella IgM', learner: 'Rubella IgM' },
    text: {
      clinician: 'Maternal rubella IgM, part of the STORCH panel.',
      learner: "The mother's IgM antibody test for rubella.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.cmv-igg',
    kind: 'serology',
    label: { clinician: 'CMV IgG', learner: 'CMV IgG' },
    text: {
      clinician:
        'Maternal CMV IgG. Negative IgM and IgG rule out congenital CMV; IgG positive with IgM negative does NOT exclude fetal infection (non-primary infection).',
      learner:
        "The mother's IgG antibody test for CMV. If both CMV tests (IgG and IgM) are negative, the baby does not have CMV. A positive IgG with a negative IgM does NOT rule out infection of the baby.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'serology.cmv-igm',
    kind: 'serology',
    label: { clinician: 'CMV IgM', learner: 'CMV IgM' },
    text: {
      clinician:
        'Maternal CMV IgM. If positive, obtain IgG avidity: primary infection = seroconversion, or IgM positive with IgG positive and low avidity.',
      learner:
        "The mother's IgM antibody test for CMV. If it is positive, an avidity test follows: positive IgM and IgG with low avidity means a new (primary) infection.",
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'serology.hsv-igg',
    kind: 'serology',
    label: { clinician: 'HSV IgG', learner: 'Herpes simplex IgG' },
    text: {
      clinician: 'Maternal herpes simplex IgG, part of the STORCH panel.',
      learner: "The mother's IgG antibody test for herpes simplex virus.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.hsv-igm',
    kind: 'serology',
    label: { clinician: 'HSV IgM', learner: 'Herpes simplex IgM' },
    text: {
      clinician: 'Maternal herpes simplex IgM, part of the STORCH panel.',
      learner: "The mother's IgM antibody test for herpes simplex virus.",
    },
    citations: ['droracle-2025', 'simchen-2002'],
  },
  {
    id: 'serology.cmv-seroconversion',
    kind: 'serology',
    label: {
      clinician: 'CMV IgG seroconversion',
      learner: 'CMV IgG turned positive',
    },
    text: {
      clinician:
        'CMV IgG now positive in a woman known to be CMV IgG negative earlier in pregnancy (positive = seroconversion documented; not done = no earlier IgG result).',
      learner:
        "The mother's CMV IgG is positive now but was negative in an earlier test (positive = this change was seen; not done = no earlier test).",
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'serology.parvovirus-igg',
    kind: 'serology',
    label: { clinician: 'Parvovirus B19 IgG', learner: 'Parvovirus B19 IgG' },
    text: {
      clinician: 'Maternal parvovirus B19 IgG.',
      learner: "The mother's IgG antibody test for parvovirus B19.",
    },
    citations: ['praxis-parvovirus-2026', 'simchen-2002'],
  },
  {
    id: 'serology.parvovirus-igm',
    kind: 'serology',
    label: { clinician: 'Parvovirus B19 IgM', learner: 'Parvovirus B19 IgM' },
    text: {
      clinician:
        'Maternal parvovirus B19 IgM. If infection is confirmed, MCA-PSV Doppler monitors for fetal anemia.',
      learner:
        "The mother's IgM antibody test for parvovirus B19. If infection is confirmed, a Doppler scan checks the baby for anemia.",
    },
    citations: ['praxis-parvovirus-2026', 'simchen-2002', 'smfm-cg-8'],
  },
];

import type { NodeInput } from './node-input.ts';

/** Specialized testing when indicated: CMV PCR, MCA Doppler, fetal MRI. */
export const specializedNodes: NodeInput[] = [
  {
    id: 'phase.specialized',
    kind: 'phase',
    label: { clinician: 'Specialized testing', learner: 'Special tests' },
    text: {
      clinician:
        'Tests when indicated: amniotic-fluid CMV PCR, MCA-PSV Doppler, fetal MRI.',
      learner:
        'Some tests are done only when earlier results call for them: a CMV test of the fluid around the baby, a Doppler scan for anemia, and an MRI scan.',
    },
    rationale: {
      clinician:
        'Amniotic-fluid CMV PCR if primary CMV infection is suspected; MCA-PSV Doppler if parvovirus infection is confirmed or hydrops is present; fetal MRI for detailed evaluation of brain and liver parenchyma.',
      learner:
        'Each test answers a specific question: is the baby infected with CMV, is the baby anemic, and what do the brain and liver look like in more detail.',
    },
    citations: [
      'droracle-2025',
      'smfm-cs-39',
      'praxis-parvovirus-2026',
      'smfm-cg-7',
      'pata-2012',
    ],
  },
  {
    id: 'question.cmv-pcr',
    kind: 'question',
    label: {
      clinician: 'Amniotic-fluid CMV PCR',
      learner: 'CMV test of the fluid around the baby',
    },
    text: {
      clinician: 'Amniotic-fluid CMV PCR result?',
      learner:
        'What did the test for CMV in the fluid around the baby (amniotic fluid) show?',
    },
    rationale: {
      clinician:
        'Done when primary CMV infection is suspected. Most sensitive only at 21 weeks or later AND more than 6 weeks after maternal infection; an earlier negative PCR may be falsely reassuring.',
      learner:
        'This test looks for the virus itself in the fluid around the baby, when a new CMV infection in the mother is suspected. It is most sensitive only from 21 weeks of pregnancy AND more than 6 weeks after the infection; a negative result before then can be falsely reassuring.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'question.mca-doppler',
    kind: 'question',
    label: { clinician: 'MCA-PSV Doppler', learner: 'Doppler scan for anemia' },
    text: {
      clinician:
        'Middle cerebral artery peak systolic velocity (MCA-PSV) Doppler result?',
      learner:
        'What did the Doppler scan of the blood flow in a brain artery (MCA-PSV) show?',
    },
    rationale: {
      clinician:
        'Monitors for fetal anemia if parvovirus infection is confirmed, and is part of any hydrops workup; MCA-PSV above 1.5 MoM suggests anemia.',
      learner:
        'The speed of blood flow in a brain artery of the baby shows whether the baby may be anemic. A value above 1.5 MoM (1.5 multiples of the median) suggests anemia.',
    },
    citations: [
      'praxis-parvovirus-2026',
      'acog-pb-151',
      'smfm-cg-8',
      'smfm-cg-7',
    ],
  },
  {
    id: 'question.fetal-mri',
    kind: 'question',
    label: { clinician: 'Fetal MRI', learner: 'MRI scan of the baby' },
    text: {
      clinician: 'Fetal MRI result?',
      learner: 'What did the MRI scan of the baby show?',
    },
    rationale: {
      clinician: 'Detailed evaluation of brain and liver parenchyma.',
      learner: 'An MRI gives a more detailed look at the brain and the liver.',
    },
    citations: ['pata-2012', 'derme-2025'],
  },
];

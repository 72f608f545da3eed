import type { NodeInput } from './node-input.ts';

/**
 * Next steps that follow a result and are not tests the workup records
 * (REVIEW.md, third review: "Time, follow-up and next steps"; second
 * review for the toxoplasma IgM). Each is an editorial rule: the source
 * gives none of them.
 */
export const stepNodes: NodeInput[] = [
  {
    id: 'step.syphilis-confirm-and-treat',
    kind: 'step',
    label: {
      clinician: 'Confirm and treat syphilis',
      learner: 'Confirm and treat the syphilis infection',
    },
    text: {
      clinician:
        'Confirm with the complementary (treponemal / non-treponemal) test and treat promptly with penicillin as national guidance says; involve the specialist. Fetal signs of congenital syphilis include hepatomegaly, ascites, hydrops and a thick placenta.',
      learner:
        'A second, complementary kind of syphilis blood test confirms the result, and the mother is treated promptly with penicillin as national guidance says, with a specialist involved. In the baby, syphilis can show as a large liver, fluid in the belly, hydrops or a thick placenta.',
    },
    citations: ['cdc-sti-2021'],
  },
  {
    id: 'step.cf-test-other-parent',
    kind: 'step',
    label: {
      clinician: 'CF: test the other parent',
      learner: 'Cystic fibrosis: test the other parent',
    },
    text: {
      clinician:
        'A carrier parent: test the other parent if not yet tested; when both parents are carriers, genetic counselling and fetal CFTR testing on amniotic fluid are offered.',
      learner:
        'One parent carries cystic fibrosis: the other parent is tested too, if not done yet. If both parents are carriers, they are offered genetic counselling and a test of the baby for cystic fibrosis (the CFTR gene) on a sample of the fluid around the baby.',
    },
    citations: ['smfm-cs-57', 'acog-co-691'],
  },
  {
    id: 'step.anemia-causes-workup',
    kind: 'step',
    label: {
      clinician: 'Other causes of fetal anemia',
      learner: 'Look for the other causes of anemia',
    },
    text: {
      clinician:
        'Beside the urgent referral: maternal red-cell antibody screen (alloimmunization), and parental blood count and hemoglobin studies for alpha-thalassemia carrier status.',
      learner:
        "Beside the urgent referral, the other causes of anemia in the baby are looked for: a blood test of the mother for red-cell antibodies against the baby's blood, and blood counts and hemoglobin tests of both parents to see whether they carry alpha-thalassemia.",
    },
    citations: ['smfm-cg-8', 'smfm-cg-7'],
  },
  {
    id: 'step.exome-sequencing',
    kind: 'step',
    label: { clinician: 'Exome sequencing', learner: 'Exome sequencing' },
    text: {
      clinician:
        'Offer exome sequencing after genetic counselling (it includes genes such as COL4A1/COL4A2): structural findings suggest a genetic syndrome, the infection workup is negative and the microarray is normal (a pseudo-TORCH picture).',
      learner:
        'After genetic counselling, a broader genetic test of the baby (exome sequencing) is offered: it looks at many genes, including COL4A1 and COL4A2. It is offered because the scan suggests a genetic syndrome while the infection tests and the microarray are normal.',
    },
    citations: ['acmg-2020'],
  },
  {
    id: 'step.toxo-reference-lab',
    kind: 'step',
    label: {
      clinician: 'Confirm toxoplasma IgM at a reference laboratory',
      learner: 'Check the toxoplasma test at a reference laboratory',
    },
    text: {
      clinician:
        'Toxoplasma IgM can persist for months or years and false positives are common: confirm at a reference laboratory (e.g. IgG avidity) before calling the infection recent.',
      learner:
        "The mother's toxoplasma IgM test can stay positive for months or years and can be falsely positive: a reference laboratory confirms it (for example with an avidity test) before the infection is called recent.",
    },
    citations: ['acog-pb-151'],
  },
];

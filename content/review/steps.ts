import type { ReviewRecords } from './review-records.ts';

/** The editorial review record of each node of nodes/steps.ts, by node id. */
export const stepReviews: ReviewRecords = {
  'step.syphilis-confirm-and-treat': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Syphilis serology positive -> confirm with the complementary (treponemal / non-treponemal) test and treat promptly with penicillin as national guidance says; involve the specialist; fetal signs of congenital syphilis include hepatomegaly, ascites, hydrops and a thick placenta (CDC STI 2021).',
  },
  'step.cf-test-other-parent': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Parental CF carrier screening abnormal (with echogenic bowel) -> a carrier parent: test the other parent if not yet tested; when both are carriers, genetic counselling and fetal CFTR testing on amniotic fluid are offered (SMFM Consult 57; ACOG CO 691).',
  },
  'step.anemia-causes-workup': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Fetal anemia suspected (MCA-PSV above 1.5 MoM or hydrops) and parvovirus negative or not tested -> beside the urgent referral, the other causes of fetal anemia are worked up: maternal red-cell antibody screen (alloimmunization), and parental blood count and hemoglobin studies for alpha-thalassemia carrier status (SMFM CG 8; SMFM CG 7).',
  },
  'step.exome-sequencing': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Time, follow-up and next steps: Structural findings suggesting a genetic syndrome with a normal microarray (abnormal head size, intracranial findings with a negative infection workup: a pseudo-TORCH picture) -> offer exome sequencing after genetic counselling (which includes genes such as COL4A1/COL4A2) (ACMG 2020).',
  },
  'step.toxo-reference-lab': {
    status: 'editorial-rule',
    evidence:
      'Editorial rule (not in the source). REVIEW.md, Patterns the source does not cover: Toxoplasma IgM positive -> IgM can persist for months or years and false positives are common: confirm at a reference laboratory (e.g. IgG avidity) before calling the infection recent (ACOG PB 151).',
  },
};

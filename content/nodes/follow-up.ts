import type { NodeInput } from './node-input.ts';

/** Follow-up items that are not tests (from the review's safety notes). */
export const followUpNodes: NodeInput[] = [
  {
    id: 'follow-up.urgent-hydrops-referral',
    kind: 'follow-up',
    label: {
      clinician: 'Urgent referral for hydrops',
      learner: 'Hydrops needs urgent referral',
    },
    text: {
      clinician:
        'Hydrops needs urgent referral. MCA-PSV Doppler is part of any hydrops workup.',
      learner:
        'Hydrops (fluid build-up in the baby) needs urgent referral. Checking the baby for anemia with a Doppler scan is part of the workup.',
    },
    citations: ['smfm-cg-7', 'smfm-cg-8'],
  },
  {
    id: 'follow-up.urgent-anemia-referral',
    kind: 'follow-up',
    label: {
      clinician: 'Urgent referral: suspected fetal anemia',
      learner: 'Suspected anemia needs urgent referral',
    },
    text: {
      clinician:
        'MCA-PSV above 1.5 MoM suggests fetal anemia: urgent referral to a fetal medicine centre able to do fetal blood sampling and transfusion.',
      learner:
        "The Doppler scan suggests anemia in the baby: urgent referral to a fetal medicine centre that can test and transfuse the baby's blood.",
    },
    citations: ['smfm-cg-8'],
  },
  {
    id: 'follow-up.specialist-counselling',
    kind: 'follow-up',
    label: {
      clinician: 'Specialist counselling',
      learner: 'Talking it through with a specialist',
    },
    text: {
      clinician:
        'Amniocentesis and pregnancy-management decisions need specialist counselling.',
      learner:
        'Decisions about amniocentesis and about the pregnancy need counselling by a specialist.',
    },
    citations: ['droracle-2025'],
  },
];

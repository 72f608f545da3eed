import type { NodeInput } from './node-input.ts';

/** Intake: who is using the app, and the gestational age. */
export const intakeNodes: NodeInput[] = [
  {
    id: 'phase.intake',
    kind: 'phase',
    label: { clinician: 'Intake', learner: 'Getting started' },
    text: {
      clinician: 'Who is using the app, and the gestational age.',
      learner: 'First, tell us who you are and how far along the pregnancy is.',
    },
    rationale: {
      clinician:
        'Wording adapts to the user. Gestational age decides when tests are informative: amniotic-fluid CMV PCR is most sensitive only at 21 weeks or later and more than 6 weeks after maternal infection.',
      learner:
        'Your answer lets the app choose the right words for you. How far along the pregnancy is matters because some tests are most sensitive only after a certain point: for example, testing the fluid around the baby for CMV is most sensitive from 21 weeks of pregnancy.',
    },
    citations: ['droracle-2025', 'smfm-cs-39'],
  },
  {
    id: 'question.audience',
    kind: 'question',
    label: { clinician: 'Who are you?', learner: 'Who are you?' },
    text: {
      clinician: 'Which best describes you?',
      learner: 'Which best describes you?',
    },
    rationale: {
      clinician:
        'Your choice helps us use language that is most understandable for you.',
      learner:
        'Your choice helps us use language that is most understandable for you.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'question.gestational-age',
    kind: 'question',
    label: { clinician: 'Gestational age', learner: 'Weeks of pregnancy' },
    text: {
      clinician: 'Gestational age (weeks)?',
      learner: 'How many weeks pregnant is the mother?',
    },
    rationale: {
      clinician:
        'Timing decides what tests can show: amniotic-fluid CMV PCR is most sensitive only at 21 weeks or later AND more than 6 weeks after maternal infection; the risk of hydrops and fetal loss after parvovirus B19 infection applies to infection before 20 weeks.',
      learner:
        'Timing matters. Testing the fluid around the baby for CMV is most sensitive only from 21 weeks of pregnancy and more than 6 weeks after the mother was infected. With parvovirus B19, an infection before 20 weeks carries a risk of hydrops (fluid build-up in the baby) and of losing the pregnancy.',
    },
    citations: ['smfm-cs-39', 'smfm-cg-8', 'enders-2010'],
  },
  {
    id: 'option.clinician',
    kind: 'option',
    label: { clinician: 'Clinician', learner: 'Clinician' },
    text: {
      clinician: 'Concise clinical wording.',
      learner: 'Concise clinical wording, for healthcare professionals.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.learner',
    kind: 'option',
    label: { clinician: 'Student or learner', learner: 'Student or learner' },
    text: {
      clinician: 'Plain language, with terms explained.',
      learner: 'Plain language, with medical terms explained.',
    },
    citations: ['droracle-2025'],
  },
];

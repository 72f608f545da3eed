import type { NodeInput } from './node-input.ts';

/** Messages shown when the interview refuses an answer. */
export const validationNodes: NodeInput[] = [
  {
    id: 'validation.required',
    kind: 'validation',
    label: { clinician: 'Answer required', learner: 'Answer required' },
    text: {
      clinician: 'An answer is required.',
      learner: 'Please answer this question to go on.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.not-a-number',
    kind: 'validation',
    label: { clinician: 'Not a number', learner: 'Not a number' },
    text: {
      clinician: 'Enter a number of weeks.',
      learner: 'Please type a number of weeks, for example 22.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.gestational-age-out-of-range',
    kind: 'validation',
    label: {
      clinician: 'Gestational age out of range',
      learner: 'Weeks out of range',
    },
    text: {
      clinician: 'Gestational age must be from 10 to 42 weeks.',
      learner: 'The weeks of pregnancy must be a number from 10 to 42.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.weeks-since-infection-negative',
    kind: 'validation',
    label: {
      clinician: 'Negative interval',
      learner: 'Weeks cannot be negative',
    },
    text: {
      clinician:
        'Weeks since maternal infection cannot be negative. More weeks than the pregnancy has lasted is accepted: gestational age counts from the last menstrual period, and infection can precede it.',
      learner:
        'The number of weeks since the infection cannot be below zero (more weeks than the pregnancy is fine: the infection can have happened just before it). Choose unknown if nobody knows.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'validation.weeks-since-infection-too-long',
    kind: 'validation',
    label: {
      clinician: 'Interval too long',
      learner: 'Too many weeks',
    },
    text: {
      clinician:
        'Weeks since maternal infection can be at most {longest}: the pregnancy so far plus a year before it.',
      learner:
        'The number of weeks since the infection can be at most {longest} (the pregnancy so far plus a year before it). Choose unknown if nobody knows.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'validation.unknown-option',
    kind: 'validation',
    label: { clinician: 'Unknown option', learner: 'Unknown choice' },
    text: {
      clinician: 'That is not one of the offered answers.',
      learner: 'Please pick one of the answers offered.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.duplicate-option',
    kind: 'validation',
    label: { clinician: 'Duplicate option', learner: 'Chosen twice' },
    text: {
      clinician: 'Each answer can be chosen only once.',
      learner: 'You picked the same answer twice; pick each one only once.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.taken-out-of-range',
    kind: 'validation',
    label: {
      clinician: 'Date taken out of range',
      learner: 'Week taken out of range',
    },
    text: {
      clinician:
        "When it was taken must be from 10 weeks to today's gestational age.",
      learner:
        'The week the test was taken must be from 10 weeks to the week of pregnancy today.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.visit-not-later',
    kind: 'validation',
    label: {
      clinician: 'Visit not after the last',
      learner: 'Visit not after the last',
    },
    text: {
      clinician:
        "A new visit's gestational age must be later than the last visit's ({last}).",
      learner:
        'The weeks of pregnancy at a new visit must be more than at the last visit ({last}).',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'validation.gestational-age-before-results',
    kind: 'validation',
    label: {
      clinician: 'Before a recorded result',
      learner: 'Before a recorded result',
    },
    text: {
      clinician:
        'Gestational age cannot be before a result already recorded ({last}): correct that result first.',
      learner:
        'The weeks of pregnancy cannot be fewer than the week of a result already recorded ({last}): correct that result first.',
    },
    citations: ['droracle-2025'],
  },
];

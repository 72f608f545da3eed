import type { NodeInput } from './node-input.ts';

/**
 * Result values shared by several questions. Labels are generic; the
 * question node says what the result is of.
 */
export const optionNodes: NodeInput[] = [
  {
    id: 'option.positive',
    kind: 'option',
    label: { clinician: 'Positive', learner: 'Positive' },
    text: {
      clinician: 'Result positive.',
      learner: 'The test found what it looks for.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.negative',
    kind: 'option',
    label: { clinician: 'Negative', learner: 'Negative' },
    text: {
      clinician: 'Result negative.',
      learner: 'The test did not find what it looks for.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.equivocal',
    kind: 'option',
    label: { clinician: 'Equivocal', learner: 'Equivocal' },
    text: {
      clinician:
        'Equivocal (borderline) result: not excluded; repeat the test.',
      learner:
        'A borderline result: it neither shows nor rules out the infection, so the test is repeated.',
    },
    citations: ['editorial-review'],
  },
  {
    id: 'option.normal',
    kind: 'option',
    label: { clinician: 'Normal', learner: 'Normal' },
    text: {
      clinician: 'Result normal.',
      learner: 'The test showed nothing abnormal.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.abnormal',
    kind: 'option',
    label: { clinician: 'Abnormal', learner: 'Abnormal' },
    text: {
      clinician: 'Result abnormal.',
      learner: 'The test showed something abnormal.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.pending',
    kind: 'option',
    label: { clinician: 'Pending', learner: 'Waiting for result' },
    text: {
      clinician: 'Sent; result pending.',
      learner: 'The test has been done but the result is not back yet.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.not-done',
    kind: 'option',
    label: { clinician: 'Not done', learner: 'Not done' },
    text: {
      clinician: 'Not done.',
      learner: 'The test has not been done.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.low',
    kind: 'option',
    label: { clinician: 'Low', learner: 'Low' },
    text: {
      clinician:
        'Low IgG avidity: with IgM and IgG positive, indicates primary CMV infection.',
      learner:
        'Low avidity. With positive CMV IgM and IgG, it means a new (primary) infection in the mother.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'option.intermediate',
    kind: 'option',
    label: { clinician: 'Intermediate', learner: 'Intermediate' },
    text: {
      clinician: 'Intermediate IgG avidity.',
      learner: 'Intermediate avidity: neither low nor high.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'option.high',
    kind: 'option',
    label: { clinician: 'High', learner: 'High' },
    text: {
      clinician: 'High IgG avidity.',
      learner: 'High avidity.',
    },
    citations: ['smfm-cs-39'],
  },
  {
    id: 'option.unknown',
    kind: 'option',
    label: { clinician: 'Unknown', learner: 'Not known' },
    text: {
      clinician: 'Not known.',
      learner: 'Nobody knows the answer yet.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.unchanged',
    kind: 'option',
    label: { clinician: 'Unchanged', learner: 'Unchanged' },
    text: {
      clinician: 'The liver calcifications are unchanged.',
      learner: 'The liver calcifications look the same as before.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.increased',
    kind: 'option',
    label: { clinician: 'Increased', learner: 'More than before' },
    text: {
      clinician: 'The liver calcifications have increased.',
      learner: 'There are more liver calcifications than before.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'option.resolved',
    kind: 'option',
    label: { clinician: 'Resolved', learner: 'Gone' },
    text: {
      clinician:
        'The liver calcifications are no longer seen. Resolution does not by itself change the causes still open.',
      learner:
        'The liver calcifications can no longer be seen. This alone does not rule out a cause.',
    },
    citations: ['droracle-2025', 'editorial-review'],
  },
];

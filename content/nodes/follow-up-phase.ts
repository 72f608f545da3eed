import type { NodeInput } from './node-input.ts';

/**
 * The follow-up phase: a workup runs over weeks and into the newborn
 * period. A visit moves today's gestational age; a follow-up scan records
 * new findings and what the liver calcifications did.
 */
export const followUpPhaseNodes: NodeInput[] = [
  {
    id: 'phase.follow-up',
    kind: 'phase',
    label: { clinician: 'Follow-up', learner: 'Follow-up' },
    text: {
      clinician:
        'Serial ultrasound, the repeats that fall due, results as they come back, and the steps after birth.',
      learner:
        'Later visits: scans to follow the baby, tests that are due again, results that come back, and what is planned after birth.',
    },
    rationale: {
      clinician:
        'Serial ultrasound monitoring throughout pregnancy for development of additional abnormalities; postnatal examination and imaging to confirm resolution or persistence of the calcifications; long-term pediatric follow-up for neurodevelopmental outcomes, particularly if infection was confirmed. Every result is read at the gestational age it was taken at.',
      learner:
        'The baby is followed with scans during the pregnancy in case new findings appear, examined and scanned after birth to see whether the calcifications have gone, and followed as a child when an infection was confirmed. Each result is read for the week of pregnancy it was taken at.',
    },
    citations: ['droracle-2025', 'simchen-2002', 'pata-2012', 'smfm-cs-39'],
  },
  {
    id: 'question.visit',
    kind: 'question',
    label: { clinician: 'New visit', learner: 'New visit' },
    text: {
      clinician: "Today's gestational age (weeks)?",
      learner: 'How many weeks pregnant is the mother today?',
    },
    rationale: {
      clinician:
        "A visit moves today's gestational age: everything due is recomputed from it, while each result keeps the gestational age it was taken at (an amniotic-fluid CMV PCR taken at 19 weeks stays taken too early when it is recorded at 24 weeks).",
      learner:
        'A new visit moves the week of pregnancy: what is due is worked out again, while each result keeps the week it was taken at.',
    },
    citations: ['smfm-cs-39', 'editorial-review'],
  },
  {
    id: 'question.follow-up-scan',
    kind: 'question',
    label: { clinician: 'Follow-up scan', learner: 'Follow-up scan' },
    text: {
      clinician:
        'Follow-up scan today: new findings, and the liver calcifications?',
      learner:
        'Was there a scan today? What did it show, and how do the liver calcifications look?',
    },
    rationale: {
      clinician:
        'Serial ultrasound monitoring throughout pregnancy for development of additional abnormalities. A new finding changes the classification as any finding does (isolated becomes associated); resolution of the calcifications does not by itself change the causes still open.',
      learner:
        'Scans during the pregnancy look for new findings. A new finding counts like any other; calcifications that fade do not by themselves rule out a cause.',
    },
    citations: [
      'droracle-2025',
      'simchen-2002',
      'pata-2012',
      'editorial-review',
    ],
  },
];

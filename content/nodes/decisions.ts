import type { NodeInput } from './node-input.ts';

/**
 * The machine's decisions: one node per guard, `decision.<guardName>`. The
 * algorithm map and the chart label every guarded transition with them.
 *
 * - `label` is the condition as a clause that reads after "when" or "unless"
 *   ("CMV IgM is positive"): the map writes "skipped unless CMV IgM is
 *   positive" for a `not(cmvIgmPositive)` skip, "when A and B" for `and`.
 * - `text` is the whole decision as a sentence, shown when a state is
 *   selected on the map.
 */
export const decisionNodes: NodeInput[] = [
  {
    id: 'decision.shouldSkip',
    kind: 'decision',
    label: {
      clinician:
        'it does not apply to the answers so far or is already answered',
      learner:
        'the question does not fit the answers given so far, or already has an answer',
    },
    text: {
      clinician:
        'A question is skipped when it does not apply to the answers so far or is already answered (never while it is being edited), so a resumed or edited consult continues at the first open question.',
      learner:
        'A question is left out when it does not fit the answers given so far, or when it already has an answer (but never while you are changing it). That way a consult picks up at the first question still open.',
    },
    citations: ['droracle-2025'],
    review: { status: 'supported' },
  },
  {
    id: 'decision.isValidAnswer',
    kind: 'decision',
    label: {
      clinician: 'the answer is complete and valid',
      learner: 'the answer is complete and makes sense',
    },
    text: {
      clinician:
        'The consult moves on only with a complete, valid answer; otherwise the question stays and says what is wrong.',
      learner:
        'The app goes on only when the answer is complete and makes sense; otherwise it stays on the question and explains what to fix.',
    },
    citations: ['droracle-2025'],
    review: { status: 'supported' },
  },
  {
    id: 'decision.isEditOf',
    kind: 'decision',
    label: {
      clinician: 'the question applies and has an answer',
      learner: 'the question fits the answers so far and already has an answer',
    },
    text: {
      clinician:
        'An earlier answer can be edited when its question still applies and has been answered; the consult returns to that question.',
      learner:
        'You can change an earlier answer when its question still fits and already has an answer; the app goes back to that question.',
    },
    citations: ['droracle-2025'],
    review: { status: 'supported' },
  },
];

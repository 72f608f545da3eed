import type { CauseStatusId, TestStatusId } from '../ids.ts';

/**
 * The names of the statuses a test or a cause can have: the summary and the
 * worked cases show the same names (both load lazily, and these with them).
 * A learner reads plainer names where the clinical ones are jargon.
 */
export const statusUi = {
  'status.test.recommended': 'Recommended',
  'status.test.repeat': { clinician: 'Repeat', learner: 'Do again' },
  'status.test.not-yet-optimal': {
    clinician: 'Not yet optimal',
    learner: 'Best done later',
  },
  'status.test.pending': 'Result awaited',
  'status.test.done': 'Done',
  'status.test.not-indicated': {
    clinician: 'Not indicated',
    learner: 'Not needed',
  },
  'status.test.optional': {
    clinician: 'Optional',
    learner: 'Not needed now',
  },
  'status.test.after-birth': {
    clinician: 'After birth',
    learner: 'After the birth',
  },
  'status.cause.supported': {
    clinician: 'Supported',
    learner: 'Fits the findings',
  },
  'status.cause.possible': { clinician: 'Possible', learner: 'Still possible' },
  'status.cause.not-supported': {
    clinician: 'Not supported',
    learner: 'Does not fit the findings',
  },
  'status.cause.excluded': { clinician: 'Excluded', learner: 'Ruled out' },
  'status.cause.confirmed': 'Confirmed',
} as const satisfies Record<
  `status.test.${TestStatusId}` | `status.cause.${CauseStatusId}`,
  string | Readonly<Record<'clinician' | 'learner', string>>
>;

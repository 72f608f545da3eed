/**
 * The names of the statuses a test or a cause can have: the summary and the
 * worked cases show the same names (both load lazily, and these with them).
 */
export const statusUi = {
  'status.test.recommended': 'Recommended',
  'status.test.repeat': 'Repeat',
  'status.test.not-yet-optimal': 'Not yet optimal',
  'status.test.pending': 'Result awaited',
  'status.test.done': 'Done',
  'status.test.not-indicated': 'Not indicated',
  'status.cause.supported': 'Supported',
  'status.cause.possible': 'Possible',
  'status.cause.not-supported': 'Not supported',
  'status.cause.excluded': 'Excluded',
} as const;

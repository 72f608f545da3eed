/**
 * Words of the workup summary (src/features/consult/summary-panel.tsx, its
 * view model and Record a result): a lazy part, so they load with it.
 */
export const summaryUi = {
  'summary.print-title': 'Fetal hepatic calcifications: guided workup',
  'summary.title-final': 'Workup summary',
  'summary.title-partial': 'Summary so far',
  'summary.date': 'Date:',
  'summary.content-version': '· Content version {version}',
  'summary.partial-notice':
    'The workup is not finished: this summary reflects the answers so far and will change as you go on.',
  'summary.print': 'Print or save as PDF',
  'summary.copy': 'Copy summary as text',
  'summary.copied': 'Summary copied as text.',
  'summary.copy-failed': 'Copying failed.',
  'summary.contents': 'Contents',
  'summary.classification': 'Classification',
  'summary.next-tests': 'All tests',
  'summary.differential': {
    clinician: 'Differential diagnosis',
    learner: 'Possible causes',
  },
  'summary.prognosis': { clinician: 'Prognosis', learner: 'Outlook' },
  'summary.pitfalls': {
    clinician: 'Pitfalls',
    learner: 'Mistakes to avoid',
  },
  'summary.follow-up': 'Follow-up',
  'summary.background': 'Background',
  'summary.answers': 'Answers entered',
  'summary.references': 'References',
  'summary.about-summary': 'About this summary',
  'summary.at-a-glance': 'At a glance',
  'summary.what-next': 'What to do now',
  'summary.no-test': 'No step to add now.',
  'summary.still-open': {
    clinician: 'Awaited',
    learner: 'Waiting for results',
  },
  'summary.no-pending': 'No result awaited.',
  'summary.urgent': 'Urgent',
  'summary.actions': 'Print and export',
  'summary.live-causes': {
    clinician: 'Live causes',
    learner: 'Causes still in question',
  },
  'summary.folded-causes': {
    clinician: 'Not supported or excluded ({count})',
    learner: 'Ruled out or unlikely ({count})',
  },
  'summary.for': { clinician: 'For:', learner: 'For it:' },
  'summary.against': { clinician: 'Against:', learner: 'Against it:' },
  'summary.settle': {
    clinician: 'Settled by:',
    learner: 'What would settle it:',
  },
  'summary.relevant': {
    clinician: 'Bears on this case',
    learner: 'Matters here',
  },
  'summary.other-pitfalls': {
    clinician: 'Other pitfalls ({count})',
    learner: 'Other mistakes to avoid ({count})',
  },
  'summary.driven-by': { clinician: 'Driven by:', learner: 'Because of:' },
  'summary.driver.fetal-anemia': 'suspected fetal anemia',
  'summary.driver.chromosomal-abnormality': {
    clinician: 'the chromosomal abnormality',
    learner: 'the chromosome abnormality',
  },
  'summary.driver.infection': 'the infection',
  'summary.driver.associated-findings': {
    clinician: 'the associated findings',
    learner: 'the other findings',
  },
  'summary.driver.isolated': {
    clinician: 'an isolated finding, aneuploidy and infection excluded',
    learner:
      'the only finding, with chromosome problems and infection ruled out',
  },
  'summary.driver.workup-incomplete': {
    clinician: 'the workup so far (not complete)',
    learner: 'the tests so far (not finished)',
  },
  // The summary as text (copy, the command line): headings of its parts.
  'summary.text-title': 'FETAL HEPATIC CALCIFICATIONS: WORKUP SUMMARY',
  'summary.text-version': 'Content version {version}',
  'summary.text-about': 'About:',
  'summary.group-recommended': 'Recommended now',
  'summary.group-repeat': 'To repeat',
  'summary.group-not-yet-optimal': 'Not yet optimal',
  'summary.group-pending': 'Sent, result awaited',
  'summary.group-done': 'Done',
  'summary.group-optional': 'Optional',
  'summary.group-not-indicated': 'Not indicated',
  'summary.group-after-birth': 'Planned after birth',
  // Calendar dates: computed for display only, never stored (issue 18).
  'summary.on-or-after': 'on or after {date}',
  'summary.due-since': 'due since {date}',
  'summary.dates-note':
    'Dates computed from today ({date}) for display only; they are not stored.',
  'summary.since-last-visit': {
    clinician: 'Since the last visit ({weeks})',
    learner: 'What changed since the last visit ({weeks})',
  },
  'summary.since-nothing': 'Nothing changed in the summary.',
  'summary.since-classification': 'Classification: {from} → {to}.',
  'summary.since-cause': '{cause}: {from} → {to}.',
  'summary.since-test': '{test}: {from} → {to}.',
  'summary.differential-table': {
    clinician: 'Differential at a glance',
    learner: 'Possible causes at a glance',
  },
  'summary.category': 'Category',
  'summary.when': 'When:',
  'summary.about': 'About {label}',
  'summary.based-on': 'Based on: ',
  'summary.not-answered': 'Not answered yet',
} as const;

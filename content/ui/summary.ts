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
  'summary.next-tests': 'Next tests',
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
  'summary.what-next': 'What to do next',
  'summary.no-test': 'No test to add now.',
  'summary.still-open': 'Still open',
  'summary.no-pending': 'No result pending.',
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

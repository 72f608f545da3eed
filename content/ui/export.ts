/**
 * Words of taking a consult along and opening it again
 * (src/features/export/): a lazy part, so they load with it.
 */
export const exportUi = {
  'export.region': 'Take the consult along',
  'export.download': 'Download answers',
  'export.downloaded': 'Answers downloaded.',
  'export.open': 'Open answers…',
  'export.file': 'Answers file to open',
  'export.share': 'Copy share link',
  'export.share-copied': 'Share link copied.',
  'export.share-copy-failed': 'Copying failed: copy the link below.',
  'export.fhir': 'Download FHIR R4',
  'export.fhir-downloaded':
    'FHIR Questionnaire and QuestionnaireResponse downloaded.',
  'export.worked-case': 'Save as worked case',
  'export.worked-case-title': 'Saved consult, {date}',
  'export.worked-case-saved':
    'Worked case saved: open it in Worked cases to step through it.',
  'export.note':
    "Files and links are made in this page and sent nowhere. The share link contains this consult's clinical answers (after the #, which browsers do not send to servers): anyone with the link can read them. Share it only as you would share the answers. You can also drop an answers file here. Content version {version}.",
  'export.link': 'Share link (contains the answers)',
  'export.kept': 'Your consult is kept.',
  'export.not-json': '{source}: cannot read answers as JSON ({message})',
  'export.the-share-link': 'the share link',
  'export.open-title': 'Open the consult from {source}?',
  'export.replaces': 'It replaces the consult in progress in this browser.',
  'export.starts': 'It starts a consult with its answers.',
  'export.resumes': 'The consult resumes at its first open question.',
  'export.replace': 'Replace my consult',
  'export.open-it': 'Open it',
  'export.keep': 'Keep my consult',
  'export.cancel': 'Cancel',
  'export.problems':
    'Could not open {source}; your current consult is kept. Invalid answers:',
  'export.link-notice':
    'This link contains the clinical answers of a consult. They were read in this browser from the link itself; nothing was sent to a server.',
  'export.close': 'Close',
} as const;

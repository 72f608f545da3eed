/**
 * Words shared by every part of the app and shown in the first load
 * (citations, references, answers in words, a saved session that cannot be
 * restored): spread into `uiWords`, so keep them few, and their ids short
 * (each first-load id costs about 7 B gzip; bench/budget.json has little room).
 */
export const sharedUi = {
  'citations.sources': 'Sources:',
  'citations.reference': 'Reference {number}: {label}',
  // A reference's status (`ref.<status>`).
  'ref.traceable': 'Traceable',
  'ref.untraceable': 'Could not be traced',
  'ref.missing': 'Cited but not listed by the source',
  'ref.editorial': "This project's editorial review",
  // Answers in words.
  'answer.week': '{n} week',
  'answer.weeks': '{n} weeks',
  'answer.scan': 'Detailed ultrasound: {result}',
  'answer.none': 'None besides the liver calcifications',
  'answer.taken-at': '{result} (taken at {weeks})',
  'answer.recorded-at': '{result} (taken at {weeks}, recorded at {recorded})',
  'answer.history': '{latest}; earlier: {earlier}',
} as const;

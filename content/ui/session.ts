/**
 * Words of the saved session's screens and notices: the recovery screen,
 * the crash screen, a save that failed, the inspector's question. Loaded
 * with those screens, not with the first one.
 */
export const sessionUi = {
  'session.broken-title': 'Your saved session could not be restored',
  'session.broken-kept':
    'Nothing has been deleted yet. You can copy what was saved, keep what can be read, or start a fresh consult.',
  'session.fresh-start': 'Start a fresh consult',
  'session.copy-broken': 'Copy what was saved',
  'session.keep-readable': 'Keep what can be read',
  'session.dropped-title': 'Set aside (not restored):',
  'session.copied-broken': 'The saved data was copied.',
  'session.copy-broken-failed':
    'Copying failed: select the text below and copy it.',
  'session.show-saved-data': 'Show the saved data',
  'session.saved-data': 'Saved data',
  'session.crashed-title': 'Something went wrong with this consult',
  'session.crashed':
    'The consult could not continue. Copy what was saved first if you need it; then you can start a fresh one.',
  'session.save-failed-title': 'This browser is not saving the consult',
  'session.save-failed':
    'The browser refused to save (its storage is full or private browsing is on). Your answers are only in this page: download them to keep them.',
  'session.download-answers': 'Download answers',
  'session.inspect-confirm':
    'This address asks to open the Stately inspector at stately.ai, which then receives every answer of this consult. Open it?',
  'session.saved-json': 'The saved data is not valid JSON.',
  'session.saved-version':
    'The saved session comes from another version of the app.',
  'session.saved-partial': 'The saved session is incomplete.',
  'session.saved-mismatch':
    'The saved session does not match the current workup.',
  'session.saved-without-age':
    'set aside: the saved gestational age could not be read, and every answer is timed against it',
  'session.saved-dropped':
    'Some of the saved answers could not be read ({count}); the rest can be kept.',
} as const;

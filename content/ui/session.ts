/**
 * Words of the saved session's screens and notices: the recovery screen,
 * the crash screen, a save that failed, the inspector's question. Loaded
 * with those screens, not with the first one.
 */
export const sessionUi = {
  'app.broken-title': 'Your saved session could not be restored',
  'app.broken-kept':
    'Nothing has been deleted yet. You can copy what was saved, keep what can be read, or start a fresh consult.',
  'app.fresh-start': 'Start a fresh consult',
  'app.copy-broken': 'Copy what was saved',
  'app.keep-readable': 'Keep what can be read',
  'app.dropped-title': 'Set aside (not restored):',
  'app.copied-broken': 'The saved data was copied.',
  'app.copy-broken-failed':
    'Copying failed: select the text below and copy it.',
  'app.show-saved-data': 'Show the saved data',
  'app.saved-data': 'Saved data',
  'app.crashed-title': 'Something went wrong with this consult',
  'app.crashed':
    'The consult could not continue. Copy what was saved first if you need it; then you can start a fresh one.',
  'app.save-failed-title': 'This browser is not saving the consult',
  'app.save-failed':
    'The browser refused to save (its storage is full or private browsing is on). Your answers are only in this page: download them to keep them.',
  'app.download-answers': 'Download answers',
  'app.inspect-confirm':
    'This address asks to open the Stately inspector at stately.ai, which then receives every answer of this consult. Open it?',
  'saved.json': 'The saved data is not valid JSON.',
  'saved.version': 'The saved session comes from another version of the app.',
  'saved.partial': 'The saved session is incomplete.',
  'saved.mismatch': 'The saved session does not match the current workup.',
  'saved.without-age':
    'set aside: the saved gestational age could not be read, and every answer is timed against it',
  'saved.dropped':
    'Some of the saved answers could not be read ({count}); the rest can be kept.',
} as const;

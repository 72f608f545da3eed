/** Words of the app's shell: header, views, start over, recovery screens. */
export const appUi = {
  'app.title': 'Fetal liver calcifications',
  'app.title-sub': ' · guided workup',
  'app.skip-link': 'Skip to content',
  'app.views': 'Views',
  'app.view.consult': 'Consult',
  'app.view.teaching': 'Worked cases',
  'app.view.map': 'Algorithm map',
  'app.loading': 'Loading…',
  'app.wording': 'Wording',
  'app.wording.clinician': 'Clinician',
  'app.wording.learner': 'Learner',
  'app.start-over': 'Start over',
  'app.start-over-question': 'Start over? All answers will be cleared.',
  'app.start-over-yes': 'Yes, start over',
  'app.cancel': 'Cancel',
  'app.other-tab-theirs': "Show the other tab's answers",
  'app.other-tab-mine': "Keep this tab's answers",
  'app.content-problem-title': 'The clinical content failed its check',
  'app.content-problem':
    'This copy of the app has malformed clinical content, so it will not run a consult: nothing it would show could be trusted. Your saved answers are kept in this browser untouched.',
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
  'app.downloaded-answers': 'The answers file was downloaded.',
} as const;

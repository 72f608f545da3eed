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
} as const;

import type { NodeInput } from './node-input.ts';

/** App-level notes: disclaimer, overview, incidence, local policies. */
export const appNodes: NodeInput[] = [
  {
    id: 'app.disclaimer',
    kind: 'app',
    label: { clinician: 'About this app', learner: 'About this app' },
    text: {
      clinician:
        'Educational decision support built from one AI-written topic overview (marked "educational purpose only", pending human review), checked by an editorial review against its cited papers and society guidance. Decisions should rely on clinical judgement and independently verified information. No identifiable patient data is collected or stored.',
      learner:
        'This app is for learning. Its content comes from one AI-written overview, checked by an editorial review against the papers it cites. It does not replace the judgement of the clinicians caring for a patient. The app collects and stores no information that could identify a patient.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.overview',
    kind: 'app',
    label: {
      clinician: 'Causes at a glance',
      learner: 'What can cause liver calcifications?',
    },
    text: {
      clinician:
        'Reported causes of fetal hepatic calcifications: congenital infection (CMV, toxoplasmosis, parvovirus B19 and others), chromosomal abnormalities (trisomy 13, 18 and 21; 45,X), fetal vascular/thrombotic injury, and causes of fetal anemia or hydrops. In the cited series infection was uncommon (Simchen 2002: 2 of 61; Bronshtein 1995: none of 14) and aneuploidy more frequent (Simchen 2002: 11 of 61). Isolated calcifications have a good prognosis once aneuploidy and infection are excluded.',
      learner:
        "Calcium deposits (calcifications) in the unborn baby's liver have several possible causes: an infection passed from mother to baby (such as CMV, toxoplasmosis or parvovirus B19), a chromosome abnormality (such as trisomy 13, 18 or 21), damage to the baby's blood vessels, and conditions that make the baby anemic. In the studies behind this app, infection was found only rarely (2 of 61 babies in one study, none of 14 in another) and chromosome abnormalities more often (11 of 61). When the calcifications are the only finding, the outlook is good once chromosome abnormalities and infection have been ruled out.",
    },
    citations: ['droracle-2025', 'simchen-2002', 'bronshtein-1995'],
  },
  {
    id: 'app.incidence',
    kind: 'app',
    label: { clinician: 'Incidence', learner: 'How common is it?' },
    text: {
      clinician:
        'About 1 in 1,750 scans at 14-26 weeks (all liver calcifications, Bronshtein 1995).',
      learner:
        'In one study, liver calcifications were seen in about 1 in 1,750 scans done between 14 and 26 weeks of pregnancy. This figure counts all liver calcifications, not only those found on their own (Bronshtein 1995).',
    },
    citations: ['bronshtein-1995'],
  },
  {
    id: 'app.local-policies',
    kind: 'app',
    label: { clinician: 'Local policies', learner: 'Local rules differ' },
    text: {
      clinician:
        'Local policies differ, for example on CMV screening and valacyclovir; the source does not cover them. Follow local protocols.',
      learner:
        'Hospitals and countries follow different policies, for example on screening for CMV in pregnancy or on using the medicine valacyclovir. The source of this app does not cover these topics, so local rules apply.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.gestational-age-hint',
    kind: 'app',
    label: {
      clinician: 'How to enter gestational age',
      learner: 'How to enter the weeks of pregnancy',
    },
    text: {
      clinician:
        'Weeks, or weeks and days: 20, 20+3, 20w3d or 20 3/7 ({min} to {max} weeks).',
      learner:
        'Type the weeks of pregnancy, for example 20. For weeks and days, type 20+3, 20w3d or 20 3/7 (20 weeks and 3 days). From {min} to {max} weeks.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.taken-at',
    kind: 'app',
    label: {
      clinician: 'Taken at (weeks)',
      learner: 'Week of pregnancy when it was taken',
    },
    text: {
      clinician:
        "When the sample was taken or the scan done: gestational age in weeks, {min} to {today} (today's). Timing rules read this age, not today's.",
      learner:
        'The week of pregnancy when the sample was taken or the scan done, from {min} to {today} (today). Timing rules use this week, not today.',
    },
    citations: ['smfm-cs-39', 'editorial-review'],
  },
  {
    id: 'app.other-tab',
    kind: 'app',
    label: {
      clinician: 'Changed in another tab',
      learner: 'Open in another tab',
    },
    text: {
      clinician:
        'This consult was changed in another tab or window. This tab has stopped saving so that neither overwrites the other: choose which answers to keep.',
      learner:
        'This consult is also open in another tab or window, and its answers were changed there. So that no answer is lost without you knowing, this tab has stopped saving. Choose which answers to keep.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-result',
    kind: 'app',
    label: { clinician: 'Record a result', learner: 'Record a result' },
    text: {
      clinician:
        'Record a result that arrives after this consult; the summary updates.',
      learner:
        'Results often come back weeks later. Choose the test whose result you now have: the summary is worked out again.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-pending',
    kind: 'app',
    label: { clinician: 'Result awaited', learner: 'Waiting for the result' },
    text: {
      clinician: 'Sent, result awaited.',
      learner: 'This test was sent and its result was not back yet.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-repeat',
    kind: 'app',
    label: { clinician: 'To repeat', learner: 'Test to be repeated' },
    text: {
      clinician: 'The summary advises repeating this test.',
      learner:
        'The summary says to do this test again: enter the new result here.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-serial-scan',
    kind: 'app',
    label: {
      clinician: 'New findings on a serial scan',
      learner: 'New findings on a follow-up scan',
    },
    text: {
      clinician: 'New findings can change the classification.',
      learner:
        'Enter what a later ultrasound scan shows: new findings can change how the calcifications are classified.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-recommended',
    kind: 'app',
    label: {
      clinician: 'Recommended, not done yet',
      learner: 'Suggested test not done yet',
    },
    text: {
      clinician: 'Recommended by the summary.',
      learner: 'The summary suggests this test and it has not been done yet.',
    },
    citations: ['droracle-2025'],
  },
  {
    id: 'app.record-off-path',
    kind: 'app',
    label: {
      clinician: 'Not asked by the workup',
      learner: 'A test the workup did not ask for',
    },
    text: {
      clinician:
        'Not asked by the algorithm; a result obtained is still interpreted.',
      learner:
        'The workup did not ask for this test, but if it was done its result still counts and is used.',
    },
    citations: ['editorial-review'],
  },
];

import type { NodeInput } from './node-input.ts';

/** Summary: the phase and the classification (the prognosis: nodes/prognosis.ts). */
export const summaryNodes: NodeInput[] = [
  {
    id: 'phase.summary',
    kind: 'phase',
    label: { clinician: 'Summary', learner: 'Summary' },
    text: {
      clinician:
        'Classification, differential, tests, prognosis, pitfalls and follow-up, each with its reasons and citations.',
      learner:
        'Everything together: what kind of finding this is, the possible causes, the tests, the outlook, common mistakes and what happens next, each with the reasons and the sources.',
    },
    rationale: {
      clinician:
        'Prognosis depends on the classification: isolated calcifications have a good prognosis once aneuploidy and infection are excluded; with additional major abnormalities there is a significant risk of chromosomal abnormality and poor outcome.',
      learner:
        'The outlook depends on whether the calcifications are the only finding. If they are, and chromosome abnormalities and infection have been ruled out, the outlook is good; if there are other major problems, there is a significant risk of a chromosome abnormality and a poor outcome.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'classification.isolated',
    kind: 'classification',
    label: { clinician: 'Isolated', learner: 'Isolated (the only finding)' },
    text: {
      clinician:
        'No associated abnormalities, normal karyotype and negative infection workup.',
      learner:
        'The liver calcifications are the only finding: no other problem on the scan, normal chromosome tests and negative infection tests.',
    },
    citations: ['simchen-2002', 'pata-2012', 'derme-2025'],
  },
  {
    id: 'classification.associated',
    kind: 'classification',
    label: { clinician: 'Associated', learner: 'With other findings' },
    text: {
      clinician:
        'The liver calcifications are not isolated: other abnormal findings or results are present (below).',
      learner:
        'The scan or the tests show other problems besides the liver calcifications.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'classification.cause-found',
    kind: 'classification',
    label: { clinician: 'Not isolated: cause found', learner: 'Cause found' },
    text: {
      clinician:
        'No other abnormality is seen, but the results show a cause: a supported infection or an abnormal chromosomal result. Calcifications count as isolated only once aneuploidy and infection are excluded.',
      learner:
        'The scan shows no other problem, but the tests have found a likely cause (an infection or a chromosome abnormality), so the calcifications are not "isolated".',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'classification.undetermined',
    kind: 'classification',
    label: { clinician: 'Undetermined', learner: 'Not yet known' },
    text: {
      clinician:
        'The workup is not complete enough to classify. Calcifications that look isolated on ultrasound count as isolated only once aneuploidy and infection are excluded: in Simchen 2002, 2 of 21 isolated-looking cases had parvovirus infection or trisomy 21.',
      learner:
        'Too few results are in to say. Calcifications that look like the only finding on the scan count as isolated only once chromosome abnormalities and infection have been ruled out: in one study, 2 of 21 such babies turned out to have an infection or a chromosome abnormality.',
    },
    citations: ['simchen-2002'],
  },
];

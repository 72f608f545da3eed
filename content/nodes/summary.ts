import type { NodeInput } from './node-input.ts';

/** Summary: classification and prognosis. */
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
  {
    id: 'prognosis.isolated',
    kind: 'prognosis',
    label: { clinician: 'Prognosis: isolated', learner: 'Outlook: isolated' },
    text: {
      clinician:
        'Good: aneuploidy and infection have been excluded. In one series, 19 of 21 isolated cases had good outcomes; the 2 exceptions (one parvovirus infection, one trisomy 21) had looked isolated on ultrasound.',
      learner:
        'The outlook is good: chromosome abnormalities and infection have been ruled out. In one study, 19 of 21 babies whose liver calcifications were the only finding did well; the 2 who did not had looked the same on the scan but had parvovirus infection or trisomy 21.',
    },
    citations: ['simchen-2002', 'bronshtein-1995', 'pata-2012', 'derme-2025'],
  },
  {
    id: 'prognosis.associated',
    kind: 'prognosis',
    label: {
      clinician: 'Prognosis: associated',
      learner: 'Outlook: with other findings',
    },
    text: {
      clinician:
        'Significant risk of chromosomal abnormalities and poor outcome. About 18% of fetuses with hepatic calcifications had abnormal karyotypes, 10 of 11 with other ultrasound abnormalities. In one series, 40 of 61 cases had additional fetal abnormalities: 18 pregnancy terminations, 1 intrauterine fetal death, 1 neonatal death and 2 infants with neurologic sequelae.',
      learner:
        'There is a significant risk of a chromosome abnormality and a poor outcome. In one study about 18% of babies with liver calcifications had a chromosome abnormality, and 10 of those 11 had other problems on the scan. In the same study, 40 of 61 babies had other problems: 18 pregnancies were ended, 1 baby died before birth, 1 died as a newborn and 2 children had lasting neurological problems.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'prognosis.undetermined',
    kind: 'prognosis',
    label: {
      clinician: 'Prognosis: undetermined',
      learner: 'Outlook: not yet known',
    },
    text: {
      clinician:
        'Cannot be stated until the workup is complete: isolated-looking calcifications have a good prognosis only once aneuploidy and infection are excluded.',
      learner:
        'The outlook cannot be given yet. Even when the calcifications look like the only finding, the outlook is good only once chromosome abnormalities and infection have been ruled out.',
    },
    citations: ['simchen-2002'],
  },
  {
    id: 'prognosis.cause-found',
    kind: 'prognosis',
    label: {
      clinician: 'Prognosis: cause found',
      learner: 'Outlook: cause found',
    },
    text: {
      clinician:
        'The good prognosis of isolated calcifications does not apply once a cause is found: in one series the 2 poor outcomes among 21 isolated-looking cases had parvovirus infection or trisomy 21.',
      learner:
        'The good outlook of calcifications that are the only finding does not apply once a cause is found: in one study, the 2 babies out of 21 with isolated-looking calcifications who did not do well had parvovirus infection or trisomy 21.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
  {
    id: 'prognosis.associated-chromosomes-normal',
    kind: 'prognosis',
    label: {
      clinician: 'Prognosis: associated, chromosomes normal',
      learner: 'Outlook: other findings, chromosomes normal',
    },
    text: {
      clinician:
        'Additional fetal abnormalities are present; chromosomal testing is normal. In one series, 40 of 61 cases had additional fetal abnormalities: 18 pregnancy terminations, 1 intrauterine fetal death, 1 neonatal death and 2 infants with neurologic sequelae.',
      learner:
        'There are other problems besides the liver calcifications; the chromosome tests are normal. In one study, 40 of 61 babies had other problems: 18 pregnancies were ended, 1 baby died before birth, 1 died as a newborn and 2 children had lasting neurological problems.',
    },
    citations: ['simchen-2002', 'editorial-review'],
  },
];

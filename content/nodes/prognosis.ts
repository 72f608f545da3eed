import type { NodeInput } from './node-input.ts';

/**
 * The prognosis of each classification, and its variants: only a summary
 * reads them, so they load with the summary's nodes (summary-files.ts).
 */
export const prognosisNodes: NodeInput[] = [
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

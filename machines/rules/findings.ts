import type { Answers, FindingId } from '../workup.types.ts';

/** The associated findings recorded, or [] when none or not yet known. */
export function recordedFindings(answers: Answers): readonly FindingId[] {
  return Array.isArray(answers.findings) ? answers.findings : [];
}

export function hasFinding(answers: Answers, finding: FindingId): boolean {
  return recordedFindings(answers).includes(finding);
}

/** Primary CMV: IgM positive with IgG positive and low IgG avidity (SMFM CS 39). */
export function isPrimaryCmvSuspected(answers: Answers): boolean {
  const s = answers.serology ?? {};
  return (
    s['cmv-igm'] === 'positive' &&
    s['cmv-igg'] === 'positive' &&
    answers.cmvAvidity === 'low'
  );
}

/** Parvovirus infection confirmed: maternal parvovirus B19 IgM positive. */
export function isParvovirusConfirmed(answers: Answers): boolean {
  return answers.serology?.['parvovirus-igm'] === 'positive';
}

export function isChromosomalResultAbnormal(answers: Answers): boolean {
  const g = answers.genetics ?? {};
  return (
    g['chromosomal-microarray'] === 'abnormal' || g.karyotype === 'abnormal'
  );
}

/** Every infection result of the workup is in and negative. */
export function infectionWorkupNegative(a: Answers): boolean {
  const s = a.serology ?? {};
  return (
    s.syphilis === 'negative' &&
    (
      [
        'toxoplasma-igm',
        'rubella-igm',
        'cmv-igm',
        'hsv-igm',
        'parvovirus-igm',
      ] as const
    ).every((t) => s[t] === 'negative') &&
    a.specialized?.['amniotic-fluid-cmv-pcr'] !== 'positive'
  );
}

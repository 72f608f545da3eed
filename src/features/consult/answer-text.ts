import { labelOf, type Audience } from '../../../content/index.ts';
import {
  parvovirusTestIds,
  storchTestIds,
  type ResultOptionId,
} from '../../../content/ids.ts';
import type {
  Answers,
  QuestionId,
  SerologyResult,
  SerologyTestId,
} from '../../../machines/workup.types.ts';
import { formatGestationalAge } from '../../../machines/rules/gestational-age.ts';

const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** "None besides the liver calcifications", the explicit empty findings list. */
export const noFindingsLabel = 'None besides the liver calcifications';

function panelText(
  answers: Answers,
  tests: readonly SerologyTestId[],
  audience: Audience,
): string {
  const order: SerologyResult[] = [
    'positive',
    'negative',
    'equivocal',
    'pending',
    'not-done',
  ];
  // Seroconversion is an optional extra row: named only when recorded.
  const optional = (t: SerologyTestId, result: SerologyResult) =>
    t === 'cmv-seroconversion' && result === 'not-done';
  return order
    .map((result) => {
      const names = tests
        .filter((t) => (answers.serology?.[t] ?? 'not-done') === result)
        .filter((t) => !optional(t, result))
        .map((t) => labelOf(`serology.${t}`, audience));
      return names.length
        ? `${labelOf(`option.${result}`, audience)}: ${names.join(', ')}`
        : '';
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * The user's recorded answer to a question, in words, or null when the
 * question has no answer.
 *
 * @example
 * answerText('gestational-age', { gestationalAgeWeeks: 23 }, 'clinician'); // '23 weeks'
 */
export function answerText(
  question: QuestionId,
  answers: Answers,
  audience: Audience,
  chosenAudience: Audience | null = audience,
): string | null {
  const option = (id: ResultOptionId) => labelOf(`option.${id}`, audience);
  switch (question) {
    case 'audience':
      return chosenAudience ? option(chosenAudience) : null;
    case 'gestational-age':
      return answers.gestationalAgeWeeks === undefined
        ? null
        : formatGestationalAge(answers.gestationalAgeWeeks);
    case 'findings': {
      const f = answers.findings;
      if (f === undefined) return null;
      if (f === 'pending' || f === 'not-done') {
        return `Detailed ultrasound: ${option(f).toLowerCase()}`;
      }
      return f.length === 0
        ? noFindingsLabel
        : f.map((id) => labelOf(`finding.${id}`, audience)).join(', ');
    }
    case 'head-size':
      return answers.headSize
        ? labelOf(`head-size.${answers.headSize}`, audience)
        : null;
    case 'storch':
      return storchTestIds.some((t) => answers.serology?.[t] !== undefined)
        ? panelText(answers, storchTestIds, audience)
        : null;
    case 'parvovirus':
      return parvovirusTestIds.some((t) => answers.serology?.[t] !== undefined)
        ? panelText(answers, parvovirusTestIds, audience)
        : null;
    case 'cmv-avidity':
      return answers.cmvAvidity ? option(answers.cmvAvidity) : null;
    case 'infection-timing': {
      const w = answers.weeksSinceMaternalInfection;
      if (w === undefined) return null;
      return w === null ? option('unknown') : weeks(w);
    }
    case 'microarray': {
      const r = answers.genetics?.['chromosomal-microarray'];
      return r ? option(r) : null;
    }
    case 'karyotype': {
      const r = answers.genetics?.karyotype;
      return r ? option(r) : null;
    }
    case 'cf-screening': {
      const r = answers.genetics?.['cf-carrier-screening'];
      return r ? option(r) : null;
    }
    case 'chromosomal-diagnosis':
      return answers.chromosomalDiagnosis
        ? labelOf(`diagnosis.${answers.chromosomalDiagnosis}`, audience)
        : null;
    case 'cmv-pcr': {
      const r = answers.specialized?.['amniotic-fluid-cmv-pcr'];
      return r ? option(r) : null;
    }
    case 'mca-doppler': {
      const r = answers.specialized?.['mca-psv-doppler'];
      return r ? option(r) : null;
    }
    case 'fetal-mri': {
      const r = answers.specialized?.['fetal-mri'];
      return r ? option(r) : null;
    }
  }
}

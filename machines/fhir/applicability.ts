import type { QuestionId } from '../workup.types.ts';

/** "The item `linkId` has (or, with `not`, has not) the answer `code`". */
export interface AnswerIs {
  linkId: string;
  code: string;
  not?: true;
}

/** When a condition is any of these conjunctions (each: all of its terms). */
export type Condition = readonly (readonly AnswerIs[])[];

const cmvIgmPositive = { linkId: 'storch.cmv-igm', code: 'positive' };
const cmvIgmNegative = { linkId: 'storch.cmv-igm', code: 'negative' };
const cmvIggPositive = { linkId: 'storch.cmv-igg', code: 'positive' };
const seroconversion = {
  linkId: 'storch.cmv-seroconversion',
  code: 'positive',
};
const avidity = (code: string) => ({ linkId: 'cmv-avidity', code });
/** Fetal signs suggestive of CMV beyond the liver (rules/facts.ts). */
const cmvSigns: AnswerIs[] = [
  { linkId: 'findings', code: 'intracranial-calcifications' },
  { linkId: 'findings', code: 'ventriculomegaly' },
  { linkId: 'findings', code: 'echogenic-bowel' },
  { linkId: 'head-size', code: 'microcephaly' },
];

/**
 * When the workup asks a question, written over the other items' answers:
 * any of the conjunctions. A question not listed is always asked. This
 * mirrors `isApplicable` (machines/rules/answers.ts, from the facts of
 * rules/facts.ts) as data FHIR can carry; tests/machines/fhir checks over
 * random consults that both agree, so a rule change not reflected here
 * fails there.
 */
export const applicability: Partial<Record<QuestionId, Condition>> = {
  'cmv-avidity': [
    [cmvIgmPositive, cmvIggPositive, { ...seroconversion, not: true }],
  ],
  'infection-timing': [
    [seroconversion, cmvIggPositive],
    [cmvIgmPositive, cmvIggPositive, avidity('low')],
  ],
  'cmv-pcr': [
    [seroconversion, cmvIggPositive],
    [cmvIgmPositive, cmvIggPositive, avidity('low')],
    [cmvIgmPositive, cmvIggPositive, avidity('intermediate')],
    [cmvIgmPositive, cmvIggPositive, avidity('high')],
    [cmvIgmNegative, cmvIggPositive],
    // IgM and IgG positive, the avidity awaited, and a fetal sign of CMV.
    ...cmvSigns.map((sign) => [
      cmvIgmPositive,
      cmvIggPositive,
      { ...seroconversion, not: true as const },
      { ...avidity('low'), not: true as const },
      { ...avidity('intermediate'), not: true as const },
      { ...avidity('high'), not: true as const },
      sign,
    ]),
  ],
  'chromosomal-diagnosis': [
    [{ linkId: 'microarray', code: 'abnormal' }],
    [{ linkId: 'karyotype', code: 'abnormal' }],
  ],
  'cf-screening': [[{ linkId: 'findings', code: 'echogenic-bowel' }]],
  'mca-doppler': [
    [{ linkId: 'parvovirus.parvovirus-igm', code: 'positive' }],
    [{ linkId: 'findings', code: 'hydrops' }],
  ],
};

/**
 * Whether a condition can be written as R4 `enableWhen`: one conjunction
 * (`enableBehavior: all`) or a disjunction of single conditions (`any`).
 * An OR of ANDs cannot; it is carried as an SDC enableWhenExpression.
 */
export function fitsEnableWhen(condition: Condition): 'all' | 'any' | null {
  // R4 leaves `!=` on an unanswered item open to reading: not used.
  if (condition.flat().some((term) => term.not)) return null;
  if (condition.length === 1) return 'all';
  return condition.every((conjunction) => conjunction.length === 1)
    ? 'any'
    : null;
}

const quote = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The condition as FHIRPath over the QuestionnaireResponse (`%resource`). */
export function enableWhenFhirPath(condition: Condition): string {
  return condition
    .map(
      (conjunction) =>
        `(${conjunction
          .map((term) => {
            const test = `%resource.repeat(item).where(linkId = ${quote(term.linkId)}).answer.value.ofType(Coding).code contains ${quote(term.code)}`;
            return term.not ? `(${test}).not()` : test;
          })
          .join(' and ')})`,
    )
    .join(' or ');
}

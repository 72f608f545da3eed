import type { QuestionId } from '../workup.types.ts';

/** "The item `linkId` has the answer `code`". */
export interface AnswerIs {
  linkId: string;
  code: string;
}

/**
 * When a question applies, written over the other items' answers: any of
 * the conjunctions (each: all of its conditions). A question not listed
 * always applies. This mirrors `isApplicable` (machines/rules/answers.ts)
 * as data FHIR can carry; tests/machines/fhir checks, over random consults,
 * that both agree, so a rule change that is not reflected here fails.
 */
export const applicability: Partial<
  Record<QuestionId, readonly (readonly AnswerIs[])[]>
> = {
  'cmv-avidity': [[{ linkId: 'storch.cmv-igm', code: 'positive' }]],
  'infection-timing': [
    [
      { linkId: 'storch.cmv-igm', code: 'positive' },
      { linkId: 'storch.cmv-igg', code: 'positive' },
      { linkId: 'cmv-avidity', code: 'low' },
    ],
  ],
  'cmv-pcr': [
    [
      { linkId: 'storch.cmv-igm', code: 'positive' },
      { linkId: 'storch.cmv-igg', code: 'positive' },
      { linkId: 'cmv-avidity', code: 'low' },
    ],
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
export function fitsEnableWhen(
  condition: readonly (readonly AnswerIs[])[],
): 'all' | 'any' | null {
  if (condition.length === 1) return 'all';
  return condition.every((c) => c.length === 1) ? 'any' : null;
}

const quote = (s: string) =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The condition as FHIRPath over the QuestionnaireResponse (`%resource`). */
export function enableWhenFhirPath(
  condition: readonly (readonly AnswerIs[])[],
): string {
  return condition
    .map(
      (all) =>
        `(${all
          .map(
            (c) =>
              `%resource.repeat(item).where(linkId = ${quote(c.linkId)}).answer.value.ofType(Coding).code contains ${quote(c.code)}`,
          )
          .join(' and ')})`,
    )
    .join(' or ');
}

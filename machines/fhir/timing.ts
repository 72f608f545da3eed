import type { QuestionnaireItem } from 'fhir/r4';
import { findingIds } from '../../content/ids.ts';
import { labelOf, type Audience } from '../../content/index.ts';
import { gestationalAgeRange } from '../rules/validation.ts';
import type { ItemOption } from './items.ts';

/**
 * When each answer was taken, in FHIR (issue 18): the items a
 * QuestionnaireResponse carries beside the answers themselves.
 *
 * - A test result's answer holds, as nested items (`answer.item`), the
 *   gestational age it was taken at (`<linkId>.at-weeks`), the one it was
 *   recorded at (`<linkId>.recorded-at-weeks`), and the earlier results of
 *   the same test, oldest first, each a repetition of the group
 *   `<linkId>.earlier` (`.result`, `.at-weeks`, `.recorded-at-weeks`). The
 *   answer itself stays the latest result, the one the workup interprets,
 *   so enableWhen and FHIRPath over it read what the machine reads.
 * - The weeks since the infection (`infection-timing`) hold the infection's
 *   point in the pregnancy as `infection-timing.at-weeks` when the answers
 *   give it so (`maternalInfectionAtWeeks`).
 * - `visit`: the earlier visits' gestational ages, one answer each, oldest
 *   first; `follow-up-scan`: one repetition per follow-up scan.
 */

/** The linkIds of a result's timing items. */
export const timingLinkIds = (linkId: string) => ({
  atWeeks: `${linkId}.at-weeks`,
  recordedAtWeeks: `${linkId}.recorded-at-weeks`,
  earlier: `${linkId}.earlier`,
  earlierResult: `${linkId}.earlier.result`,
  earlierAtWeeks: `${linkId}.earlier.at-weeks`,
  earlierRecordedAtWeeks: `${linkId}.earlier.recorded-at-weeks`,
});

/** The infection's point in the pregnancy, under `infection-timing`. */
export const infectionAtWeeksLinkId = 'infection-timing.at-weeks';

/** The follow-up phase's items and their members. */
export const followUpLinkIds = {
  visit: 'visit',
  scan: 'follow-up-scan',
  scanAtWeeks: 'follow-up-scan.at-weeks',
  scanFindings: 'follow-up-scan.findings',
  scanCourse: 'follow-up-scan.liver-calcifications',
} as const;

/** What the liver calcifications did on a follow-up scan. */
export const liverCourseOptions: readonly ItemOption[] = (
  ['unchanged', 'increased', 'resolved'] as const
).map((code) => ({ code, prefix: 'option' }));

/** A follow-up scan's new findings (`none`: nothing new). */
export const scanFindingOptions: readonly ItemOption[] = [
  ...findingIds.map((code) => ({ code, prefix: 'finding' as const })),
  { code: 'none', prefix: 'finding' },
];

/** The words of the items that have no content node of their own. */
const texts = {
  recordedAt: 'Recorded at (weeks)',
  earlier: 'Earlier results, oldest first',
  result: 'Result',
  infectionAt:
    'Gestational age at the maternal infection (weeks; negative: before the last menstrual period)',
  scanAt: 'Scan done at (weeks)',
  scanFindings: 'New findings on this scan',
  scanCourse: 'The liver calcifications',
} as const;

/** A gestational age in weeks, from 10 to 42, as a decimal item. */
export function weeksItem(
  linkId: string,
  text: string,
  options: { required?: boolean; repeats?: boolean; min?: number | null } = {},
): QuestionnaireItem {
  const { min = gestationalAgeRange.min } = options;
  return {
    linkId,
    text,
    type: 'decimal',
    ...(options.required ? { required: true } : {}),
    ...(options.repeats ? { repeats: true } : {}),
    extension: [
      ...(min === null
        ? []
        : [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/minValue',
              valueDecimal: min,
            },
          ]),
      {
        url: 'http://hl7.org/fhir/StructureDefinition/maxValue',
        valueDecimal: gestationalAgeRange.max,
      },
    ],
  };
}

/**
 * The nested items of a test result's item: when it was taken, recorded,
 * and the earlier results (with `choice`, the result item's own options).
 */
export function resultTimingItems(
  linkId: string,
  audience: Audience,
  choice: (linkId: string, text: string) => QuestionnaireItem,
): QuestionnaireItem[] {
  const ids = timingLinkIds(linkId);
  const takenAt = labelOf('app.taken-at', audience);
  return [
    weeksItem(ids.atWeeks, takenAt),
    weeksItem(ids.recordedAtWeeks, texts.recordedAt),
    {
      linkId: ids.earlier,
      text: texts.earlier,
      type: 'group',
      repeats: true,
      item: [
        { ...choice(ids.earlierResult, texts.result), required: true },
        weeksItem(ids.earlierAtWeeks, takenAt, { required: true }),
        weeksItem(ids.earlierRecordedAtWeeks, texts.recordedAt),
      ],
    },
  ];
}

/** The infection's point in the pregnancy (no minimum: before the LMP). */
export const infectionAtWeeksItem = (): QuestionnaireItem =>
  weeksItem(infectionAtWeeksLinkId, texts.infectionAt, { min: null });

/** "None" (nothing new) excludes the other findings of a scan. */
const noneExclusive = (item: QuestionnaireItem): QuestionnaireItem => ({
  ...item,
  answerOption: item.answerOption?.map((option) =>
    option.valueCoding?.code === 'none'
      ? {
          ...option,
          extension: [
            {
              url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
              valueBoolean: true,
            },
          ],
        }
      : option,
  ),
});

/** The follow-up items: the earlier visits and the follow-up scans. */
export function followUpItems(
  audience: Audience,
  choice: (
    linkId: string,
    text: string,
    options: readonly ItemOption[],
    repeats: boolean,
  ) => QuestionnaireItem,
): QuestionnaireItem[] {
  return [
    weeksItem(followUpLinkIds.visit, labelOf('question.visit', audience), {
      repeats: true,
    }),
    {
      linkId: followUpLinkIds.scan,
      text: labelOf('question.follow-up-scan', audience),
      type: 'group',
      repeats: true,
      item: [
        weeksItem(followUpLinkIds.scanAtWeeks, texts.scanAt, {
          required: true,
        }),
        noneExclusive(
          choice(
            followUpLinkIds.scanFindings,
            texts.scanFindings,
            scanFindingOptions,
            true,
          ),
        ),
        {
          ...choice(
            followUpLinkIds.scanCourse,
            texts.scanCourse,
            liverCourseOptions,
            false,
          ),
          required: true,
        },
      ],
    },
  ];
}

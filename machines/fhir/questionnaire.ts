import type {
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
} from 'fhir/r4';
import { labelOf, textOf, type Audience } from '../../content/index.ts';
import { contentVersion } from '../../content/version.ts';
import { isResultQuestion } from '../rules/answers.ts';
import {
  applicability,
  enableWhenFhirPath,
  fitsEnableWhen,
  type AnswerIs,
} from './applicability.ts';
import {
  itemSpecs,
  leafSpecs,
  noFindingsCode,
  type ItemOption,
  type ItemSpec,
} from './items.ts';
import {
  followUpItems,
  infectionAtWeeksItem,
  resultTimingItems,
} from './timing.ts';

/**
 * The base of the export's canonical URLs. `.invalid` is reserved (RFC 2606):
 * nothing is served there, the app never requests it; it only names things.
 */
export const fhirBase = 'https://fhc-workup.invalid/fhir';
export const questionnaireUrl = `${fhirBase}/Questionnaire/fetal-hepatic-calcification-workup`;

/** The code system of an answer code: one per content prefix. */
export const codeSystemOf = (prefix: ItemOption['prefix']) =>
  `${fhirBase}/CodeSystem/${prefix}`;

/** Standard R4 extension URLs used by the export. */
export const fhirExtensions = {
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  optionExclusive:
    'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  dataAbsentReason:
    'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
  enableWhenExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
  /** This workup's own: when it asks a result that may also be recorded unasked. */
  askedWhen: `${fhirBase}/StructureDefinition/asked-when`,
} as const;

/** The findings answer "none besides the liver calcifications". */
const noFindingsDisplay = 'None besides the liver calcifications';

/** An answer code as a Coding, labelled from its content node. */
export function codingOf(option: ItemOption, audience: Audience): Coding {
  const display =
    option.prefix === 'finding' && option.code === noFindingsCode
      ? noFindingsDisplay
      : labelOf(`${option.prefix}.${option.code}` as never, audience);
  return { system: codeSystemOf(option.prefix), code: option.code, display };
}

/** The option a condition refers to, from the item it names. */
function optionOf(condition: AnswerIs): ItemOption {
  const spec = leafSpecs.find((leaf) => leaf.linkId === condition.linkId);
  const options =
    spec?.kind === 'choice'
      ? spec.options
      : spec?.kind === 'findings'
        ? [...spec.options, ...spec.statuses]
        : [];
  const option = options.find((candidate) => candidate.code === condition.code);
  if (!option) {
    throw new Error(
      `applicability: ${condition.linkId} has no answer ${condition.code}`,
    );
  }
  return option;
}

function enabling(spec: ItemSpec): Partial<QuestionnaireItem> {
  const condition = applicability[spec.question];
  if (!condition) return {};
  if (isResultQuestion(spec.question)) {
    // A test result is a fact wherever it comes from: the workup asks for
    // it when this holds, and keeps one recorded unasked. enableWhen would
    // hide (and drop) it, so the condition is carried as a note.
    return {
      extension: [
        {
          url: fhirExtensions.askedWhen,
          valueExpression: {
            language: 'text/fhirpath',
            expression: enableWhenFhirPath(condition),
            description:
              'The workup asks this when the expression holds; a result recorded otherwise is kept and interpreted.',
          },
        },
      ],
    };
  }
  const behavior = fitsEnableWhen(condition);
  if (behavior) {
    const enableWhen = condition.flat().map((term) => ({
      question: term.linkId,
      operator: '=' as const,
      answerCoding: codingOf(optionOf(term), 'clinician'),
    }));
    return enableWhen.length > 1
      ? { enableWhen, enableBehavior: behavior }
      : { enableWhen };
  }
  // Not expressible as enableWhen: SDC's FHIRPath extension carries it.
  return {
    extension: [
      {
        url: fhirExtensions.enableWhenExpression,
        valueExpression: {
          language: 'text/fhirpath',
          expression: enableWhenFhirPath(condition),
          description:
            'Shown only when this holds; the workup machine applies the same rule.',
        },
      },
    ],
  };
}

const answerOptions = (
  options: readonly ItemOption[],
  audience: Audience,
): QuestionnaireItemAnswerOption[] =>
  options.map((option) => ({ valueCoding: codingOf(option, audience) }));

/** A choice item of these options (the timing and follow-up members). */
function choiceItem(
  linkId: string,
  text: string,
  options: readonly ItemOption[],
  audience: Audience,
  repeats = false,
): QuestionnaireItem {
  return {
    linkId,
    text,
    type: 'choice',
    ...(repeats ? { repeats: true } : {}),
    answerOption: answerOptions(options, audience),
  };
}

const exclusive: Extension = {
  url: fhirExtensions.optionExclusive,
  valueBoolean: true,
};

function itemOf(spec: ItemSpec, audience: Audience): QuestionnaireItem {
  const text = labelOf(spec.contentId, audience);
  const common = { linkId: spec.linkId, text, ...enabling(spec) };
  switch (spec.kind) {
    case 'group':
      return {
        ...common,
        type: 'group',
        item: spec.items.map((child) => itemOf(child, audience)),
      };
    case 'choice':
      return {
        ...common,
        type: 'choice',
        answerOption: answerOptions(spec.options, audience),
        ...(spec.timed
          ? {
              item: resultTimingItems(spec.linkId, audience, (linkId, text) =>
                choiceItem(linkId, text, spec.options, audience),
              ),
            }
          : {}),
      };
    case 'findings':
      return {
        ...common,
        type: 'choice',
        repeats: true,
        answerOption: [
          ...spec.options.map((option): QuestionnaireItemAnswerOption => ({
            valueCoding: codingOf(option, audience),
            ...(option.code === noFindingsCode
              ? { extension: [exclusive] }
              : {}),
          })),
          ...spec.statuses.map((status) => ({
            valueCoding: codingOf(status, audience),
            extension: [exclusive],
          })),
        ],
      };
    case 'decimal':
      return {
        ...common,
        type: 'decimal',
        extension: [
          ...(common.extension ?? []),
          { url: fhirExtensions.minValue, valueDecimal: spec.min },
          ...(spec.max === undefined
            ? []
            : [{ url: fhirExtensions.maxValue, valueDecimal: spec.max }]),
        ],
        ...(spec.question === 'infection-timing'
          ? { item: [infectionAtWeeksItem()] }
          : {}),
      };
  }
}

/**
 * The workup's questions as an R4 Questionnaire: one item per question
 * (linkId = question id; the serology panels are groups of one item per
 * test), answer options coded by their content ids, `enableWhen` for the
 * questions the machine asks only when a rule holds, and the timing items
 * (machines/fhir/timing.ts): when each result was taken, the earlier
 * results, the earlier visits and the follow-up scans.
 *
 * @example
 * const questionnaire = buildQuestionnaire('clinician');
 */
export function buildQuestionnaire(
  audience: Audience = 'clinician',
  version: string = contentVersion,
): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: 'fetal-hepatic-calcification-workup',
    url: questionnaireUrl,
    version,
    name: 'FetalHepaticCalcificationWorkup',
    title: 'Fetal hepatic calcifications: guided workup',
    status: 'draft',
    experimental: true,
    description: textOf('app.disclaimer', audience),
    item: [
      ...itemSpecs.map((spec) => itemOf(spec, audience)),
      ...followUpItems(audience, (linkId, text, options, repeats) =>
        choiceItem(linkId, text, options, audience, repeats),
      ),
    ],
  };
}

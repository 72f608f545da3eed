import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  questionIds,
  resultOptionIds,
  storchTestIds,
  type ContentId,
} from '../../content/ids.ts';
import { fieldOf } from '../consult.ts';
import { answerProblem, gestationalAgeRange } from '../rules/answers.ts';
import type {
  AnswerEvent,
  QuestionId,
  SerologyTestId,
} from '../workup.types.ts';

/**
 * The questions the FHIR export covers, in interview order. One place to
 * read them from: when the question registry lands, read it here.
 */
export const fhirQuestions: readonly QuestionId[] = questionIds;

/** The content prefix whose ids are an item's answer codes. */
export type CodePrefix = 'option' | 'finding' | 'head-size' | 'diagnosis';

/** An answer code and the content node that labels it. */
export interface ItemOption {
  code: string;
  prefix: CodePrefix;
}

/** One FHIR item: its linkId, its content node and its answers-file field. */
export type ItemSpec =
  | {
      kind: 'choice';
      question: QuestionId;
      linkId: string;
      contentId: ContentId;
      /** Path in the answers file (docs/consult-api.md), e.g. `genetics.karyotype`. */
      field: string;
      options: readonly ItemOption[];
      /**
       * A test result: it may carry when it was taken and earlier results
       * (machines/fhir/timing.ts).
       */
      timed: boolean;
    }
  | {
      /** The findings: several codes, or one status, or "none". */
      kind: 'findings';
      question: QuestionId;
      linkId: string;
      contentId: ContentId;
      field: string;
      options: readonly ItemOption[];
      statuses: readonly ItemOption[];
    }
  | {
      kind: 'decimal';
      question: QuestionId;
      linkId: string;
      contentId: ContentId;
      field: string;
      min: number;
      max?: number;
      /** `null` in the answers file: answered "unknown". */
      unknownAllowed: boolean;
    }
  | {
      kind: 'group';
      question: QuestionId;
      linkId: string;
      contentId: ContentId;
      items: readonly Extract<ItemSpec, { kind: 'choice' }>[];
    };

/** The code of the explicit "nothing seen besides the liver calcifications". */
export const noFindingsCode = 'none';

/**
 * The answer codes the machine accepts for a question: every candidate id
 * that its guard (`answerProblem`) lets through, so a new result value in
 * the rules and the content appears here without a second list.
 */
function accepted(
  prefix: CodePrefix,
  candidates: readonly string[],
  eventOf: (code: string) => AnswerEvent,
): ItemOption[] {
  return candidates
    .filter((code) => answerProblem(eventOf(code)) === null)
    .map((code) => ({ code, prefix }));
}

const panel = (
  question: 'storch' | 'parvovirus',
  tests: readonly SerologyTestId[],
): ItemSpec => ({
  kind: 'group',
  question,
  linkId: question,
  contentId: `question.${question}`,
  items: tests.map((test) => ({
    kind: 'choice',
    question,
    linkId: `${question}.${test}`,
    contentId: `serology.${test}`,
    field: `serology.${test}`,
    timed: true,
    options: accepted('option', resultOptionIds, (code) => ({
      type:
        question === 'storch'
          ? 'serology.storchEntered'
          : 'serology.parvovirusEntered',
      results: { [test]: code },
    })),
  })),
});

const resultItem = (
  question: QuestionId,
  eventOf: (code: string) => AnswerEvent,
  timed = true,
): ItemSpec => ({
  kind: 'choice',
  question,
  linkId: question,
  contentId: `question.${question}`,
  field: fieldOf(question),
  timed,
  options: accepted('option', resultOptionIds, eventOf),
});

/** The FHIR item a question is written as (kind, linkId, codes). */
export function itemSpecOf(question: QuestionId): ItemSpec {
  const base = {
    question,
    linkId: question,
    contentId: `question.${question}`,
    field: fieldOf(question),
  } as const;
  // The machine types each event's value; the guards decide what passes.
  const asEvent = (event: object) => event as AnswerEvent;
  switch (question) {
    case 'audience':
      return resultItem(
        question,
        (audience) => asEvent({ type: 'intake.audienceSelected', audience }),
        false,
      );
    case 'gestational-age':
      return {
        ...base,
        kind: 'decimal',
        min: gestationalAgeRange.min,
        max: gestationalAgeRange.max,
        unknownAllowed: false,
      };
    case 'findings':
      return {
        ...base,
        kind: 'findings',
        options: [
          ...accepted('finding', findingIds, (finding) =>
            asEvent({
              type: 'examination.findingsEntered',
              findings: [finding],
            }),
          ),
          { code: noFindingsCode, prefix: 'finding' },
        ],
        statuses: accepted('option', resultOptionIds, (findings) =>
          asEvent({ type: 'examination.findingsEntered', findings }),
        ),
      };
    case 'head-size':
      return {
        ...base,
        kind: 'choice',
        timed: false,
        options: accepted('head-size', headSizeIds, (headSize) =>
          asEvent({ type: 'examination.headSizeEntered', headSize }),
        ),
      };
    case 'storch':
      return panel(question, storchTestIds);
    case 'parvovirus':
      return panel(question, parvovirusTestIds);
    case 'cmv-avidity':
      return resultItem(question, (avidity) =>
        asEvent({ type: 'serology.avidityEntered', avidity }),
      );
    case 'infection-timing':
      return { ...base, kind: 'decimal', min: 0, unknownAllowed: true };
    case 'microarray':
      return resultItem(question, (code) =>
        asEvent({ type: 'genetics.microarrayEntered', result: code }),
      );
    case 'karyotype':
      return resultItem(question, (code) =>
        asEvent({ type: 'genetics.karyotypeEntered', result: code }),
      );
    case 'chromosomal-diagnosis':
      return {
        ...base,
        kind: 'choice',
        timed: false,
        options: accepted('diagnosis', chromosomalDiagnosisIds, (diagnosis) =>
          asEvent({ type: 'genetics.diagnosisEntered', diagnosis }),
        ),
      };
    case 'cf-screening':
      return resultItem(question, (code) =>
        asEvent({ type: 'genetics.cfScreeningEntered', result: code }),
      );
    case 'cmv-pcr':
      return resultItem(question, (code) =>
        asEvent({ type: 'specialized.cmvPcrEntered', result: code }),
      );
    case 'mca-doppler':
      return resultItem(question, (code) =>
        asEvent({ type: 'specialized.mcaDopplerEntered', result: code }),
      );
    case 'fetal-mri':
      return resultItem(question, (code) =>
        asEvent({ type: 'specialized.mriEntered', result: code }),
      );
  }
}

/** Every item, in interview order. */
export const itemSpecs: readonly ItemSpec[] = fhirQuestions.map(itemSpecOf);

/** Every leaf item (questions, and the members of the serology panels). */
export const leafSpecs: readonly LeafSpec[] = itemSpecs.flatMap(
  (spec): LeafSpec[] => (spec.kind === 'group' ? [...spec.items] : [spec]),
);

/** An item that carries answers (not a group). */
export type LeafSpec = Exclude<ItemSpec, { kind: 'group' }>;

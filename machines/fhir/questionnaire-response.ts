import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import type { Audience } from '../../content/index.ts';
import { contentVersion } from '../../content/version.ts';
import { toAnswersFile } from '../answers-file.ts';
import {
  isApplicable,
  isKeptResult,
  nextQuestion,
  pruneAnswers,
} from '../rules/answers.ts';
import { roundWeeks } from '../codecs.ts';
import type {
  Answers,
  FollowUpScan,
  Recorded,
  Timed,
  Visit,
} from '../workup.types.ts';
import { itemSpecs, type ItemOption, type LeafSpec } from './items.ts';
import { codingOf, fhirExtensions, questionnaireUrl } from './questionnaire.ts';
import {
  followUpLinkIds,
  infectionAtWeeksLinkId,
  liverCourseOptions,
  scanFindingOptions,
  timingLinkIds,
} from './timing.ts';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted answers-file path (`genetics.karyotype`). */
function valueAt(file: Json, path: string): unknown {
  const [head, key] = path.split('.') as [string, string | undefined];
  const value = file[head];
  return key === undefined ? value : isRecord(value) ? value[key] : undefined;
}

/** "Unknown" (the weeks since the infection): data-absent-reason. */
const unknownAnswer: QuestionnaireResponseItemAnswer = {
  extension: [{ url: fhirExtensions.dataAbsentReason, valueCode: 'unknown' }],
};

const weeksItem = (
  linkId: string,
  weeks: number,
): QuestionnaireResponseItem => ({
  linkId,
  answer: [{ valueDecimal: weeks }],
});

const codingIn = (
  options: readonly ItemOption[],
  code: string,
  audience: Audience,
) => {
  const option = options.find((candidate) => candidate.code === code);
  return option ? { valueCoding: codingOf(option, audience) } : null;
};

/**
 * A test result as its item's answer: the latest result, with when it was
 * taken and recorded and the earlier results as nested items
 * (machines/fhir/timing.ts). A bare result is the answer alone, as before.
 */
function resultAnswers(
  spec: Extract<LeafSpec, { kind: 'choice' }>,
  value: Recorded<string>,
  audience: Audience,
): QuestionnaireResponseItemAnswer[] {
  if (typeof value === 'string') {
    const answer = codingIn(spec.options, value, audience);
    return answer ? [answer] : [];
  }
  const entries: readonly Timed<string>[] = Array.isArray(value)
    ? value
    : [value as Timed<string>];
  const ids = timingLinkIds(spec.linkId);
  const when = (entry: Timed<string>, at: string, recorded: string) => [
    weeksItem(at, entry.atWeeks),
    ...(entry.recordedAtWeeks === undefined
      ? []
      : [weeksItem(recorded, entry.recordedAtWeeks)]),
  ];
  const latest = entries[entries.length - 1];
  const answer = latest && codingIn(spec.options, latest.result, audience);
  if (!latest || !answer) return [];
  const earlier = entries.slice(0, -1).flatMap((entry) => {
    const result = codingIn(spec.options, entry.result, audience);
    return result
      ? [
          {
            linkId: ids.earlier,
            item: [
              { linkId: ids.earlierResult, answer: [result] },
              ...when(entry, ids.earlierAtWeeks, ids.earlierRecordedAtWeeks),
            ],
          },
        ]
      : [];
  });
  return [
    {
      ...answer,
      item: [...when(latest, ids.atWeeks, ids.recordedAtWeeks), ...earlier],
    },
  ];
}

/**
 * The weeks since the infection: as given, or, when the answers give the
 * infection's point in the pregnancy, counted back from today (rounded, to
 * read) with that point itself nested, exact.
 */
function infectionAnswers(file: Json): QuestionnaireResponseItemAnswer[] {
  const at = file.maternalInfectionAtWeeks;
  const today = file.gestationalAgeWeeks;
  if (at === null) return [unknownAnswer];
  if (typeof at !== 'number' || typeof today !== 'number') return [];
  return [
    {
      valueDecimal: Math.max(0, roundWeeks(today - at)),
      item: [weeksItem(infectionAtWeeksLinkId, at)],
    },
  ];
}

/** The earlier visits and the follow-up scans, when there are any. */
function followUpResponseItems(
  file: Json,
  audience: Audience,
): QuestionnaireResponseItem[] {
  const visits = (file.visits ?? []) as Visit[];
  const scans = (file.scans ?? []) as FollowUpScan[];
  return [
    ...(visits.length
      ? [
          {
            linkId: followUpLinkIds.visit,
            answer: visits.map((visit) => ({ valueDecimal: visit.atWeeks })),
          },
        ]
      : []),
    ...scans.map((scan) => ({
      linkId: followUpLinkIds.scan,
      item: [
        weeksItem(followUpLinkIds.scanAtWeeks, scan.atWeeks),
        {
          linkId: followUpLinkIds.scanFindings,
          answer: (scan.findings.length ? scan.findings : ['none']).flatMap(
            (code) => codingIn(scanFindingOptions, code, audience) ?? [],
          ),
        },
        {
          linkId: followUpLinkIds.scanCourse,
          answer: [
            codingIn(liverCourseOptions, scan.liverCalcifications, audience)!,
          ],
        },
      ],
    })),
  ];
}

function answersOf(
  spec: LeafSpec,
  value: unknown,
  audience: Audience,
): QuestionnaireResponseItemAnswer[] {
  switch (spec.kind) {
    case 'decimal':
      return value === null
        ? [unknownAnswer]
        : [{ valueDecimal: value as number }];
    case 'choice':
      return spec.timed
        ? resultAnswers(spec, value as Recorded<string>, audience)
        : typeof value === 'string'
          ? [codingIn(spec.options, value, audience) ?? []].flat()
          : [];
    case 'findings': {
      if (Array.isArray(value)) {
        const codes = value.length === 0 ? ['none'] : (value as string[]);
        return spec.options
          .filter((option) => codes.includes(option.code))
          .map((option) => ({ valueCoding: codingOf(option, audience) }));
      }
      const status = spec.statuses.find(
        (candidate) => candidate.code === value,
      );
      return status ? [{ valueCoding: codingOf(status, audience) }] : [];
    }
  }
}

/**
 * The consult's answers as an R4 QuestionnaireResponse of
 * {@link buildQuestionnaire}'s Questionnaire (its canonical, versioned with
 * the content). Only answers that still apply are written: the answers are
 * pruned, and each item is one the machine asks (`isApplicable`) or a test
 * result it keeps unasked (`isKeptResult`). Each result carries the
 * gestational age it was taken at and the earlier results of its test; the
 * earlier visits and the follow-up scans follow the questions
 * (machines/fhir/timing.ts).
 * No subject, no author: the app records no patient data.
 *
 * @example
 * const response = buildQuestionnaireResponse(snapshot.context.answers, 'clinician');
 */
export function buildQuestionnaireResponse(
  answers: Answers,
  audience: Audience | null,
  options: { authored?: string; version?: string } = {},
): QuestionnaireResponse {
  const pruned = pruneAnswers(answers);
  const file = toAnswersFile(pruned, audience) as unknown as Json;
  const shown = audience ?? 'clinician';
  const leaf = (spec: LeafSpec): QuestionnaireResponseItem | null => {
    const value = valueAt(file, spec.field);
    if (value === undefined) {
      const answer =
        spec.question === 'infection-timing' ? infectionAnswers(file) : [];
      return answer.length ? { linkId: spec.linkId, answer } : null;
    }
    const answer = answersOf(spec, value, shown);
    return answer.length ? { linkId: spec.linkId, answer } : null;
  };
  const item = itemSpecs.flatMap((spec): QuestionnaireResponseItem[] => {
    if (
      !isApplicable(spec.question, pruned) &&
      !isKeptResult(spec.question, pruned)
    ) {
      return [];
    }
    if (spec.kind !== 'group') {
      const one = leaf(spec);
      return one ? [one] : [];
    }
    const children = spec.items.flatMap((child) => leaf(child) ?? []);
    return children.length ? [{ linkId: spec.linkId, item: children }] : [];
  });
  item.push(...followUpResponseItems(file, shown));
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl}|${options.version ?? contentVersion}`,
    status:
      nextQuestion(pruned, { audienceChosen: audience !== null }) === null
        ? 'completed'
        : 'in-progress',
    ...(options.authored ? { authored: options.authored } : {}),
    item,
  };
}

export {
  answersFileFromResponse,
  isQuestionnaireResponse,
} from './response-reader.ts';

import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import type { Audience } from '../../content/index.ts';
import { contentVersion } from '../../content/version.ts';
import { toAnswersFile } from '../answers-file.ts';
import { InvalidAnswersError } from '../consult.ts';
import {
  isApplicable,
  isKeptResult,
  nextQuestion,
  pruneAnswers,
} from '../rules/answers.ts';
import type { Answers } from '../workup.types.ts';
import {
  itemSpecs,
  leafSpecs,
  type ItemOption,
  type LeafSpec,
} from './items.ts';
import {
  codeSystemOf,
  codingOf,
  fhirExtensions,
  questionnaireUrl,
} from './questionnaire.ts';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted answers-file path (`genetics.karyotype`). */
function valueAt(file: Json, path: string): unknown {
  const [head, key] = path.split('.') as [string, string | undefined];
  const value = file[head];
  return key === undefined ? value : isRecord(value) ? value[key] : undefined;
}

function setAt(file: Json, path: string, value: unknown): void {
  const [head, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) {
    file[head] = value;
    return;
  }
  const group = isRecord(file[head]) ? file[head] : {};
  group[key] = value;
  file[head] = group;
}

function answersOf(
  spec: LeafSpec,
  value: unknown,
  audience: Audience,
): QuestionnaireResponseItemAnswer[] {
  switch (spec.kind) {
    case 'decimal':
      return value === null
        ? [
            {
              extension: [
                { url: fhirExtensions.dataAbsentReason, valueCode: 'unknown' },
              ],
            },
          ]
        : [{ valueDecimal: value as number }];
    case 'choice': {
      const option = spec.options.find((candidate) => candidate.code === value);
      return option ? [{ valueCoding: codingOf(option, audience) }] : [];
    }
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
 * result it keeps unasked (`isKeptResult`).
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
    if (value === undefined) return null;
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

/** Whether a parsed JSON value is a QuestionnaireResponse (by its type). */
export function isQuestionnaireResponse(raw: unknown): boolean {
  return isRecord(raw) && raw.resourceType === 'QuestionnaireResponse';
}

function fail(field: string, reason: string): never {
  throw new InvalidAnswersError([{ field, reason }]);
}

function codeOf(
  spec: LeafSpec,
  answer: unknown,
  allowed: readonly ItemOption[],
): string {
  const coding = isRecord(answer) ? answer.valueCoding : undefined;
  const option = isRecord(coding)
    ? allowed.find(
        (candidate) =>
          candidate.code === coding.code &&
          codeSystemOf(candidate.prefix) === coding.system,
      )
    : undefined;
  if (!option) {
    fail(
      `item ${spec.linkId}`,
      `expected one of ${allowed.map((candidate) => candidate.code).join(', ')} (a Coding of this workup's Questionnaire)`,
    );
  }
  return option.code;
}

function readLeaf(spec: LeafSpec, answers: unknown[], file: Json): void {
  const where = `item ${spec.linkId}`;
  if (spec.kind === 'findings') {
    const codes = answers.map((answer) =>
      codeOf(spec, answer, [...spec.options, ...spec.statuses]),
    );
    const status = spec.statuses.find((option) => codes.includes(option.code));
    if (status) {
      if (codes.length > 1)
        fail(where, `${status.code} excludes other answers`);
      setAt(file, spec.field, status.code);
    } else if (codes.includes('none')) {
      if (codes.length > 1) fail(where, 'none excludes other answers');
      setAt(file, spec.field, []);
    } else {
      setAt(file, spec.field, codes);
    }
    return;
  }
  if (answers.length !== 1) fail(where, 'expected exactly one answer');
  const [answer] = answers;
  if (spec.kind === 'choice') {
    setAt(file, spec.field, codeOf(spec, answer, spec.options));
    return;
  }
  const record = isRecord(answer) ? answer : {};
  const value = record.valueDecimal ?? record.valueInteger;
  if (typeof value === 'number') {
    setAt(file, spec.field, value);
    return;
  }
  const absent =
    Array.isArray(record.extension) &&
    record.extension.some(
      (extension) =>
        isRecord(extension) &&
        extension.url === fhirExtensions.dataAbsentReason,
    );
  if (absent && spec.unknownAllowed) {
    setAt(file, spec.field, null);
    return;
  }
  fail(where, 'expected a number (valueDecimal)');
}

/**
 * Reads a QuestionnaireResponse of this workup's Questionnaire back into
 * the answers-file format (docs/consult-api.md), for `parseAnswersFile` or
 * `readAnswersFile` to validate as any answers file. Throws
 * InvalidAnswersError naming the item when it is not one of ours.
 *
 * @example
 * const file = parseAnswersFile(answersFileFromResponse(JSON.parse(text)));
 */
export function answersFileFromResponse(raw: unknown): Json {
  if (!isQuestionnaireResponse(raw)) {
    fail('resourceType', 'expected "QuestionnaireResponse"');
  }
  const response = raw as Json;
  const canonical = response.questionnaire;
  const [url, version] =
    typeof canonical === 'string' ? canonical.split('|') : [];
  if (url !== questionnaireUrl) {
    fail(
      'questionnaire',
      `expected this workup's Questionnaire (${questionnaireUrl})`,
    );
  }
  const file: Json = version ? { contentVersion: version } : {};
  const visit = (items: unknown): void => {
    if (items === undefined) return;
    if (!Array.isArray(items)) fail('item', 'expected a list of items');
    for (const item of items) {
      if (!isRecord(item) || typeof item.linkId !== 'string') {
        fail('item', 'every item needs a linkId');
      }
      const group = itemSpecs.find(
        (candidate) =>
          candidate.kind === 'group' && candidate.linkId === item.linkId,
      );
      if (group) {
        visit(item.item);
        continue;
      }
      const spec = leafSpecs.find((leaf) => leaf.linkId === item.linkId);
      if (!spec) fail(`item ${item.linkId}`, 'not a question of this workup');
      const answers = Array.isArray(item.answer) ? item.answer : [];
      if (answers.length > 0) readLeaf(spec, answers, file);
    }
  };
  visit(response.item);
  return file;
}

import { InvalidAnswersError } from '../answers-schema.ts';
import {
  itemSpecs,
  leafSpecs,
  type ItemOption,
  type LeafSpec,
} from './items.ts';
import { checkLimits, fhirLimits } from './limits.ts';
import {
  codeSystemOf,
  fhirExtensions,
  questionnaireUrl,
} from './questionnaire.ts';
import {
  followUpLinkIds,
  infectionAtWeeksLinkId,
  liverCourseOptions,
  scanFindingOptions,
  timingLinkIds,
} from './timing.ts';

/**
 * The strict reader of a QuestionnaireResponse (issue 23): limits first
 * (size, nesting, strings: machines/fhir/limits.ts), then every element
 * read against this workup's Questionnaire. Anything it cannot read right
 * is refused with InvalidAnswersError naming the item and why, the same
 * words in the CLI and the app: never "last wins", never dropped, never a
 * crash.
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(field: string, reason: string): never {
  throw new InvalidAnswersError([{ field, reason }]);
}

/** Whether a parsed JSON value is a QuestionnaireResponse (by its type). */
export function isQuestionnaireResponse(raw: unknown): boolean {
  return isRecord(raw) && raw.resourceType === 'QuestionnaireResponse';
}

/** A name from the file, as a message echoes it: at most 60 characters. */
const echoed = (name: string) =>
  name.length > 60 ? `${name.slice(0, 57)}...` : name;

/** R4 QuestionnaireResponse elements (implicitRules: see below). */
const resourceElements = new Set([
  'resourceType',
  'id',
  'meta',
  'implicitRules',
  'language',
  'text',
  'contained',
  'extension',
  'modifierExtension',
  'identifier',
  'basedOn',
  'partOf',
  'questionnaire',
  'status',
  'subject',
  'encounter',
  'authored',
  'author',
  'source',
  'item',
]);
const itemElements = new Set([
  'id',
  'extension',
  'modifierExtension',
  'linkId',
  'definition',
  'text',
  'answer',
  'item',
]);
const valueElements = new Set(
  [
    'Boolean',
    'Decimal',
    'Integer',
    'Date',
    'DateTime',
    'Time',
    'String',
    'Uri',
    'Attachment',
    'Coding',
    'Quantity',
    'Reference',
  ].map((type) => `value${type}`),
);
const answerElements = new Set([
  'id',
  'extension',
  'modifierExtension',
  'item',
  ...valueElements,
]);

/** The statuses whose answers are read; `entered-in-error` is refused. */
const readableStatuses = ['in-progress', 'completed', 'amended', 'stopped'];

function checkElements(
  record: Json,
  allowed: ReadonlySet<string>,
  where: string,
): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) fail(where, `unknown element "${echoed(key)}"`);
  }
  // R4: a reader that does not know a modifier must not read the element.
  if ('modifierExtension' in record)
    fail(where, 'a modifierExtension changes the meaning: not read');
  if ('implicitRules' in record)
    fail(where, 'implicitRules change the meaning: not read');
}

/** An answer's value: its one value[x] (key and value), or none. */
interface Answer {
  key: string | null;
  value: unknown;
  extension: unknown;
  item: unknown;
}

/** How an item of a level is read: its answers, or its members. */
interface Slot {
  linkId: string;
  /** Given more than once (a repeating group, or answers that repeat). */
  repeats: boolean;
  /** A group: members, no answer. */
  group: boolean;
}

/**
 * The items of one level, checked against the slots the Questionnaire has
 * there: every item a known linkId, each given once unless it repeats.
 */
function itemsOf(
  items: unknown,
  slots: readonly Slot[],
  where: string,
): { slot: Slot; item: Json; where: string }[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) fail(where, 'item must be a list of items');
  const seen = new Set<string>();
  return items.map((item) => {
    if (!isRecord(item) || typeof item.linkId !== 'string')
      fail(where, 'every item needs a linkId');
    const at = `item ${echoed(item.linkId)}`;
    const slot = slots.find((candidate) => candidate.linkId === item.linkId);
    if (!slot) {
      const known =
        leafSpecs.some((leaf) => leaf.linkId === item.linkId) ||
        itemSpecs.some((spec) => spec.linkId === item.linkId);
      fail(at, known ? 'not an item here' : 'not a question of this workup');
    }
    checkElements(item, itemElements, at);
    if (seen.has(slot.linkId) && !slot.repeats)
      fail(at, 'given more than once (it does not repeat)');
    seen.add(slot.linkId);
    if (slot.group && item.answer !== undefined)
      fail(at, 'a group has no answer');
    if (!slot.group && item.item !== undefined)
      fail(at, "a question's nested items go under its answer");
    return { slot, item, where: at };
  });
}

/** An item's answers, each with its one value[x] (none for "unknown"). */
function answersOf(item: Json, where: string): Answer[] {
  const answers = item.answer;
  if (answers === undefined) return [];
  if (!Array.isArray(answers)) fail(where, 'answer must be a list of answers');
  return answers.map((answer): Answer => {
    if (!isRecord(answer)) fail(where, 'each answer must be an object');
    checkElements(answer, answerElements, where);
    const values = Object.keys(answer).filter((key) => valueElements.has(key));
    if (values.length > 1)
      fail(
        where,
        `an answer holds one value[x]; this one has ${values.join(', ')}`,
      );
    const key = values[0] ?? null;
    return {
      key,
      value: key === null ? undefined : answer[key],
      extension: answer.extension,
      item: answer.item,
    };
  });
}

const one = (answers: Answer[], where: string): Answer => {
  if (answers.length !== 1) fail(where, 'expected exactly one answer');
  return answers[0]!;
};

function noNested(answer: Answer, where: string): void {
  if (answer.item !== undefined) fail(where, 'this answer has no nested items');
}

function codeOf(
  answer: Answer,
  allowed: readonly ItemOption[],
  where: string,
): string {
  const coding = answer.key === 'valueCoding' ? answer.value : undefined;
  const option = isRecord(coding)
    ? allowed.find(
        (candidate) =>
          candidate.code === coding.code &&
          codeSystemOf(candidate.prefix) === coding.system,
      )
    : undefined;
  if (!option) {
    fail(
      where,
      `expected one of ${allowed.map((candidate) => candidate.code).join(', ')} (a Coding of this workup's Questionnaire)`,
    );
  }
  return option.code;
}

/** Distinct codes of a repeating choice (a code given twice is refused). */
function codesOf(
  answers: Answer[],
  allowed: readonly ItemOption[],
  where: string,
): string[] {
  const codes: string[] = [];
  for (const answer of answers) {
    noNested(answer, where);
    const code = codeOf(answer, allowed, where);
    if (codes.includes(code)) fail(where, `${code} given twice`);
    codes.push(code);
  }
  return codes;
}

const isUnknown = (answer: Answer) =>
  answer.key === null &&
  Array.isArray(answer.extension) &&
  answer.extension.some(
    (extension) =>
      isRecord(extension) && extension.url === fhirExtensions.dataAbsentReason,
  );

/** A number (valueDecimal, or a whole valueInteger), or null for unknown. */
function numberOf(
  answer: Answer,
  where: string,
  unknownAllowed = false,
): number | null {
  if (answer.key === 'valueDecimal' && typeof answer.value === 'number')
    return answer.value;
  if (answer.key === 'valueInteger' && typeof answer.value === 'number') {
    if (!Number.isInteger(answer.value))
      fail(
        where,
        `valueInteger must be a whole number (${answer.value}); use valueDecimal`,
      );
    return answer.value;
  }
  if (unknownAllowed && isUnknown(answer)) return null;
  fail(where, 'expected a number (valueDecimal)');
}

/** A decimal item's one number, read from its item. */
function weeksOf(item: Json, where: string): number {
  const answer = one(answersOf(item, where), where);
  noNested(answer, where);
  return numberOf(answer, where)!;
}

const question = (linkId: string, repeats = false): Slot => ({
  linkId,
  repeats,
  group: false,
});
const group = (linkId: string, repeats = false): Slot => ({
  linkId,
  repeats,
  group: true,
});

/** A result entry: when it was taken and recorded, from nested items. */
function timingOf(
  items: unknown,
  ids: { atWeeks: string; recordedAtWeeks: string },
  extra: readonly Slot[],
  where: string,
) {
  const read = itemsOf(
    items,
    [question(ids.atWeeks), question(ids.recordedAtWeeks), ...extra],
    where,
  );
  const weeks = (linkId: string) => {
    const found = read.find((entry) => entry.slot.linkId === linkId);
    return found ? weeksOf(found.item, found.where) : undefined;
  };
  const atWeeks = weeks(ids.atWeeks);
  const recordedAtWeeks = weeks(ids.recordedAtWeeks);
  if (atWeeks === undefined && recordedAtWeeks !== undefined)
    fail(where, `${ids.recordedAtWeeks} needs ${ids.atWeeks}`);
  return { atWeeks, recordedAtWeeks, read };
}

const entry = (
  result: string,
  atWeeks: number,
  recordedAtWeeks: number | undefined,
) => ({
  result,
  atWeeks,
  ...(recordedAtWeeks === undefined ? {} : { recordedAtWeeks }),
});

/**
 * A test result: bare, `{ result, atWeeks }`, or, with earlier results, a
 * list oldest first (the answer is the latest).
 */
function resultOf(
  spec: Extract<LeafSpec, { kind: 'choice' }>,
  answer: Answer,
  where: string,
): unknown {
  const result = codeOf(answer, spec.options, where);
  if (!spec.timed) {
    noNested(answer, where);
    return result;
  }
  const ids = timingLinkIds(spec.linkId);
  const latest = timingOf(answer.item, ids, [group(ids.earlier, true)], where);
  const earlier = latest.read
    .filter((found) => found.slot.linkId === ids.earlier)
    .map((found) => {
      const members = itemsOf(
        found.item.item,
        [
          question(ids.earlierResult),
          question(ids.earlierAtWeeks),
          question(ids.earlierRecordedAtWeeks),
        ],
        found.where,
      );
      const value = members.find(
        (member) => member.slot.linkId === ids.earlierResult,
      );
      if (!value) fail(found.where, `needs ${ids.earlierResult}`);
      const valueAnswer = one(answersOf(value.item, value.where), value.where);
      noNested(valueAnswer, value.where);
      const code = codeOf(valueAnswer, spec.options, value.where);
      const when = timingOf(
        members
          .filter((member) => member.slot.linkId !== ids.earlierResult)
          .map((member) => member.item),
        {
          atWeeks: ids.earlierAtWeeks,
          recordedAtWeeks: ids.earlierRecordedAtWeeks,
        },
        [],
        found.where,
      );
      if (when.atWeeks === undefined)
        fail(found.where, `needs ${ids.earlierAtWeeks}`);
      return entry(code, when.atWeeks, when.recordedAtWeeks);
    });
  if (earlier.length > fhirLimits.maxRepeats)
    fail(where, `more than ${fhirLimits.maxRepeats} earlier results`);
  if (latest.atWeeks === undefined) {
    if (earlier.length > 0)
      fail(where, `with earlier results, the latest needs ${ids.atWeeks}`);
    return result;
  }
  const last = entry(result, latest.atWeeks, latest.recordedAtWeeks);
  return earlier.length > 0 ? [...earlier, last] : last;
}

function setAt(file: Json, path: string, value: unknown): void {
  const [head, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) {
    file[head] = value;
    return;
  }
  const members = isRecord(file[head]) ? file[head] : {};
  members[key] = value;
  file[head] = members;
}

/**
 * Reads one question's item into the file. `later`: checks that need
 * other items (run once all are read).
 */
function readLeaf(
  spec: LeafSpec,
  item: Json,
  file: Json,
  where: string,
  later: (() => void)[],
): void {
  const answers = answersOf(item, where);
  if (answers.length === 0) return;
  if (spec.kind === 'findings') {
    const codes = codesOf(answers, [...spec.options, ...spec.statuses], where);
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
  const answer = one(answers, where);
  if (spec.kind === 'choice') {
    setAt(file, spec.field, resultOf(spec, answer, where));
    return;
  }
  const weeks = numberOf(answer, where, spec.unknownAllowed);
  if (spec.question !== 'infection-timing') {
    noNested(answer, where);
    setAt(file, spec.field, weeks);
    return;
  }
  const nested = itemsOf(
    answer.item,
    [question(infectionAtWeeksLinkId)],
    where,
  );
  if (nested.length === 0) {
    setAt(file, spec.field, weeks);
    return;
  }
  const at = weeksOf(nested[0]!.item, nested[0]!.where);
  if (weeks === null) fail(where, `"unknown" has no ${infectionAtWeeksLinkId}`);
  file.maternalInfectionAtWeeks = at;
  // The weeks since, as written, agree with the point at today's age.
  later.push(() => {
    const today = file.gestationalAgeWeeks;
    if (typeof today === 'number' && Math.abs(today - at - weeks) > 1e-3)
      fail(
        where,
        `${weeks} weeks since the infection disagree with ${infectionAtWeeksLinkId} (${at}) at ${today} weeks`,
      );
  });
}

function readFollowUp(slot: Slot, item: Json, file: Json, where: string): void {
  if (slot.linkId === followUpLinkIds.visit) {
    const answers = answersOf(item, where);
    if (answers.length > fhirLimits.maxRepeats)
      fail(where, `more than ${fhirLimits.maxRepeats} visits`);
    file.visits = answers.map((answer) => {
      noNested(answer, where);
      return { atWeeks: numberOf(answer, where) };
    });
    return;
  }
  const scans = (file.scans ??= []) as unknown[];
  if (scans.length >= fhirLimits.maxRepeats)
    fail(where, `more than ${fhirLimits.maxRepeats} follow-up scans`);
  const members = itemsOf(
    item.item,
    [
      question(followUpLinkIds.scanAtWeeks),
      question(followUpLinkIds.scanFindings),
      question(followUpLinkIds.scanCourse),
    ],
    where,
  );
  const member = (linkId: string) =>
    members.find((found) => found.slot.linkId === linkId);
  const atWeeks = member(followUpLinkIds.scanAtWeeks);
  const course = member(followUpLinkIds.scanCourse);
  if (!atWeeks || !course)
    fail(
      where,
      `a scan needs ${followUpLinkIds.scanAtWeeks} and ${followUpLinkIds.scanCourse}`,
    );
  const findings = member(followUpLinkIds.scanFindings);
  const codes = findings
    ? codesOf(
        answersOf(findings.item, findings.where),
        scanFindingOptions,
        findings.where,
      )
    : [];
  if (codes.includes('none') && codes.length > 1)
    fail(findings!.where, 'none excludes other answers');
  const courseAnswer = one(answersOf(course.item, course.where), course.where);
  noNested(courseAnswer, course.where);
  scans.push({
    atWeeks: weeksOf(atWeeks.item, atWeeks.where),
    findings: codes.filter((code) => code !== 'none'),
    liverCalcifications: codeOf(courseAnswer, liverCourseOptions, course.where),
  });
}

const topSlots: readonly Slot[] = [
  ...itemSpecs.map((spec) =>
    spec.kind === 'group' ? group(spec.linkId) : question(spec.linkId),
  ),
  question(followUpLinkIds.visit),
  group(followUpLinkIds.scan, true),
];

/**
 * Reads a QuestionnaireResponse of this workup's Questionnaire back into
 * the answers-file format (docs/consult-api.md), for `parseAnswersFile` or
 * `readAnswersFile` to validate as any answers file. `bytes`: the file's
 * size, held to `fhirLimits.maxBytes`. Throws InvalidAnswersError naming
 * the element when it is not one this workup can read right.
 *
 * @example
 * const file = parseAnswersFile(
 *   answersFileFromResponse(JSON.parse(text), { bytes: utf8Bytes(text) }),
 * );
 */
export function answersFileFromResponse(
  raw: unknown,
  { bytes }: { bytes?: number } = {},
): Json {
  if (bytes !== undefined && bytes > fhirLimits.maxBytes)
    fail(
      '(file)',
      `larger than ${fhirLimits.maxBytes / 1024} KB (${Math.ceil(bytes / 1024)} KB): not a response of this workup`,
    );
  if (!isQuestionnaireResponse(raw)) {
    fail('resourceType', 'expected "QuestionnaireResponse"');
  }
  checkLimits(raw);
  const response = raw as Json;
  checkElements(response, resourceElements, '(root)');
  const { status } = response;
  if (status === 'entered-in-error')
    fail(
      'status',
      '"entered-in-error": the response was marked as entered in error, so it is not read',
    );
  if (typeof status !== 'string' || !readableStatuses.includes(status))
    fail('status', `expected one of ${readableStatuses.join(', ')}`);
  const canonical = response.questionnaire;
  const [url, version, ...rest] =
    typeof canonical === 'string' ? canonical.split('|') : [];
  if (url !== questionnaireUrl || rest.length > 0) {
    fail(
      'questionnaire',
      `expected this workup's Questionnaire (${questionnaireUrl})`,
    );
  }
  const file: Json = version ? { contentVersion: version } : {};
  const later: (() => void)[] = [];
  for (const { slot, item, where } of itemsOf(
    response.item,
    topSlots,
    'item',
  )) {
    if (
      slot.linkId === followUpLinkIds.visit ||
      slot.linkId === followUpLinkIds.scan
    ) {
      readFollowUp(slot, item, file, where);
      continue;
    }
    const spec = itemSpecs.find(
      (candidate) => candidate.linkId === slot.linkId,
    )!;
    if (spec.kind !== 'group') {
      readLeaf(spec, item, file, where, later);
      continue;
    }
    const rows = itemsOf(
      item.item,
      spec.items.map((row) => question(row.linkId)),
      where,
    );
    for (const row of rows) {
      const leaf = spec.items.find(
        (child) => child.linkId === row.slot.linkId,
      )!;
      readLeaf(leaf, row.item, file, row.where, later);
    }
  }
  for (const check of later) check();
  return file;
}

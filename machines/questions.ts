import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  questionIds,
  storchTestIds,
  type ContentId,
  type DecisionId,
  type ResultOptionId,
  type TestId,
} from '../content/ids.ts';
import type { AnswersFile } from './consult.ts';
import type {
  AnswerEvent,
  Answers,
  Audience,
  FindingId,
  FindingsStatus,
  PhaseId,
  QuestionId,
  SerologyResult,
  ValidationId,
} from './workup.types.ts';
import {
  avidityValues,
  geneticValues,
  gestationalAgeProblem,
  gestationalAgeRange,
  oneOfProblem,
  panelProblem,
  parseTypedNumber,
  pcrValues,
  weeksSinceInfectionProblem,
  serologyValues,
} from './rules/validation.ts';
import { latestResult, latestResults } from './rules/results.ts';
import {
  gestationalAgeInput,
  parseGestationalAge,
} from './rules/gestational-age.ts';

/** A recorded answer in the shape its control uses (to prefill an edit). */
export type AnswerValue =
  | string
  | null
  | readonly FindingId[]
  | Partial<Record<string, SerologyResult>>;

/** One option of a control: its value and the content node of its label. */
export interface OptionSpec {
  value: string;
  label: ContentId;
}

/** The input a question needs; labels are content ids. */
export type ControlSpec =
  | { kind: 'choice'; options: readonly OptionSpec[] }
  | {
      kind: 'checklist';
      items: readonly OptionSpec[];
      statusOptions: readonly OptionSpec[];
    }
  | {
      kind: 'number';
      inputLabel: string;
      /** Which forms the field takes (content id; `{min}`, `{max}` filled). */
      hint?: ContentId;
      min: number;
      max?: number;
      unknownOption?: OptionSpec;
    }
  | {
      kind: 'panel';
      rows: readonly OptionSpec[];
      options: readonly OptionSpec[];
    };

/**
 * The machine's clinical decisions that ask a conditional question: guards
 * in `workup.machine.ts` and facts of the same name in `rules/facts.ts`.
 */
export type AskingDecision = Extract<
  DecisionId,
  | 'cmvAvidityIndicated'
  | 'primaryCmvSuspected'
  | 'cmvPcrIndicated'
  | 'chromosomalResultAbnormal'
  | 'echogenicBowelSeen'
  | 'parvovirusRecent'
  | 'hydropsSeen'
>;

type EventOf<T extends AnswerEvent['type']> = Extract<AnswerEvent, { type: T }>;

/** Everything the app knows about one question, apart from its wording. */
export interface QuestionSpec<
  T extends AnswerEvent['type'] = AnswerEvent['type'],
> {
  id: QuestionId;
  phase: PhaseId;
  /** The machine state that asks it (`#` + this id targets it). */
  state: `workup.${string}.${string}`;
  /** The test whose result it records, when it records one. */
  test?: TestId;
  /** The answer event (it names the question it answers). */
  event: T;
  /**
   * The decisions that ask it (any one is enough); none = always asked.
   * The machine's skip guard names the same decisions (tested).
   */
  askedWhen: readonly AskingDecision[];
  /** The recorded answer in its control's shape; undefined = not answered. */
  read: (answers: Answers) => AnswerValue | undefined;
  /**
   * Whether the answers hold its answer: `read(answers) !== undefined`
   * without building the value, for questions whose `read` builds one (the
   * machine asks this on every step). Omitted: `read` is asked.
   */
  answered?: (answers: Answers) => boolean;
  /** The answers after recording a valid answer event. */
  write: (answers: Answers, event: EventOf<T>) => Answers;
  /** The answers without this question's answer. */
  clear: (answers: Answers) => Answers;
  /**
   * A result of a test that was done: kept (and interpreted) when its
   * question would no longer be asked, and recordable off the main path.
   */
  keptResult: boolean;
  /** Why the event is refused (a validation content id), or null. */
  problem: (event: EventOf<T>) => ValidationId | null;
  /** The answers-file field it fills (consult-api.md). */
  field: string;
  /** Its answer event from an answers file (omitted = not done). */
  fromFile: (file: AnswersFile, audience: Audience) => EventOf<T>;
  /** Its answer event from its control's value. */
  toEvent: (value: AnswerValue) => EventOf<T>;
  control: ControlSpec;
}

const options = <P extends string>(
  prefix: P,
  ids: readonly string[],
): OptionSpec[] =>
  ids.map((id) => ({ value: id, label: `${prefix}.${id}` as ContentId }));
const resultOptions = (ids: readonly ResultOptionId[]) =>
  options('option', ids);

const withoutKey = (answers: Answers, key: keyof Answers): Answers => {
  const next = { ...answers };
  delete next[key];
  return next;
};

function omitKeys<K extends string, V>(
  record: Partial<Record<K, V>> | undefined,
  keys: readonly K[],
): Partial<Record<K, V>> | undefined {
  if (!record) return undefined;
  const next = { ...record };
  for (const key of keys) delete next[key];
  return Object.keys(next).length > 0 ? next : undefined;
}

/** The keys of `record` among `keys`, or undefined when there are none. */
function pickDefined<K extends string, V>(
  record: Partial<Record<string, V>> | undefined,
  keys: readonly K[],
): Partial<Record<K, V>> | undefined {
  if (!record) return undefined;
  let picked: Partial<Record<K, V>> | undefined;
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined)
      (picked ??= {} as Partial<Record<K, V>>)[key] = value;
  }
  return picked;
}

/** Whether `record` holds a value for one of `keys` (pickDefined is defined). */
const hasAnyKey = (
  record: Partial<Record<string, unknown>> | undefined,
  keys: readonly string[],
) => record !== undefined && keys.some((key) => record[key] !== undefined);

const pick = <K extends string, V>(
  record: Partial<Record<string, V>>,
  keys: readonly K[],
): Partial<Record<K, V>> => pickDefined(record, keys) ?? {};

/** Omitted panel results are recorded as not done. */
const fillPanel = <K extends string>(
  tests: readonly K[],
  results: Partial<Record<K, SerologyResult | undefined>>,
) =>
  Object.fromEntries(
    tests.map((test) => [test, results[test] ?? 'not-done']),
  ) as Record<K, SerologyResult>;

const define = <T extends AnswerEvent['type']>(spec: QuestionSpec<T>) => spec;

const audience = define({
  id: 'audience',
  phase: 'intake',
  state: 'workup.intake.audience',
  event: 'intake.audienceSelected',
  askedWhen: [],
  // The audience lives in the context, not in the answers.
  read: () => undefined,
  write: (answers) => answers,
  clear: (answers) => ({ ...answers }),
  keptResult: false,
  problem: (event) => oneOfProblem(event.audience, ['clinician', 'learner']),
  field: 'audience',
  fromFile: (_file, chosen) => ({
    type: 'intake.audienceSelected',
    audience: chosen,
  }),
  toEvent: (value) => ({
    type: 'intake.audienceSelected',
    audience: value as Audience,
  }),
  control: { kind: 'choice', options: resultOptions(['clinician', 'learner']) },
});

const gestationalAge = define({
  id: 'gestational-age',
  phase: 'intake',
  state: 'workup.intake.gestationalAge',
  event: 'intake.gestationalAgeEntered',
  askedWhen: [],
  read: (answers) =>
    answers.gestationalAgeWeeks === undefined
      ? undefined
      : gestationalAgeInput(answers.gestationalAgeWeeks),
  answered: (answers) => answers.gestationalAgeWeeks !== undefined,
  write: (answers, event) => {
    const parsed = parseGestationalAge(event.weeks);
    return parsed.ok
      ? { ...answers, gestationalAgeWeeks: parsed.value }
      : answers;
  },
  clear: (answers) => withoutKey(answers, 'gestationalAgeWeeks'),
  keptResult: false,
  problem: (event) => gestationalAgeProblem(event.weeks),
  field: 'gestationalAgeWeeks',
  fromFile: (file) => ({
    type: 'intake.gestationalAgeEntered',
    weeks: file.gestationalAgeWeeks,
  }),
  toEvent: (value) => ({
    type: 'intake.gestationalAgeEntered',
    weeks: (value as string | null) ?? '',
  }),
  control: {
    kind: 'number',
    inputLabel: 'Gestational age in weeks',
    hint: 'app.gestational-age-hint',
    min: gestationalAgeRange.min,
    max: gestationalAgeRange.max,
  },
});

const findings = define({
  id: 'findings',
  test: 'detailed-ultrasound',
  phase: 'examination',
  state: 'workup.examination.findings',
  event: 'examination.findingsEntered',
  askedWhen: [],
  read: (answers) => answers.findings,
  write: (answers, event) => ({
    ...answers,
    findings: Array.isArray(event.findings)
      ? findingIds.filter((finding) => event.findings.includes(finding))
      : (event.findings as FindingsStatus),
  }),
  clear: (answers) => withoutKey(answers, 'findings'),
  keptResult: false,
  problem: (event) => {
    const selected = event.findings;
    if (selected === 'pending' || selected === 'not-done') return null;
    if (!Array.isArray(selected)) return 'required';
    if (
      !selected.every((finding) => oneOfProblem(finding, findingIds) === null)
    )
      return 'unknown-option';
    return new Set(selected).size === selected.length
      ? null
      : 'duplicate-option';
  },
  field: 'findings',
  fromFile: (file) => ({
    type: 'examination.findingsEntered',
    findings: file.findings,
  }),
  toEvent: (value) => ({
    type: 'examination.findingsEntered',
    findings: value as readonly FindingId[] | FindingsStatus,
  }),
  control: {
    kind: 'checklist',
    items: options('finding', findingIds),
    statusOptions: resultOptions(['pending', 'not-done']),
  },
});

const headSize = define({
  id: 'head-size',
  test: 'head-circumference',
  phase: 'examination',
  state: 'workup.examination.headSize',
  event: 'examination.headSizeEntered',
  askedWhen: [],
  read: (answers) => answers.headSize,
  write: (answers, event) => ({ ...answers, headSize: event.headSize }),
  clear: (answers) => withoutKey(answers, 'headSize'),
  keptResult: false,
  problem: (event) => oneOfProblem(event.headSize, headSizeIds),
  field: 'headSize',
  fromFile: (file) => ({
    type: 'examination.headSizeEntered',
    headSize: file.headSize,
  }),
  toEvent: (value) => ({
    type: 'examination.headSizeEntered',
    headSize: value as never,
  }),
  control: { kind: 'choice', options: options('head-size', headSizeIds) },
});

const serologyControl = (tests: readonly string[]): ControlSpec => ({
  kind: 'panel',
  rows: options('serology', tests),
  // A serology result entered in a panel may also be equivocal.
  options: resultOptions(serologyValues),
});

const storch = define({
  id: 'storch',
  test: 'storch-serology',
  phase: 'serology',
  state: 'workup.serology.storch',
  event: 'serology.storchEntered',
  askedWhen: [],
  read: (answers) =>
    pickDefined(latestResults(answers.serology), storchTestIds),
  answered: (answers) => hasAnyKey(answers.serology, storchTestIds),
  write: (answers, event) => ({
    ...answers,
    serology: {
      ...answers.serology,
      ...fillPanel(storchTestIds, event.results),
    },
  }),
  clear: (answers) => ({
    ...answers,
    serology: omitKeys(answers.serology, storchTestIds),
  }),
  keptResult: false,
  problem: (event) => panelProblem(event.results, storchTestIds),
  field: 'serology',
  fromFile: (file) => ({
    type: 'serology.storchEntered',
    results: pick(file.serology, storchTestIds),
  }),
  toEvent: (value) => ({
    type: 'serology.storchEntered',
    results: pick(
      (value ?? {}) as Partial<Record<string, SerologyResult>>,
      storchTestIds,
    ),
  }),
  control: serologyControl(storchTestIds),
});

const cmvAvidity = define({
  id: 'cmv-avidity',
  test: 'cmv-igg-avidity',
  phase: 'serology',
  state: 'workup.serology.cmvAvidity',
  event: 'serology.avidityEntered',
  askedWhen: ['cmvAvidityIndicated'],
  read: (answers) => latestResult(answers.cmvAvidity),
  write: (answers, event) => ({ ...answers, cmvAvidity: event.avidity }),
  clear: (answers) => withoutKey(answers, 'cmvAvidity'),
  keptResult: true,
  problem: (event) => oneOfProblem(event.avidity, avidityValues),
  field: 'cmvAvidity',
  fromFile: (file) => ({
    type: 'serology.avidityEntered',
    avidity: file.cmvAvidity,
  }),
  toEvent: (value) => ({
    type: 'serology.avidityEntered',
    avidity: value as never,
  }),
  control: { kind: 'choice', options: resultOptions(avidityValues) },
});

const parvovirus = define({
  id: 'parvovirus',
  test: 'parvovirus-serology',
  phase: 'serology',
  state: 'workup.serology.parvovirus',
  event: 'serology.parvovirusEntered',
  askedWhen: [],
  read: (answers) =>
    pickDefined(latestResults(answers.serology), parvovirusTestIds),
  answered: (answers) => hasAnyKey(answers.serology, parvovirusTestIds),
  write: (answers, event) => ({
    ...answers,
    serology: {
      ...answers.serology,
      ...fillPanel(parvovirusTestIds, event.results),
    },
  }),
  clear: (answers) => ({
    ...answers,
    serology: omitKeys(answers.serology, parvovirusTestIds),
  }),
  keptResult: false,
  problem: (event) => panelProblem(event.results, parvovirusTestIds),
  field: 'serology',
  fromFile: (file) => ({
    type: 'serology.parvovirusEntered',
    results: pick(file.serology, parvovirusTestIds),
  }),
  toEvent: (value) => ({
    type: 'serology.parvovirusEntered',
    results: pick(
      (value ?? {}) as Partial<Record<string, SerologyResult>>,
      parvovirusTestIds,
    ),
  }),
  control: serologyControl(parvovirusTestIds),
});

const infectionTiming = define({
  id: 'infection-timing',
  phase: 'serology',
  state: 'workup.serology.infectionTiming',
  event: 'serology.infectionTimingEntered',
  askedWhen: ['primaryCmvSuspected'],
  read: (answers) =>
    answers.weeksSinceMaternalInfection === null
      ? 'unknown'
      : answers.weeksSinceMaternalInfection === undefined
        ? undefined
        : String(answers.weeksSinceMaternalInfection),
  answered: (answers) => answers.weeksSinceMaternalInfection !== undefined,
  write: (answers, event) => {
    if (event.weeks === null)
      return { ...answers, weeksSinceMaternalInfection: null };
    const parsed = parseTypedNumber(event.weeks);
    return parsed.ok
      ? { ...answers, weeksSinceMaternalInfection: parsed.value }
      : answers;
  },
  clear: (answers) => withoutKey(answers, 'weeksSinceMaternalInfection'),
  keptResult: false,
  problem: (event) => weeksSinceInfectionProblem(event.weeks),
  field: 'weeksSinceMaternalInfection',
  fromFile: (file) => ({
    type: 'serology.infectionTimingEntered',
    weeks: file.weeksSinceMaternalInfection,
  }),
  toEvent: (value) => ({
    type: 'serology.infectionTimingEntered',
    weeks: value === null || value === 'unknown' ? null : (value as string),
  }),
  control: {
    kind: 'number',
    inputLabel: 'Weeks since maternal infection',
    min: 0,
    unknownOption: { value: 'unknown', label: 'option.unknown' },
  },
});

const geneticControl: ControlSpec = {
  kind: 'choice',
  options: resultOptions(geneticValues),
};

const microarray = define({
  id: 'microarray',
  test: 'chromosomal-microarray',
  phase: 'genetics',
  state: 'workup.genetics.microarray',
  event: 'genetics.microarrayEntered',
  askedWhen: [],
  read: (answers) => latestResult(answers.genetics?.['chromosomal-microarray']),
  write: (answers, event) => ({
    ...answers,
    genetics: { ...answers.genetics, 'chromosomal-microarray': event.result },
  }),
  clear: (answers) => ({
    ...answers,
    genetics: omitKeys(answers.genetics, ['chromosomal-microarray']),
  }),
  keptResult: false,
  problem: (event) => oneOfProblem(event.result, geneticValues),
  field: 'genetics.chromosomal-microarray',
  fromFile: (file) => ({
    type: 'genetics.microarrayEntered',
    result: file.genetics['chromosomal-microarray'] ?? 'not-done',
  }),
  toEvent: (value) => ({
    type: 'genetics.microarrayEntered',
    result: value as never,
  }),
  control: geneticControl,
});

const karyotype = define({
  id: 'karyotype',
  test: 'karyotype',
  phase: 'genetics',
  state: 'workup.genetics.karyotype',
  event: 'genetics.karyotypeEntered',
  askedWhen: [],
  read: (answers) => latestResult(answers.genetics?.karyotype),
  write: (answers, event) => ({
    ...answers,
    genetics: { ...answers.genetics, karyotype: event.result },
  }),
  clear: (answers) => ({
    ...answers,
    genetics: omitKeys(answers.genetics, ['karyotype']),
  }),
  keptResult: false,
  problem: (event) => oneOfProblem(event.result, geneticValues),
  field: 'genetics.karyotype',
  fromFile: (file) => ({
    type: 'genetics.karyotypeEntered',
    result: file.genetics.karyotype ?? 'not-done',
  }),
  toEvent: (value) => ({
    type: 'genetics.karyotypeEntered',
    result: value as never,
  }),
  control: geneticControl,
});

const chromosomalDiagnosis = define({
  id: 'chromosomal-diagnosis',
  phase: 'genetics',
  state: 'workup.genetics.chromosomalDiagnosis',
  event: 'genetics.diagnosisEntered',
  askedWhen: ['chromosomalResultAbnormal'],
  read: (answers) => answers.chromosomalDiagnosis ?? undefined,
  write: (answers, event) => ({
    ...answers,
    chromosomalDiagnosis: event.diagnosis,
  }),
  clear: (answers) => withoutKey(answers, 'chromosomalDiagnosis'),
  keptResult: false,
  problem: (event) => oneOfProblem(event.diagnosis, chromosomalDiagnosisIds),
  field: 'chromosomalDiagnosis',
  // Not given = not known yet: every chromosomal cause stays open.
  fromFile: (file) => ({
    type: 'genetics.diagnosisEntered',
    diagnosis: file.chromosomalDiagnosis ?? 'unknown',
  }),
  toEvent: (value) => ({
    type: 'genetics.diagnosisEntered',
    diagnosis: value as never,
  }),
  control: {
    kind: 'choice',
    options: options('diagnosis', chromosomalDiagnosisIds),
  },
});

const cfScreening = define({
  id: 'cf-screening',
  test: 'cf-carrier-screening',
  phase: 'genetics',
  state: 'workup.genetics.cfScreening',
  event: 'genetics.cfScreeningEntered',
  askedWhen: ['echogenicBowelSeen'],
  read: (answers) => latestResult(answers.genetics?.['cf-carrier-screening']),
  write: (answers, event) => ({
    ...answers,
    genetics: { ...answers.genetics, 'cf-carrier-screening': event.result },
  }),
  clear: (answers) => ({
    ...answers,
    genetics: omitKeys(answers.genetics, ['cf-carrier-screening']),
  }),
  keptResult: true,
  problem: (event) => oneOfProblem(event.result, geneticValues),
  field: 'genetics.cf-carrier-screening',
  fromFile: (file) => ({
    type: 'genetics.cfScreeningEntered',
    result: file.genetics['cf-carrier-screening'] ?? 'not-done',
  }),
  toEvent: (value) => ({
    type: 'genetics.cfScreeningEntered',
    result: value as never,
  }),
  control: geneticControl,
});

const cmvPcr = define({
  id: 'cmv-pcr',
  test: 'amniotic-fluid-cmv-pcr',
  phase: 'specialized',
  state: 'workup.specialized.cmvPcr',
  event: 'specialized.cmvPcrEntered',
  askedWhen: ['cmvPcrIndicated'],
  read: (answers) =>
    latestResult(answers.specialized?.['amniotic-fluid-cmv-pcr']),
  write: (answers, event) => ({
    ...answers,
    specialized: {
      ...answers.specialized,
      'amniotic-fluid-cmv-pcr': event.result,
    },
  }),
  clear: (answers) => ({
    ...answers,
    specialized: omitKeys(answers.specialized, ['amniotic-fluid-cmv-pcr']),
  }),
  keptResult: true,
  problem: (event) => oneOfProblem(event.result, pcrValues),
  field: 'specialized.amniotic-fluid-cmv-pcr',
  fromFile: (file) => ({
    type: 'specialized.cmvPcrEntered',
    result: (file.specialized['amniotic-fluid-cmv-pcr'] ??
      'not-done') as (typeof pcrValues)[number],
  }),
  toEvent: (value) => ({
    type: 'specialized.cmvPcrEntered',
    result: value as never,
  }),
  control: { kind: 'choice', options: resultOptions(pcrValues) },
});

const mcaDoppler = define({
  id: 'mca-doppler',
  test: 'mca-psv-doppler',
  phase: 'specialized',
  state: 'workup.specialized.mcaDoppler',
  event: 'specialized.mcaDopplerEntered',
  askedWhen: ['parvovirusRecent', 'hydropsSeen'],
  read: (answers) => latestResult(answers.specialized?.['mca-psv-doppler']),
  write: (answers, event) => ({
    ...answers,
    specialized: { ...answers.specialized, 'mca-psv-doppler': event.result },
  }),
  clear: (answers) => ({
    ...answers,
    specialized: omitKeys(answers.specialized, ['mca-psv-doppler']),
  }),
  keptResult: true,
  problem: (event) => oneOfProblem(event.result, geneticValues),
  field: 'specialized.mca-psv-doppler',
  fromFile: (file) => ({
    type: 'specialized.mcaDopplerEntered',
    result: (file.specialized['mca-psv-doppler'] ??
      'not-done') as (typeof geneticValues)[number],
  }),
  toEvent: (value) => ({
    type: 'specialized.mcaDopplerEntered',
    result: value as never,
  }),
  control: geneticControl,
});

const fetalMri = define({
  id: 'fetal-mri',
  test: 'fetal-mri',
  phase: 'specialized',
  state: 'workup.specialized.fetalMri',
  event: 'specialized.mriEntered',
  askedWhen: [],
  read: (answers) => latestResult(answers.specialized?.['fetal-mri']),
  write: (answers, event) => ({
    ...answers,
    specialized: { ...answers.specialized, 'fetal-mri': event.result },
  }),
  clear: (answers) => ({
    ...answers,
    specialized: omitKeys(answers.specialized, ['fetal-mri']),
  }),
  keptResult: false,
  problem: (event) => oneOfProblem(event.result, geneticValues),
  field: 'specialized.fetal-mri',
  fromFile: (file) => ({
    type: 'specialized.mriEntered',
    result: (file.specialized['fetal-mri'] ??
      'not-done') as (typeof geneticValues)[number],
  }),
  toEvent: (value) => ({
    type: 'specialized.mriEntered',
    result: value as never,
  }),
  control: geneticControl,
});

/** A question's registry entry, whatever its event. */
export type AnyQuestionSpec = {
  [T in AnswerEvent['type']]: QuestionSpec<T>;
}[AnswerEvent['type']];

/**
 * The question registry: per question its phase, state, answer event, how
 * its answer is read, written, cleared and validated, its answers-file
 * field and its control. The interview order is `questionIds`.
 *
 * @example
 * questions['cmv-pcr'].field; // 'specialized.amniotic-fluid-cmv-pcr'
 * questions['cmv-pcr'].read({ specialized: { 'amniotic-fluid-cmv-pcr': 'negative' } }); // 'negative'
 */
export const questions: Readonly<Record<QuestionId, AnyQuestionSpec>> = {
  audience,
  'gestational-age': gestationalAge,
  findings,
  'head-size': headSize,
  storch,
  'cmv-avidity': cmvAvidity,
  parvovirus,
  'infection-timing': infectionTiming,
  microarray,
  karyotype,
  'chromosomal-diagnosis': chromosomalDiagnosis,
  'cf-screening': cfScreening,
  'cmv-pcr': cmvPcr,
  'mca-doppler': mcaDoppler,
  'fetal-mri': fetalMri,
};

/** The registry entries in the order the interview asks them. */
export const questionList: readonly AnyQuestionSpec[] = questionIds.map(
  (question) => questions[question],
);

const questionOfEvent = new Map<AnswerEvent['type'], QuestionId>(
  questionList.map((spec) => [spec.event, spec.id]),
);

/** The question an answer event answers. */
export function questionAnsweredBy(event: AnswerEvent): QuestionId {
  return questionOfEvent.get(event.type)!;
}

/** Whether an event type is an answer event (not edit, cancel, audience). */
export function isAnswerEventType(type: string): type is AnswerEvent['type'] {
  return questionOfEvent.has(type as AnswerEvent['type']);
}

/** The spec of the question an event answers, typed for that event. */
export function specOf<E extends AnswerEvent>(
  event: E,
): QuestionSpec<E['type']> {
  return questions[questionAnsweredBy(event)] as unknown as QuestionSpec<
    E['type']
  >;
}

import {
  chromosomalDiagnosisIds,
  findingIds,
  followUpQuestionIds,
  headSizeIds,
  parvovirusTestIds,
  questionIds,
  storchTestIds,
  type AnyQuestionId,
  type DecisionId,
  type TestId,
} from '../content/ids.ts';
import type {
  AnswerEvent,
  Answers,
  PhaseId,
  QuestionId,
  TypedNumber,
  ValidationId,
} from './workup.types.ts';
import {
  audienceChoice,
  checklist,
  choiceAt,
  eventValue,
  infectionTiming,
  isTimed,
  numberAt,
  panel,
  resultAt,
  scan,
  valueProblem,
  visit,
  type AnswerValue,
  type Codec,
} from './codecs.ts';
import { parseGestationalAge } from './rules/numbers.ts';
import {
  avidityValues,
  geneticValues,
  gestationalAgeProblem,
  gestationalAgeRange,
  imagingValues,
  pcrValues,
  serologyValues,
  takenAtProblem,
  visitProblem,
  weeksSinceInfectionProblem,
} from './rules/validation.ts';

export type { AnswerValue, Codec, ControlSpec, OptionSpec } from './codecs.ts';

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

/** One question, as data: where it is asked, its event and its codec. */
export interface QuestionSpec {
  id: AnyQuestionId;
  phase: PhaseId;
  /** The machine state that asks it (`#` + this id targets it). */
  state: `workup.${string}.${string}`;
  /** The answer event (it names the question it answers). */
  event: AnswerEvent['type'];
  /** The event's field that carries the answer. */
  key: string;
  /** The test whose result it records, when it records one. */
  test?: TestId;
  /**
   * The decisions that ask it (any one is enough); none = always asked.
   * The machine's decision states name the same guards (tested).
   */
  askedWhen: readonly AskingDecision[];
  /**
   * A result of a test that was done: kept (and interpreted) when its
   * question would no longer be asked, and recordable off the main path.
   */
  keptResult: boolean;
  /** The answers-file field it fills (consult-api.md), for messages. */
  field: string;
  codec: Codec;
}

const results = (values: readonly string[]) =>
  values as readonly [string, ...string[]];

/**
 * The question registry, as data: per question its phase, state, answer
 * event and value codec. The answers-file schema (answers-schema.ts), the
 * file reader, the UI controls and the generated test events all come from
 * it; the interview order is `questionIds`.
 *
 * @example
 * questions['cmv-pcr'].field; // 'specialized.amniotic-fluid-cmv-pcr'
 * questions['cmv-pcr'].codec.read({ specialized: { 'amniotic-fluid-cmv-pcr': 'negative' } }); // 'negative'
 */
export const questions: Readonly<Record<QuestionId, QuestionSpec>> = {
  audience: {
    id: 'audience',
    phase: 'intake',
    state: 'workup.intake.audience',
    event: 'intake.audienceSelected',
    key: 'audience',
    askedWhen: [],
    keptResult: false,
    field: 'audience',
    codec: audienceChoice(['clinician', 'learner']),
  },
  'gestational-age': {
    id: 'gestational-age',
    phase: 'intake',
    state: 'workup.intake.gestationalAge',
    event: 'intake.gestationalAgeEntered',
    key: 'weeks',
    askedWhen: [],
    keptResult: false,
    field: 'gestationalAgeWeeks',
    codec: numberAt('gestationalAgeWeeks', {
      inputLabel: 'consult.input.gestational-age',
      hint: 'app.gestational-age-hint',
      min: gestationalAgeRange.min,
      max: gestationalAgeRange.max,
      problem: (weeks) =>
        weeks === null ? 'required' : gestationalAgeProblem(weeks),
    }),
  },
  findings: {
    id: 'findings',
    phase: 'examination',
    state: 'workup.examination.findings',
    event: 'examination.findingsEntered',
    key: 'findings',
    test: 'detailed-ultrasound',
    askedWhen: [],
    keptResult: false,
    field: 'findings',
    codec: checklist('findings', findingIds, ['pending', 'not-done']),
  },
  'head-size': {
    id: 'head-size',
    phase: 'examination',
    state: 'workup.examination.headSize',
    event: 'examination.headSizeEntered',
    key: 'headSize',
    test: 'head-circumference',
    askedWhen: [],
    keptResult: false,
    field: 'headSize',
    codec: choiceAt('headSize', headSizeIds, 'head-size', 'not-measured'),
  },
  storch: {
    id: 'storch',
    phase: 'serology',
    state: 'workup.serology.storch',
    event: 'serology.storchEntered',
    key: 'results',
    test: 'storch-serology',
    askedWhen: [],
    keptResult: false,
    field: 'serology',
    codec: panel(storchTestIds, results(serologyValues)),
  },
  'cmv-avidity': {
    id: 'cmv-avidity',
    phase: 'serology',
    state: 'workup.serology.cmvAvidity',
    event: 'serology.avidityEntered',
    key: 'avidity',
    test: 'cmv-igg-avidity',
    askedWhen: ['cmvAvidityIndicated'],
    keptResult: true,
    field: 'cmvAvidity',
    codec: resultAt('cmvAvidity', results(avidityValues)),
  },
  parvovirus: {
    id: 'parvovirus',
    phase: 'serology',
    state: 'workup.serology.parvovirus',
    event: 'serology.parvovirusEntered',
    key: 'results',
    test: 'parvovirus-serology',
    askedWhen: [],
    keptResult: false,
    field: 'serology',
    codec: panel(parvovirusTestIds, results(serologyValues)),
  },
  'infection-timing': {
    id: 'infection-timing',
    phase: 'serology',
    state: 'workup.serology.infectionTiming',
    event: 'serology.infectionTimingEntered',
    key: 'weeks',
    askedWhen: ['primaryCmvSuspected'],
    keptResult: false,
    field: 'weeksSinceMaternalInfection',
    codec: infectionTiming({
      inputLabel: 'consult.input.weeks-since-infection',
      min: 0,
      unknown: { value: 'unknown', label: 'option.unknown' },
      problem: weeksSinceInfectionProblem,
    }),
  },
  microarray: {
    id: 'microarray',
    phase: 'genetics',
    state: 'workup.genetics.microarray',
    event: 'genetics.microarrayEntered',
    key: 'result',
    test: 'chromosomal-microarray',
    askedWhen: [],
    keptResult: false,
    field: 'genetics.chromosomal-microarray',
    codec: resultAt('genetics.chromosomal-microarray', results(geneticValues)),
  },
  karyotype: {
    id: 'karyotype',
    phase: 'genetics',
    state: 'workup.genetics.karyotype',
    event: 'genetics.karyotypeEntered',
    key: 'result',
    test: 'karyotype',
    askedWhen: [],
    keptResult: false,
    field: 'genetics.karyotype',
    codec: resultAt('genetics.karyotype', results(geneticValues)),
  },
  'chromosomal-diagnosis': {
    id: 'chromosomal-diagnosis',
    phase: 'genetics',
    state: 'workup.genetics.chromosomalDiagnosis',
    event: 'genetics.diagnosisEntered',
    key: 'diagnosis',
    askedWhen: ['chromosomalResultAbnormal'],
    keptResult: false,
    field: 'chromosomalDiagnosis',
    // Not given = not known yet: every chromosomal cause stays open.
    codec: choiceAt(
      'chromosomalDiagnosis',
      chromosomalDiagnosisIds,
      'diagnosis',
      'unknown',
      { nullable: true },
    ),
  },
  'cf-screening': {
    id: 'cf-screening',
    phase: 'genetics',
    state: 'workup.genetics.cfScreening',
    event: 'genetics.cfScreeningEntered',
    key: 'result',
    test: 'cf-carrier-screening',
    askedWhen: ['echogenicBowelSeen'],
    keptResult: true,
    field: 'genetics.cf-carrier-screening',
    codec: resultAt('genetics.cf-carrier-screening', results(geneticValues)),
  },
  'cmv-pcr': {
    id: 'cmv-pcr',
    phase: 'specialized',
    state: 'workup.specialized.cmvPcr',
    event: 'specialized.cmvPcrEntered',
    key: 'result',
    test: 'amniotic-fluid-cmv-pcr',
    askedWhen: ['cmvPcrIndicated'],
    keptResult: true,
    field: 'specialized.amniotic-fluid-cmv-pcr',
    codec: resultAt('specialized.amniotic-fluid-cmv-pcr', results(pcrValues)),
  },
  'mca-doppler': {
    id: 'mca-doppler',
    phase: 'specialized',
    state: 'workup.specialized.mcaDoppler',
    event: 'specialized.mcaDopplerEntered',
    key: 'result',
    test: 'mca-psv-doppler',
    askedWhen: ['parvovirusRecent', 'hydropsSeen'],
    keptResult: true,
    field: 'specialized.mca-psv-doppler',
    codec: resultAt('specialized.mca-psv-doppler', results(imagingValues)),
  },
  'fetal-mri': {
    id: 'fetal-mri',
    phase: 'specialized',
    state: 'workup.specialized.fetalMri',
    event: 'specialized.mriEntered',
    key: 'result',
    test: 'fetal-mri',
    askedWhen: [],
    keptResult: false,
    field: 'specialized.fetal-mri',
    codec: resultAt('specialized.fetal-mri', results(imagingValues)),
  },
};

/** The follow-up phase's own questions (a new visit, a follow-up scan). */
export const followUpQuestions: Readonly<
  Record<(typeof followUpQuestionIds)[number], QuestionSpec>
> = {
  visit: {
    id: 'visit',
    phase: 'follow-up',
    state: 'workup.followUp.visit',
    event: 'followUp.visitEntered',
    key: 'weeks',
    askedWhen: [],
    keptResult: false,
    field: 'visits',
    codec: visit({
      inputLabel: 'consult.input.visit',
      hint: 'app.gestational-age-hint',
      min: gestationalAgeRange.min,
      max: gestationalAgeRange.max,
      problem: (weeks) =>
        weeks === null ? 'required' : gestationalAgeProblem(weeks),
    }),
  },
  'follow-up-scan': {
    id: 'follow-up-scan',
    phase: 'follow-up',
    state: 'workup.followUp.scan',
    event: 'followUp.scanEntered',
    key: 'scan',
    test: 'serial-ultrasound',
    askedWhen: [],
    keptResult: false,
    field: 'scans',
    codec: scan(findingIds, ['unchanged', 'increased', 'resolved']),
  },
};

/** Every question's spec, the interview's and the follow-up's. */
export const allQuestions: Readonly<Record<AnyQuestionId, QuestionSpec>> = {
  ...questions,
  ...followUpQuestions,
};

/** The registry entries in the order the interview asks them. */
export const questionList: readonly QuestionSpec[] = questionIds.map(
  (question) => questions[question],
);

const questionOfEvent = new Map<AnswerEvent['type'], AnyQuestionId>(
  Object.values(allQuestions).map((spec) => [spec.event, spec.id]),
);

/** The question an answer event answers. */
export function questionAnsweredBy(event: AnswerEvent): AnyQuestionId {
  return questionOfEvent.get(event.type)!;
}

/** Whether an event type is an answer event (not edit, cancel, audience). */
export function isAnswerEventType(type: string): type is AnswerEvent['type'] {
  return questionOfEvent.has(type as AnswerEvent['type']);
}

/** Whether a question is one of the interview's (not the follow-up's). */
export const isInterviewQuestion = (
  question: AnyQuestionId,
): question is QuestionId => question in questions;

/** The spec of the question an event answers. */
export function specOf(event: AnswerEvent): QuestionSpec {
  return allQuestions[questionAnsweredBy(event)];
}

/** The value an answer event carries (its spec's `key`). */
export function valueOf(event: AnswerEvent): unknown {
  return (event as unknown as Record<string, unknown>)[specOf(event).key];
}

/**
 * The answer event of a question for a control's value, and when the result
 * was taken (results only; omitted = today).
 *
 * @example
 * answerEventOf('cmv-pcr', 'negative', 23.1);
 * // { type: 'specialized.cmvPcrEntered', result: 'negative', atWeeks: 23.1 }
 */
export function answerEventOf(
  question: AnyQuestionId,
  value: AnswerValue | number,
  atWeeks?: number | string,
): AnswerEvent {
  const spec = allQuestions[question];
  return {
    type: spec.event,
    [spec.key]: eventValue(spec.codec, value),
    ...(atWeeks !== undefined && isTimed(spec.codec) ? { atWeeks } : {}),
  } as unknown as AnswerEvent;
}

/**
 * Why an answer event is refused (a validation content id), or null: its
 * value, then when it was taken (from 10 weeks to today), then what the
 * answers require (a visit after today).
 */
export function eventProblem(
  event: AnswerEvent,
  answers: Answers,
): ValidationId | null {
  const spec = specOf(event);
  const value = valueOf(event);
  const problem = valueProblem(spec.codec, value);
  if (problem) return problem;
  const today = answers.gestationalAgeWeeks;
  if (isTimed(spec.codec)) {
    const atWeeks = (event as { atWeeks?: number | string }).atWeeks;
    const taken = takenAtProblem(atWeeks, today);
    if (taken) return taken;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const cell of Object.values(value)) {
        if (cell && typeof cell === 'object' && 'atWeeks' in cell) {
          const rowTaken = takenAtProblem(
            (cell as { atWeeks: number | string }).atWeeks,
            today,
          );
          if (rowTaken) return rowTaken;
        }
      }
    }
  }
  if (spec.id === 'infection-timing' && today !== undefined) {
    const tooLong = weeksSinceInfectionProblem(value as TypedNumber, today);
    if (tooLong) return tooLong;
  }
  if (spec.id === 'visit') return visitProblem(value as string, today);
  if (spec.id === 'gestational-age') {
    const parsed = parseGestationalAge(value as string);
    const latest = latestTakenAt(answers);
    if (parsed.ok && latest !== undefined && parsed.value < latest - 1e-4)
      return 'gestational-age-before-results';
  }
  return null;
}

/**
 * The latest gestational age any result, scan or the infection is dated
 * at (results given without a date follow today's age and are not).
 */
export function latestTakenAt(answers: Answers): number | undefined {
  let latest: number | undefined;
  const see = (weeks: number | null | undefined) => {
    if (typeof weeks === 'number' && (latest === undefined || weeks > latest))
      latest = weeks;
  };
  const visitEntries = (value: unknown) => {
    if (Array.isArray(value)) for (const entry of value) see(entry.atWeeks);
    else if (value && typeof value === 'object')
      see((value as { atWeeks?: number }).atWeeks);
  };
  for (const group of ['serology', 'genetics', 'specialized'] as const)
    for (const value of Object.values(answers[group] ?? {}))
      visitEntries(value);
  visitEntries(answers.cmvAvidity);
  for (const scanned of answers.scans ?? []) see(scanned.atWeeks);
  see(answers.maternalInfectionAtWeeks);
  return latest;
}

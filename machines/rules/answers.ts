import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  storchTestIds,
} from '../../content/ids.ts';
import type {
  AnswerEvent,
  Answers,
  QuestionId,
  TypedNumber,
  ValidationId,
} from '../workup.types.ts';
import { interpret } from './facts.ts';
import { parseGestationalAge } from './gestational-age.ts';

/** The questions in the order the interview asks them. */
export const questionOrder = [
  'audience',
  'gestational-age',
  'findings',
  'head-size',
  'storch',
  'cmv-avidity',
  'parvovirus',
  'infection-timing',
  'microarray',
  'karyotype',
  'chromosomal-diagnosis',
  'cf-screening',
  'cmv-pcr',
  'mca-doppler',
  'fetal-mri',
] as const satisfies readonly QuestionId[];

/** The answer event that answers each question. */
export const answerEventOf = {
  audience: 'intake.audienceSelected',
  'gestational-age': 'intake.gestationalAgeEntered',
  findings: 'examination.findingsEntered',
  'head-size': 'examination.headSizeEntered',
  storch: 'serology.storchEntered',
  'cmv-avidity': 'serology.avidityEntered',
  parvovirus: 'serology.parvovirusEntered',
  'infection-timing': 'serology.infectionTimingEntered',
  microarray: 'genetics.microarrayEntered',
  karyotype: 'genetics.karyotypeEntered',
  'chromosomal-diagnosis': 'genetics.diagnosisEntered',
  'cf-screening': 'genetics.cfScreeningEntered',
  'cmv-pcr': 'specialized.cmvPcrEntered',
  'mca-doppler': 'specialized.mcaDopplerEntered',
  'fetal-mri': 'specialized.mriEntered',
} as const satisfies Record<QuestionId, AnswerEvent['type']>;

const questionOfEvent = Object.fromEntries(
  Object.entries(answerEventOf).map(([q, e]) => [e, q]),
) as Record<AnswerEvent['type'], QuestionId>;

export function questionAnsweredBy(event: AnswerEvent): QuestionId {
  return questionOfEvent[event.type];
}

/**
 * Whether a question is asked for these answers: the machine's decision,
 * read from the same named facts as the summary (facts.ts).
 */
export function isApplicable(question: QuestionId, answers: Answers): boolean {
  switch (question) {
    case 'cmv-avidity':
      return interpret(answers).cmvAvidityIndicated;
    case 'infection-timing':
      return interpret(answers).primaryCmvSuspected;
    case 'cmv-pcr':
      return interpret(answers).cmvPcrIndicated;
    case 'chromosomal-diagnosis':
      return interpret(answers).chromosomalResultAbnormal;
    case 'cf-screening':
      return interpret(answers).echogenicBowelSeen;
    case 'mca-doppler':
      return interpret(answers).mcaDopplerIndicated;
    default:
      return true;
  }
}

/**
 * Answers that are results of tests that were done: facts, kept (and
 * interpreted) even when their question would no longer be asked. Every
 * other answer is a choice within a branch, dropped with the branch.
 */
const keptResults: Partial<Record<QuestionId, (answers: Answers) => unknown>> =
  {
    'cmv-avidity': (a) => a.cmvAvidity,
    'cf-screening': (a) => a.genetics?.['cf-carrier-screening'],
    'cmv-pcr': (a) => a.specialized?.['amniotic-fluid-cmv-pcr'],
    'mca-doppler': (a) => a.specialized?.['mca-psv-doppler'],
  };

/** Whether the answer to this question is a result kept off its branch. */
export function isKeptResult(question: QuestionId, answers: Answers): boolean {
  const value = keptResults[question]?.(answers);
  return (
    typeof value === 'string' && value !== 'pending' && value !== 'not-done'
  );
}

/** Whether a result can be recorded for this question off the main path. */
export function isResultQuestion(question: QuestionId): boolean {
  return question in keptResults;
}

/** Whether the answers hold a value for the question. */
export function isAnswered(
  question: QuestionId,
  answers: Answers,
  audienceChosen = true,
): boolean {
  switch (question) {
    case 'audience':
      return audienceChosen;
    case 'gestational-age':
      return answers.gestationalAgeWeeks !== undefined;
    case 'findings':
      return answers.findings !== undefined;
    case 'head-size':
      return answers.headSize !== undefined;
    case 'storch':
      return (
        answers.serology !== undefined &&
        storchTestIds.some((t) => answers.serology?.[t] !== undefined)
      );
    case 'cmv-avidity':
      return answers.cmvAvidity !== undefined;
    case 'parvovirus':
      return (
        answers.serology !== undefined &&
        parvovirusTestIds.some((t) => answers.serology?.[t] !== undefined)
      );
    case 'infection-timing':
      return answers.weeksSinceMaternalInfection !== undefined;
    case 'microarray':
      return answers.genetics?.['chromosomal-microarray'] !== undefined;
    case 'karyotype':
      return answers.genetics?.karyotype !== undefined;
    case 'chromosomal-diagnosis':
      return (
        answers.chromosomalDiagnosis !== undefined &&
        answers.chromosomalDiagnosis !== null
      );
    case 'cf-screening':
      return answers.genetics?.['cf-carrier-screening'] !== undefined;
    case 'cmv-pcr':
      return answers.specialized?.['amniotic-fluid-cmv-pcr'] !== undefined;
    case 'mca-doppler':
      return answers.specialized?.['mca-psv-doppler'] !== undefined;
    case 'fetal-mri':
      return answers.specialized?.['fetal-mri'] !== undefined;
  }
}

/** Removes the answer to one question. */
export function clearAnswer(answers: Answers, question: QuestionId): Answers {
  const next: Answers = { ...answers };
  switch (question) {
    case 'audience':
      return next;
    case 'gestational-age':
      delete next.gestationalAgeWeeks;
      return next;
    case 'findings':
      delete next.findings;
      return next;
    case 'head-size':
      delete next.headSize;
      return next;
    case 'storch':
      return { ...next, serology: omitKeys(next.serology, storchTestIds) };
    case 'parvovirus':
      return { ...next, serology: omitKeys(next.serology, parvovirusTestIds) };
    case 'cmv-avidity':
      delete next.cmvAvidity;
      return next;
    case 'infection-timing':
      delete next.weeksSinceMaternalInfection;
      return next;
    case 'microarray':
      return {
        ...next,
        genetics: omitKeys(next.genetics, ['chromosomal-microarray']),
      };
    case 'karyotype':
      return { ...next, genetics: omitKeys(next.genetics, ['karyotype']) };
    case 'cf-screening':
      return {
        ...next,
        genetics: omitKeys(next.genetics, ['cf-carrier-screening']),
      };
    case 'chromosomal-diagnosis':
      delete next.chromosomalDiagnosis;
      return next;
    case 'cmv-pcr':
      return {
        ...next,
        specialized: omitKeys(next.specialized, ['amniotic-fluid-cmv-pcr']),
      };
    case 'mca-doppler':
      return {
        ...next,
        specialized: omitKeys(next.specialized, ['mca-psv-doppler']),
      };
    case 'fetal-mri':
      return {
        ...next,
        specialized: omitKeys(next.specialized, ['fetal-mri']),
      };
  }
}

function omitKeys<K extends string, V>(
  record: Partial<Record<K, V>> | undefined,
  keys: readonly K[],
): Partial<Record<K, V>> | undefined {
  if (!record) return undefined;
  const next = { ...record };
  for (const key of keys) delete next[key];
  return Object.keys(next).length > 0 ? next : undefined;
}

/**
 * Drops every answer whose question no longer applies, except results of
 * tests that were done, repeating until stable (dropping avidity can in turn
 * drop the infection timing).
 */
export function pruneAnswers(answers: Answers): Answers {
  let current = answers;
  for (;;) {
    const stale = questionOrder.find(
      (q) =>
        q !== 'audience' &&
        isAnswered(q, current) &&
        !isApplicable(q, current) &&
        !isKeptResult(q, current),
    );
    if (!stale) return current;
    current = stripUndefined(clearAnswer(current, stale));
  }
}

function stripUndefined(answers: Answers): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Parses a typed number: the reason when it is not one. */
export function parseTypedNumber(
  value: TypedNumber | null | undefined,
): { ok: true; value: number } | { ok: false; reason: ValidationId } {
  if (value === null || value === undefined)
    return { ok: false, reason: 'required' };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return { ok: false, reason: 'required' };
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
      return { ok: false, reason: 'not-a-number' };
    }
    return { ok: true, value: Number(trimmed) };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, reason: 'not-a-number' };
  }
  return { ok: true, value };
}

export const gestationalAgeRange = { min: 10, max: 42 } as const;

/** Why a gestational age is refused, or null when it is valid. */
export function gestationalAgeProblem(weeks: TypedNumber): ValidationId | null {
  const parsed = parseGestationalAge(weeks);
  if (!parsed.ok) return parsed.reason;
  const { min, max } = gestationalAgeRange;
  return parsed.value < min || parsed.value > max
    ? 'gestational-age-out-of-range'
    : null;
}

/** Why weeks since maternal infection are refused, or null when valid. */
export function weeksSinceInfectionProblem(
  weeks: TypedNumber | null,
): ValidationId | null {
  if (weeks === null) return null;
  const parsed = parseTypedNumber(weeks);
  if (!parsed.ok) return parsed.reason;
  // Longer than the pregnancy is possible: gestational age counts from the
  // last menstrual period, and infection can precede it (REVIEW.md).
  return parsed.value < 0 ? 'weeks-since-infection-negative' : null;
}

const serologyValues = [
  'positive',
  'negative',
  'equivocal',
  'pending',
  'not-done',
];
const pcrValues = ['positive', 'negative', 'pending', 'not-done'];
const geneticValues = ['normal', 'abnormal', 'pending', 'not-done'];
const oneOf = (value: unknown, allowed: readonly string[]) =>
  typeof value === 'string' && allowed.includes(value);

function panelProblem(
  results: unknown,
  tests: readonly string[],
): ValidationId | null {
  if (
    typeof results !== 'object' ||
    results === null ||
    Array.isArray(results)
  ) {
    return 'required';
  }
  for (const [test, value] of Object.entries(results)) {
    if (
      !tests.includes(test) ||
      (value !== undefined && !oneOf(value, serologyValues))
    ) {
      return 'unknown-option';
    }
  }
  return null;
}

/**
 * Why an answer event is refused, or null when it is valid for these
 * answers. The machine's guards and the UI both ask this one function.
 */
export function answerProblem(event: AnswerEvent): ValidationId | null {
  switch (event.type) {
    case 'intake.audienceSelected':
      return oneOf(event.audience, ['clinician', 'learner'])
        ? null
        : 'unknown-option';
    case 'intake.gestationalAgeEntered':
      return gestationalAgeProblem(event.weeks);
    case 'examination.findingsEntered': {
      const f = event.findings;
      if (f === 'pending' || f === 'not-done') return null;
      if (!Array.isArray(f)) return 'required';
      if (!f.every((x) => oneOf(x, findingIds))) return 'unknown-option';
      return new Set(f).size === f.length ? null : 'duplicate-option';
    }
    case 'examination.headSizeEntered':
      return oneOf(event.headSize, headSizeIds) ? null : 'unknown-option';
    case 'serology.storchEntered':
      return panelProblem(event.results, storchTestIds);
    case 'serology.parvovirusEntered':
      return panelProblem(event.results, parvovirusTestIds);
    case 'serology.avidityEntered':
      return oneOf(event.avidity, [
        'low',
        'intermediate',
        'high',
        'pending',
        'not-done',
      ])
        ? null
        : 'unknown-option';
    case 'serology.infectionTimingEntered':
      return weeksSinceInfectionProblem(event.weeks);
    case 'genetics.microarrayEntered':
    case 'genetics.karyotypeEntered':
    case 'genetics.cfScreeningEntered':
      return oneOf(event.result, geneticValues) ? null : 'unknown-option';
    case 'genetics.diagnosisEntered':
      return oneOf(event.diagnosis, chromosomalDiagnosisIds)
        ? null
        : 'unknown-option';
    case 'specialized.cmvPcrEntered':
      return oneOf(event.result, pcrValues) ? null : 'unknown-option';
    case 'specialized.mcaDopplerEntered':
    case 'specialized.mriEntered':
      return oneOf(event.result, geneticValues) ? null : 'unknown-option';
  }
}

const fillPanel = <K extends string>(
  tests: readonly K[],
  results: Partial<Record<K, string | undefined>>,
) =>
  Object.fromEntries(tests.map((t) => [t, results[t] ?? 'not-done'])) as Record<
    K,
    never
  >;

/**
 * The answers after recording a (valid) answer event, with answers that no
 * longer apply dropped. Omitted panel results are recorded as not done.
 */
export function recordAnswer(answers: Answers, event: AnswerEvent): Answers {
  return pruneAnswers(applyAnswer(answers, event));
}

function applyAnswer(answers: Answers, event: AnswerEvent): Answers {
  switch (event.type) {
    case 'intake.audienceSelected':
      return answers;
    case 'intake.gestationalAgeEntered': {
      const parsed = parseGestationalAge(event.weeks);
      return parsed.ok
        ? { ...answers, gestationalAgeWeeks: parsed.value }
        : answers;
    }
    case 'examination.findingsEntered':
      return {
        ...answers,
        findings: Array.isArray(event.findings)
          ? findingIds.filter((f) => event.findings.includes(f))
          : (event.findings as 'pending' | 'not-done'),
      };
    case 'examination.headSizeEntered':
      return { ...answers, headSize: event.headSize };
    case 'serology.storchEntered':
      return {
        ...answers,
        serology: {
          ...answers.serology,
          ...fillPanel(storchTestIds, event.results),
        },
      };
    case 'serology.parvovirusEntered':
      return {
        ...answers,
        serology: {
          ...answers.serology,
          ...fillPanel(parvovirusTestIds, event.results),
        },
      };
    case 'serology.avidityEntered':
      return { ...answers, cmvAvidity: event.avidity };
    case 'serology.infectionTimingEntered': {
      if (event.weeks === null)
        return { ...answers, weeksSinceMaternalInfection: null };
      const parsed = parseTypedNumber(event.weeks);
      return parsed.ok
        ? { ...answers, weeksSinceMaternalInfection: parsed.value }
        : answers;
    }
    case 'genetics.microarrayEntered':
      return {
        ...answers,
        genetics: {
          ...answers.genetics,
          'chromosomal-microarray': event.result,
        },
      };
    case 'genetics.karyotypeEntered':
      return {
        ...answers,
        genetics: { ...answers.genetics, karyotype: event.result },
      };
    case 'genetics.cfScreeningEntered':
      return {
        ...answers,
        genetics: { ...answers.genetics, 'cf-carrier-screening': event.result },
      };
    case 'genetics.diagnosisEntered':
      return { ...answers, chromosomalDiagnosis: event.diagnosis };
    case 'specialized.cmvPcrEntered':
      return {
        ...answers,
        specialized: {
          ...answers.specialized,
          'amniotic-fluid-cmv-pcr': event.result,
        },
      };
    case 'specialized.mcaDopplerEntered':
      return {
        ...answers,
        specialized: {
          ...answers.specialized,
          'mca-psv-doppler': event.result,
        },
      };
    case 'specialized.mriEntered':
      return {
        ...answers,
        specialized: { ...answers.specialized, 'fetal-mri': event.result },
      };
  }
}

/**
 * The questions whose answers this answer event would drop (answered
 * before, no longer applicable after). The UI shows them before an edit.
 *
 * @example
 * answersDroppedBy(answers, { type: 'serology.storchEntered', results: { 'cmv-igm': 'negative' } });
 * // -> ['cmv-avidity', 'infection-timing', 'cmv-pcr']
 */
export function answersDroppedBy(
  answers: Answers,
  event: AnswerEvent,
): QuestionId[] {
  const after = recordAnswer(answers, event);
  const edited = questionAnsweredBy(event);
  return questionOrder.filter(
    (q) =>
      q !== edited &&
      q !== 'audience' &&
      isAnswered(q, answers) &&
      !isAnswered(q, after),
  );
}

/** The next question to ask: the first applicable, unanswered one. */
export function nextQuestion(
  answers: Answers,
  audienceChosen: boolean,
): QuestionId | null {
  return (
    questionOrder.find(
      (q) =>
        isApplicable(q, answers) && !isAnswered(q, answers, audienceChosen),
    ) ?? null
  );
}

/**
 * Whether an answer can be edited now: it is answered (or is a result that
 * can be recorded off the main path), and no question before it is still
 * open. Later questions depend only on earlier answers, so an edit that
 * moves forward from an earlier question always reaches the first open one.
 */
export function canEdit(
  question: QuestionId,
  answers: Answers,
  audienceChosen: boolean,
): boolean {
  if (
    !isAnswered(question, answers, audienceChosen) &&
    !isResultQuestion(question)
  )
    return false;
  const open = nextQuestion(answers, audienceChosen);
  return (
    open === null ||
    questionOrder.indexOf(question) < questionOrder.indexOf(open)
  );
}

import type { SnapshotFrom } from 'xstate';
import {
  citationsOf,
  rationaleOf,
  labelOf,
  referenceList,
  textOf,
  type Audience,
  type ContentId,
} from '../../../content/index.ts';
import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  parvovirusTestIds,
  storchTestIds,
  type ResultOptionId,
} from '../../../content/ids.ts';
import { currentQuestion } from '../../../machines/workup.selectors.ts';
import {
  answersDroppedBy,
  gestationalAgeRange,
  isAnswered,
  isApplicable,
  isKeptResult,
  questionOrder,
} from '../../../machines/rules/answers.ts';
import { gestationalAgeInput } from '../../../machines/rules/gestational-age.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import type {
  AnswerEvent,
  Answers,
  FindingId,
  FindingsStatus,
  PhaseId,
  QuestionId,
  SerologyResult,
  WorkupMeta,
} from '../../../machines/workup.types.ts';
import { answerText, noFindingsLabel } from './answer-text.ts';

export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

export interface OptionView {
  value: string;
  label: string;
}

/** One citation as shown next to a statement; links to the reference list. */
export interface CitationView {
  id: string;
  number: number;
  label: string;
}

/** The input a question needs. */
export type ControlView =
  | { kind: 'choice'; options: OptionView[] }
  | {
      kind: 'checklist';
      items: OptionView[];
      noneLabel: string;
      statusOptions: OptionView[];
    }
  | {
      kind: 'number';
      inputLabel: string;
      /** Which forms the field takes, when more than a number. */
      hint?: string;
      min: number;
      max?: number;
      unknownOption?: OptionView;
    }
  | {
      kind: 'panel';
      rows: OptionView[];
      options: OptionView[];
    };

/** What the user answered before (to prefill an edit). */
export type AnswerValue =
  | string
  | null
  | readonly FindingId[]
  | Partial<Record<string, SerologyResult>>;

export interface QuestionView {
  id: QuestionId;
  phase: PhaseId;
  label: string;
  prompt: string;
  rationale: string;
  citations: CitationView[];
  control: ControlView;
  /** The machine's reason for refusing the last answer, in words. */
  error: string | null;
  editing: boolean;
  /** The recorded answer, when editing. */
  initial: AnswerValue | undefined;
}

export type TranscriptEntry =
  | {
      kind: 'answered';
      question: QuestionId;
      phase: PhaseId;
      label: string;
      prompt: string;
      answer: string;
      canEdit: boolean;
    }
  | { kind: 'active'; question: QuestionView };

export interface PhaseView {
  id: PhaseId;
  label: string;
  status: 'done' | 'current' | 'upcoming';
}

export interface ConsultView {
  audience: Audience;
  audienceChosen: boolean;
  phases: PhaseView[];
  entries: TranscriptEntry[];
  active: QuestionView | null;
  done: boolean;
  editing: QuestionId | null;
}

/** The interview's phases, as the progress bar shows them. */
export const progressPhases = [
  'intake',
  'examination',
  'serology',
  'genetics',
  'specialized',
  'summary',
] as const satisfies readonly PhaseId[];

type StateNodeLike = {
  meta?: WorkupMeta;
  states?: Record<string, StateNodeLike>;
};

/** Each question's phase, read from the machine's typed meta. */
export const phaseOfQuestion: Record<QuestionId, PhaseId> = (() => {
  const out: Partial<Record<QuestionId, PhaseId>> = {};
  const visit = (node: StateNodeLike) => {
    if (node.meta?.question) out[node.meta.question] = node.meta.phase;
    Object.values(node.states ?? {}).forEach(visit);
  };
  visit(workupMachine.root as unknown as StateNodeLike);
  return out as Record<QuestionId, PhaseId>;
})();

const referenceIds = [...referenceList.keys()];

/** A short label for a reference: first author's surname and year. */
export function citationLabel(id: string): string {
  const ref = referenceList.get(id);
  if (!ref) return id;
  const first = ref.authors?.split(/[ ,]/)[0] ?? ref.title.split(' ')[0];
  return ref.year ? `${first} ${ref.year}` : (first ?? id);
}

export function citationViews(ids: readonly string[]): CitationView[] {
  return ids
    .map((id) => ({
      id,
      number: referenceIds.indexOf(id) + 1,
      label: citationLabel(id),
    }))
    .sort((a, b) => a.number - b.number);
}

const optionViews = (ids: readonly ResultOptionId[], audience: Audience) =>
  ids.map((id) => ({ value: id, label: labelOf(`option.${id}`, audience) }));

const serologyOptions: ResultOptionId[] = [
  'positive',
  'negative',
  'pending',
  'not-done',
];
/** A serology result entered in a panel may also be equivocal. */
const panelOptions: ResultOptionId[] = [
  'positive',
  'negative',
  'equivocal',
  'pending',
  'not-done',
];
const geneticOptions: ResultOptionId[] = [
  'normal',
  'abnormal',
  'pending',
  'not-done',
];

function controlOf(question: QuestionId, audience: Audience): ControlView {
  switch (question) {
    case 'audience':
      return {
        kind: 'choice',
        options: optionViews(['clinician', 'learner'], audience),
      };
    case 'gestational-age':
      return {
        kind: 'number',
        inputLabel: 'Gestational age in weeks',
        hint: textOf('app.gestational-age-hint', audience, gestationalAgeRange),
        min: gestationalAgeRange.min,
        max: gestationalAgeRange.max,
      };
    case 'findings':
      return {
        kind: 'checklist',
        items: findingIds.map((id) => ({
          value: id,
          label: labelOf(`finding.${id}`, audience),
        })),
        noneLabel: noFindingsLabel,
        statusOptions: optionViews(['pending', 'not-done'], audience),
      };
    case 'head-size':
      return {
        kind: 'choice',
        options: headSizeIds.map((id) => ({
          value: id,
          label: labelOf(`head-size.${id}`, audience),
        })),
      };
    case 'storch':
    case 'parvovirus':
      return {
        kind: 'panel',
        rows: (question === 'storch' ? storchTestIds : parvovirusTestIds).map(
          (id) => ({ value: id, label: labelOf(`serology.${id}`, audience) }),
        ),
        options: optionViews(panelOptions, audience),
      };
    case 'cmv-avidity':
      return {
        kind: 'choice',
        options: optionViews(
          ['low', 'intermediate', 'high', 'pending', 'not-done'],
          audience,
        ),
      };
    case 'infection-timing':
      return {
        kind: 'number',
        inputLabel: 'Weeks since maternal infection',
        min: 0,
        unknownOption: {
          value: 'unknown',
          label: labelOf('option.unknown', audience),
        },
      };
    case 'chromosomal-diagnosis':
      return {
        kind: 'choice',
        options: chromosomalDiagnosisIds.map((id) => ({
          value: id,
          label: labelOf(`diagnosis.${id}`, audience),
        })),
      };
    case 'cmv-pcr':
      return {
        kind: 'choice',
        options: optionViews(serologyOptions, audience),
      };
    case 'microarray':
    case 'karyotype':
    case 'cf-screening':
    case 'mca-doppler':
    case 'fetal-mri':
      return { kind: 'choice', options: optionViews(geneticOptions, audience) };
  }
}

/** The recorded answer in the shape the question's control uses. */
export function answerValue(
  question: QuestionId,
  a: Answers,
): AnswerValue | undefined {
  switch (question) {
    case 'audience':
      return undefined;
    case 'gestational-age':
      return a.gestationalAgeWeeks === undefined
        ? undefined
        : gestationalAgeInput(a.gestationalAgeWeeks);
    case 'findings':
      return a.findings;
    case 'head-size':
      return a.headSize;
    case 'storch':
    case 'parvovirus':
      return a.serology;
    case 'cmv-avidity':
      return a.cmvAvidity;
    case 'infection-timing':
      return a.weeksSinceMaternalInfection === null
        ? 'unknown'
        : a.weeksSinceMaternalInfection === undefined
          ? undefined
          : String(a.weeksSinceMaternalInfection);
    case 'microarray':
      return a.genetics?.['chromosomal-microarray'];
    case 'karyotype':
      return a.genetics?.karyotype;
    case 'cf-screening':
      return a.genetics?.['cf-carrier-screening'];
    case 'chromosomal-diagnosis':
      return a.chromosomalDiagnosis ?? undefined;
    case 'cmv-pcr':
      return a.specialized?.['amniotic-fluid-cmv-pcr'];
    case 'mca-doppler':
      return a.specialized?.['mca-psv-doppler'];
    case 'fetal-mri':
      return a.specialized?.['fetal-mri'];
  }
}

/**
 * The answer event a control's value stands for. Values come from the
 * control's own options; the machine validates them (answerProblem).
 */
export function toAnswerEvent(
  question: QuestionId,
  value: AnswerValue,
): AnswerEvent {
  const s = value as string;
  switch (question) {
    case 'audience':
      return { type: 'intake.audienceSelected', audience: s as Audience };
    case 'gestational-age':
      return { type: 'intake.gestationalAgeEntered', weeks: s ?? '' };
    case 'findings':
      return {
        type: 'examination.findingsEntered',
        findings: value as readonly FindingId[] | FindingsStatus,
      };
    case 'head-size':
      return { type: 'examination.headSizeEntered', headSize: s as never };
    case 'storch':
      return {
        type: 'serology.storchEntered',
        results: pickKeys(value, storchTestIds),
      };
    case 'parvovirus':
      return {
        type: 'serology.parvovirusEntered',
        results: pickKeys(value, parvovirusTestIds),
      };
    case 'cmv-avidity':
      return { type: 'serology.avidityEntered', avidity: s as never };
    case 'infection-timing':
      return {
        type: 'serology.infectionTimingEntered',
        weeks: value === null || value === 'unknown' ? null : s,
      };
    case 'microarray':
      return { type: 'genetics.microarrayEntered', result: s as never };
    case 'karyotype':
      return { type: 'genetics.karyotypeEntered', result: s as never };
    case 'chromosomal-diagnosis':
      return { type: 'genetics.diagnosisEntered', diagnosis: s as never };
    case 'cf-screening':
      return { type: 'genetics.cfScreeningEntered', result: s as never };
    case 'cmv-pcr':
      return { type: 'specialized.cmvPcrEntered', result: s as never };
    case 'mca-doppler':
      return { type: 'specialized.mcaDopplerEntered', result: s as never };
    case 'fetal-mri':
      return { type: 'specialized.mriEntered', result: s as never };
  }
}

function pickKeys<K extends string>(
  value: AnswerValue,
  keys: readonly K[],
): Partial<Record<K, SerologyResult>> {
  const record = (value ?? {}) as Partial<Record<string, SerologyResult>>;
  const out: Partial<Record<K, SerologyResult>> = {};
  for (const k of keys) if (record[k]) out[k] = record[k];
  return out;
}

/**
 * The labels of the later answers this answer would clear: shown before an
 * edit is applied.
 */
export function droppedLabels(
  answers: Answers,
  event: AnswerEvent,
  audience: Audience,
): string[] {
  return answersDroppedBy(answers, event).map((q) =>
    labelOf(`question.${q}`, audience),
  );
}

function questionView(
  question: QuestionId,
  snapshot: WorkupSnapshot,
  audience: Audience,
): QuestionView {
  const { context } = snapshot;
  const id: ContentId = `question.${question}`;
  const rejection =
    context.rejection?.question === question ? context.rejection : null;
  const editing = context.editing === question;
  return {
    id: question,
    phase: phaseOfQuestion[question],
    label: labelOf(id, audience),
    prompt: textOf(id, audience),
    rationale: rationaleOf(id, audience),
    citations: citationViews(citationsOf(id)),
    control: controlOf(question, audience),
    error: rejection
      ? textOf(`validation.${rejection.reason}`, audience, {
          min: gestationalAgeRange.min,
          max: gestationalAgeRange.max,
        })
      : null,
    editing,
    initial: editing ? answerValue(question, context.answers) : undefined,
  };
}

/**
 * The consult screen as data: progress, the transcript with the active
 * question in its place, and whether the workup is done. Pure: the
 * components render it and send events.
 *
 * @example
 * const view = connect(actor.getSnapshot());
 * view.active?.prompt; // 'Which best describes you?'
 */
export function connect(snapshot: WorkupSnapshot): ConsultView {
  const { context } = snapshot;
  const audience = context.audience ?? 'clinician';
  const audienceChosen = context.audience !== null;
  const done = snapshot.hasTag('summary');
  const activeId = done ? null : currentQuestion(snapshot);
  const active = activeId ? questionView(activeId, snapshot, audience) : null;
  const currentPhase: PhaseId = done
    ? 'summary'
    : activeId
      ? phaseOfQuestion[activeId]
      : 'intake';

  const entries: TranscriptEntry[] = [];
  for (const q of questionOrder) {
    if (q === activeId && active) {
      entries.push({ kind: 'active', question: active });
      continue;
    }
    if (
      !(isApplicable(q, context.answers) || isKeptResult(q, context.answers)) ||
      !isAnswered(q, context.answers, audienceChosen)
    ) {
      continue;
    }
    const id: ContentId = `question.${q}`;
    entries.push({
      kind: 'answered',
      question: q,
      phase: phaseOfQuestion[q],
      label: labelOf(id, audience),
      prompt: textOf(id, audience),
      answer: answerText(q, context.answers, audience, context.audience) ?? '',
      canEdit: done || snapshot.can({ type: 'answer.edit', question: q }),
    });
  }

  const phases: PhaseView[] = progressPhases.map((phase) => {
    const questions = questionOrder.filter((q) => phaseOfQuestion[q] === phase);
    const complete =
      phase === 'summary'
        ? done
        : questions.every(
            (q) =>
              !isApplicable(q, context.answers) ||
              isAnswered(q, context.answers, audienceChosen),
          );
    return {
      id: phase,
      label: labelOf(`phase.${phase}`, audience),
      status:
        phase === currentPhase && !done
          ? 'current'
          : complete && (done || phase !== currentPhase)
            ? 'done'
            : phase === currentPhase
              ? 'current'
              : 'upcoming',
    };
  });

  return {
    audience,
    audienceChosen,
    phases,
    entries,
    active,
    done,
    editing: context.editing,
  };
}

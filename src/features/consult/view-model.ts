/**
 * The consult's view-model: what the consult screen shows for a machine
 * snapshot (`connect`), and what an answer would do before it is sent
 * (`planAnswer`). Pure functions of the snapshot and the content; tested in
 * tests/src/features/consult/.
 */
import {
  citationViews,
  type CitationView,
} from '../../shared/lib/citations.ts';
import type { SnapshotFrom } from 'xstate';
import {
  citationsOf,
  rationaleOf,
  labelOf,
  textOf,
  type Audience,
  type ContentId,
} from '../../../content/index.ts';
import { phaseIds, questionIds } from '../../../content/ids.ts';
import {
  allQuestions,
  answerEventOf,
  latestTakenAt,
  type AnswerValue,
  type OptionSpec,
} from '../../../machines/questions.ts';
import { currentQuestion } from '../../../machines/workup.selectors.ts';
import {
  gestationalAgeRange,
  maxWeeksBeforePregnancy,
} from '../../../machines/rules/validation.ts';
import {
  formatGestationalAge,
  gestationalAgeInput,
  weeksText,
} from '../../../machines/rules/gestational-age.ts';
import { entriesOf } from '../../../machines/rules/results.ts';
import {
  knownAtWeeks,
  visitAges,
  visitIndexOf,
} from '../../../machines/rules/visits.ts';
import {
  answerProblem,
  answersDroppedBy,
  isAnswered,
  isApplicable,
  isKeptResult,
  nextQuestion,
} from '../../../machines/rules/answers.ts';
import { uiText } from '../../shared/lib/ui-text.ts';
import {
  controlOf as controlSpecOf,
  isTimed,
  readAnswer,
  takenAtOf,
  valueAt,
} from '../../../machines/codecs.ts';
import type { workupMachine } from '../../../machines/workup.machine.ts';
import type {
  AnswerEvent,
  Answers,
  AnyQuestionId,
  EditMode,
  PhaseId,
  QuestionId,
  Recorded,
} from '../../../machines/workup.types.ts';
import { answerText, noFindingsLabel } from '../../shared/lib/answer-text.ts';

export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

export interface OptionView {
  value: string;
  label: string;
}

/** One citation as shown next to a statement; links to the reference list. */

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
    }
  | {
      kind: 'scan';
      items: OptionView[];
      courses: OptionView[];
      noScan: OptionView;
    };

/** What the user answered before (to prefill an edit). */
export type { AnswerValue };

export interface QuestionView {
  id: AnyQuestionId;
  phase: PhaseId;
  label: string;
  prompt: string;
  rationale: string;
  citations: CitationView[];
  control: ControlView;
  /** The machine's reason for refusing the last answer, in words. */
  error: string | null;
  editing: boolean;
  /**
   * How the answer is recorded: the interview's answer, a correction, a new
   * result (kept beside the earlier ones), or an open question an edit left
   * behind (no cancel).
   */
  mode: EditMode | 'answer';
  /** The recorded answer (to prefill an edit, or a question asked again). */
  initial: AnswerValue | undefined;
  /** Whether the question can be left (a correction, a new visit). */
  cancellable: boolean;
  /**
   * For a result: when it was taken, prefilled with today's gestational
   * age (shown and editable); null for other questions.
   */
  takenAt: { initial: string; label: string; hint: string } | null;
}

export type TranscriptEntry =
  | {
      /** A later visit: what was recorded at it (scans, results). */
      kind: 'visit';
      key: string;
      heading: string;
      lines: string[];
    }
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

/** Each question's phase, from the question registry. */
export const phaseOfQuestion = Object.fromEntries(
  Object.values(allQuestions).map((spec) => [spec.id, spec.phase]),
) as Record<AnyQuestionId, PhaseId>;

/** The phases the progress shows: the design card's five and the follow-up. */
const progressPhases = phaseIds.filter((phase) => phase !== 'summary');

const optionViews = (
  options: readonly OptionSpec[],
  audience: Audience,
): OptionView[] =>
  options.map((o) => ({ value: o.value, label: labelOf(o.label, audience) }));

/** The question's control with its labels, from the question registry. */
function controlOf(question: AnyQuestionId, audience: Audience): ControlView {
  const control = controlSpecOf(allQuestions[question].codec);
  switch (control.kind) {
    case 'choice':
      return {
        kind: 'choice',
        options: optionViews(control.options, audience),
      };
    case 'checklist':
      return {
        kind: 'checklist',
        items: optionViews(control.items, audience),
        noneLabel: noFindingsLabel,
        statusOptions: optionViews(control.statusOptions, audience),
      };
    case 'number': {
      const { unknownOption, hint, inputLabel, ...rest } = control;
      return {
        ...rest,
        inputLabel: uiText(inputLabel, audience),
        ...(hint && {
          hint: textOf(hint, audience, {
            min: rest.min,
            ...(rest.max !== undefined && { max: rest.max }),
          }),
        }),
        ...(unknownOption && {
          unknownOption: {
            value: unknownOption.value,
            label: labelOf(unknownOption.label, audience),
          },
        }),
      };
    }
    case 'panel':
      return {
        kind: 'panel',
        rows: optionViews(control.rows, audience),
        options: optionViews(control.options, audience),
      };
    case 'scan':
      return {
        kind: 'scan',
        items: optionViews(control.items, audience),
        courses: optionViews(control.courses, audience),
        noScan: optionViews([control.noScan], audience)[0]!,
      };
  }
}

/** The recorded answer in the shape the question's control uses. */
export function answerValue(
  question: AnyQuestionId,
  answers: Answers,
): AnswerValue | undefined {
  return readAnswer(allQuestions[question].codec, answers);
}

/**
 * The answer event a control's value stands for, with when a result was
 * taken when the user changed it from today's. Values come from the
 * control's own options; the machine validates them (answerProblem).
 */
export function toAnswerEvent(
  question: AnyQuestionId,
  value: AnswerValue,
  takenAt?: string,
): AnswerEvent {
  return answerEventOf(question, value, takenAt);
}

/**
 * The labels of the later answers this answer would clear: shown before an
 * edit is applied.
 */
export function droppedLabels(
  answers: Answers,
  event: AnswerEvent,
  audience: Audience,
  mode: EditMode | 'answer' = 'answer',
): string[] {
  return answersDroppedBy(answers, event, mode).map((q) =>
    labelOf(`question.${q}`, audience),
  );
}

/** What sending a control's value would do (see planAnswer). */
export type AnswerPlan =
  | {
      kind: 'send';
      event: AnswerEvent;
      /** False when the machine will refuse it (and say why). */
      valid: boolean;
    }
  | {
      kind: 'confirm';
      event: AnswerEvent;
      /** The labels of the later answers the edit would clear. */
      dropped: string[];
    };

/**
 * What a control's value would do when sent: the answer event, whether the
 * machine takes it, and, for an edit of an earlier answer, the later
 * answers it would clear. An edit that clears answers is confirmed first;
 * anything else is sent (a refused answer comes back with the machine's
 * reason).
 *
 * @example
 * planAnswer({ id: 'storch', editing: true }, { 'cmv-igm': 'negative' }, answers, 'clinician');
 * // -> { kind: 'confirm', event, dropped: ['CMV IgG avidity'] }
 */
export function planAnswer(
  question: Pick<QuestionView, 'id' | 'editing'> &
    Partial<Pick<QuestionView, 'mode' | 'takenAt'>>,
  value: AnswerValue,
  answers: Answers,
  audience: Audience,
  takenAt?: string,
): AnswerPlan {
  const changed =
    takenAt !== undefined &&
    question.takenAt &&
    takenAt.trim() !== question.takenAt.initial
      ? takenAt
      : undefined;
  const event = toAnswerEvent(question.id, value, changed);
  const valid = answerProblem(event, answers) === null;
  if (question.editing && valid) {
    const dropped = droppedLabels(answers, event, audience, question.mode);
    if (dropped.length > 0) return { kind: 'confirm', event, dropped };
  }
  return { kind: 'send', event, valid };
}

/** Whether a recorded answer (a result, or a panel's rows) is awaited. */
const isPendingAnswer = (value: AnswerValue | undefined) =>
  value === 'pending' ||
  (typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).includes('pending'));

function questionView(
  question: AnyQuestionId,
  snapshot: WorkupSnapshot,
  audience: Audience,
): QuestionView {
  const { context } = snapshot;
  const id: ContentId = `question.${question}`;
  const rejection =
    context.rejection?.question === question ? context.rejection : null;
  const inEditing = snapshot.value === 'editing';
  const mode: QuestionView['mode'] = inEditing
    ? (context.editMode ?? 'correct')
    : snapshot.matches('followUp')
      ? 'add'
      : 'answer';
  // A correction or a gap to fill shows the earlier answer; so does an
  // interview question that a file or an edit already answered.
  const editing = inEditing && mode !== 'add';
  const today = context.answers.gestationalAgeWeeks;
  const timed = isTimed(allQuestions[question].codec);
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
          ...(today !== undefined && {
            longest: String(today + maxWeeksBeforePregnancy),
          }),
          ...(rejection.reason === 'gestational-age-before-results'
            ? { last: gestationalAgeInput(latestTakenAt(context.answers)!) }
            : today !== undefined && { last: gestationalAgeInput(today) }),
        })
      : null,
    editing,
    mode,
    initial:
      mode === 'add' ? undefined : answerValue(question, context.answers),
    cancellable: snapshot.can({ type: 'answer.editCancelled' }),
    takenAt:
      timed && today !== undefined
        ? {
            // A correction keeps the age the result was taken at; the
            // result of a pending sample, the age the sample was taken.
            initial: gestationalAgeInput(
              (mode === 'correct' ||
              mode === 'fill' ||
              (mode === 'add' &&
                isPendingAnswer(answerValue(question, context.answers)))
                ? takenAtOf(allQuestions[question].codec, context.answers)
                : undefined) ?? today,
            ),
            label: labelOf('app.taken-at', audience),
            hint: textOf('app.taken-at', audience, {
              min: gestationalAgeRange.min,
              today: gestationalAgeInput(today),
            }),
          }
        : null,
  };
}

/**
 * The transcript of the visits after the first: at each, the follow-up
 * scans and the results recorded then, with when each was taken. Results
 * taken before it and recorded at it (a result that came back) are listed
 * at the visit that recorded them.
 */
export function visitEntries(
  answers: Answers,
  audience: Audience,
): TranscriptEntry[] {
  const ages = visitAges(answers);
  if (ages.length < 2) return [];
  const lines = ages.map((): string[] => []);
  for (const scan of answers.scans ?? []) {
    const visit = visitIndexOf(ages, scan.atWeeks);
    lines[visit]!.push(
      uiText('consult.visit-scan', audience, {
        weeks: weeksText(scan.atWeeks),
        findings: scan.findings.length
          ? scan.findings
              .map((finding) => labelOf(`finding.${finding}`, audience))
              .join(', ')
          : uiText('consult.visit-scan-nothing-new', audience),
        course: labelOf(
          `option.${scan.liverCalcifications}`,
          audience,
        ).toLowerCase(),
      }),
    );
  }
  for (const question of questionIds) {
    const { codec } = allQuestions[question];
    const paths =
      codec.kind === 'result'
        ? [
            {
              path: codec.path,
              label: labelOf(`question.${question}`, audience),
            },
          ]
        : codec.kind === 'panel'
          ? codec.rows.map((row) => ({
              path: `serology.${row}`,
              label: labelOf(`serology.${row}` as ContentId, audience),
            }))
          : [];
    for (const { path, label } of paths) {
      const entries = entriesOf(
        valueAt(answers, path) as Recorded<string> | undefined,
        answers.gestationalAgeWeeks,
      );
      for (const entry of entries) {
        const visit = visitIndexOf(ages, knownAtWeeks(entry));
        if (visit === 0 || entry.result === 'not-done') continue;
        lines[visit]!.push(
          uiText('consult.visit-result', audience, {
            test: label,
            result: labelOf(`option.${entry.result}` as ContentId, audience),
            weeks: weeksText(entry.atWeeks),
          }),
        );
      }
    }
  }
  return ages.slice(1).map((age, index) => ({
    kind: 'visit' as const,
    key: `visit-${index + 1}`,
    heading: uiText('consult.visit-at', audience, {
      weeks: formatGestationalAge(age),
    }),
    lines: lines[index + 1]!,
  }));
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
  const atPlan = snapshot.hasTag('summary');
  const activeId = atPlan ? null : currentQuestion(snapshot);
  const active = activeId ? questionView(activeId, snapshot, audience) : null;
  // The summary stays shown through the follow-up: at the plan, at a visit,
  // and while a result is recorded or an answer corrected once the
  // interview is complete.
  const done =
    atPlan ||
    snapshot.matches('followUp') ||
    (snapshot.value === 'editing' &&
      context.editMode !== 'fill' &&
      nextQuestion(context.answers, { audienceChosen }) === null);
  const currentPhase: PhaseId =
    done || snapshot.matches('followUp')
      ? 'follow-up'
      : activeId
        ? phaseOfQuestion[activeId]
        : 'intake';

  const entries: TranscriptEntry[] = [];
  for (const q of questionIds) {
    if (q === activeId && active && active.mode !== 'add') {
      entries.push({ kind: 'active', question: active });
      continue;
    }
    if (
      !(isApplicable(q, context.answers) || isKeptResult(q, context.answers)) ||
      !isAnswered(q, context.answers, { audienceChosen })
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

  entries.push(...visitEntries(context.answers, audience));
  if (active && !entries.some((entry) => entry.kind === 'active'))
    entries.push({ kind: 'active', question: active });

  const phases: PhaseView[] = progressPhases.map((phase) => {
    const questions = questionIds.filter((q) => phaseOfQuestion[q] === phase);
    const complete =
      phase === 'follow-up'
        ? false
        : questions.every(
            (q) =>
              !isApplicable(q, context.answers) ||
              isAnswered(q, context.answers, { audienceChosen }),
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

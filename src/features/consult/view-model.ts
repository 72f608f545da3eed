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
  questions,
  type AnswerValue,
  type OptionSpec,
} from '../../../machines/questions.ts';
import { currentQuestion } from '../../../machines/workup.selectors.ts';
import { gestationalAgeRange } from '../../../machines/rules/validation.ts';
import {
  answerProblem,
  answersDroppedBy,
  isAnswered,
  isApplicable,
  isKeptResult,
} from '../../../machines/rules/answers.ts';
import type { workupMachine } from '../../../machines/workup.machine.ts';
import type {
  AnswerEvent,
  Answers,
  PhaseId,
  QuestionId,
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
    };

/** What the user answered before (to prefill an edit). */
export type { AnswerValue };

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

/** Each question's phase, from the question registry. */
export const phaseOfQuestion = Object.fromEntries(
  questionIds.map((q) => [q, questions[q].phase]),
) as Record<QuestionId, PhaseId>;

const optionViews = (
  options: readonly OptionSpec[],
  audience: Audience,
): OptionView[] =>
  options.map((o) => ({ value: o.value, label: labelOf(o.label, audience) }));

/** The question's control with its labels, from the question registry. */
function controlOf(question: QuestionId, audience: Audience): ControlView {
  const control = questions[question].control;
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
      const { unknownOption, hint, ...rest } = control;
      return {
        ...rest,
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
  }
}

/** The recorded answer in the shape the question's control uses. */
export function answerValue(
  question: QuestionId,
  answers: Answers,
): AnswerValue | undefined {
  return questions[question].read(answers);
}

/**
 * The answer event a control's value stands for. Values come from the
 * control's own options; the machine validates them (answerProblem).
 */
export function toAnswerEvent(
  question: QuestionId,
  value: AnswerValue,
): AnswerEvent {
  return questions[question].toEvent(value);
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
  question: Pick<QuestionView, 'id' | 'editing'>,
  value: AnswerValue,
  answers: Answers,
  audience: Audience,
): AnswerPlan {
  const event = toAnswerEvent(question.id, value);
  const valid = answerProblem(event) === null;
  if (question.editing && valid) {
    const dropped = droppedLabels(answers, event, audience);
    if (dropped.length > 0) return { kind: 'confirm', event, dropped };
  }
  return { kind: 'send', event, valid };
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
  for (const q of questionIds) {
    if (q === activeId && active) {
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

  const phases: PhaseView[] = phaseIds.map((phase) => {
    const questions = questionIds.filter((q) => phaseOfQuestion[q] === phase);
    const complete =
      phase === 'summary'
        ? done
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

import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Audience } from '../../../content/index.ts';
import type { AnswerEvent, Answers } from '../../../machines/workup.types.ts';
import { uiText } from '../../shared/lib/ui-text.ts';
import { ErrorIcon } from '../../shared/ui/icons.tsx';
import { ConfirmClear } from './confirm-clear.tsx';
import { Control } from './controls/control.tsx';
import { WhyThis } from './why-this.tsx';
import {
  planAnswer,
  type AnswerValue,
  type QuestionView,
} from './view-model.ts';
import { Button } from '../../shared/ui/button.tsx';

interface Props {
  question: QuestionView;
  answers: Answers;
  audience: Audience;
  /** Sends the answer; false when the machine refused it. */
  onAnswer: (event: AnswerEvent) => boolean;
  onCancelEdit: () => void;
  /** Move focus to the first control of each new question (after the user answered). */
  autoFocus: boolean;
}

/**
 * The composer: the active question's control. When the user edits an
 * earlier answer, the answers the change would clear are shown first.
 *
 * It stays mounted from question to question (a remount rebuilt the whole
 * section per answer); what belongs to one question (the control's input,
 * the sent lock, the confirmation) is keyed by it and starts afresh.
 */
export function QuestionForm({
  question,
  answers,
  audience,
  onAnswer,
  onCancelEdit,
  autoFocus,
}: Props) {
  const rootRef = useRef<HTMLElement>(null);
  const promptId = useId();

  // A new question (or the edit form): focus moves to its first control
  // without scrolling (a scroll would force a second layout now); the
  // scroll to the new question waits for the next frame and its layout.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // An edit, a new result, a visit: each starts from the user's action.
    if (autoFocus || question.mode !== 'answer') {
      root
        .querySelector<HTMLElement>(
          '.control input:not([disabled]), .control button:not([disabled])',
        )
        ?.focus({ preventScroll: true });
    }
    // The newest message (the question bubble) and the answer controls; a
    // fresh consult stays at the top, on the title, disclaimer and overview.
    if (!autoFocus && question.id === 'audience') return;
    const frame = requestAnimationFrame(() =>
      root.scrollIntoView?.({ block: 'start' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [autoFocus, question.id, question.mode]);

  return (
    <section
      ref={rootRef}
      className={`composer${question.editing ? ' composer--editing' : ''}`}
      data-question={question.id}
      aria-labelledby={promptId}
    >
      {question.editing && (
        <p className="composer__eyebrow">
          {uiText('consult.editing', audience)}
        </p>
      )}
      {question.editing ? (
        <h2 className="composer__prompt" id={promptId}>
          {question.prompt}
        </h2>
      ) : (
        <h2 className="composer__label" id={promptId}>
          <span className="visually-hidden">{question.prompt} </span>
          <span aria-hidden="true">{question.label}</span>
        </h2>
      )}
      <WhyThis
        rationale={question.rationale}
        citations={question.citations}
        audience={audience}
      />
      <Answer
        key={`${question.id}:${question.mode}`}
        question={question}
        answers={answers}
        audience={audience}
        promptId={promptId}
        onAnswer={onAnswer}
        onCancelEdit={onCancelEdit}
      />
    </section>
  );
}

/**
 * One question's answer: its control, the machine's error, and an edit's
 * confirmation. Sends at most once (a second click must not answer it
 * twice, or answer what replaces it) unless the machine refused it.
 */
function Answer({
  question,
  answers,
  audience,
  promptId,
  onAnswer,
  onCancelEdit,
}: Omit<Props, 'autoFocus'> & { promptId: string }) {
  const controlRef = useRef<HTMLDivElement>(null);
  const errorId = useId();
  const [pending, setPending] = useState<{
    event: AnswerEvent;
    dropped: string[];
  } | null>(null);
  const sent = useRef(false);
  const [locked, setLocked] = useState(false);
  const takenAtId = useId();
  const [takenAt, setTakenAt] = useState(question.takenAt?.initial ?? '');
  const send = (event: AnswerEvent) => {
    if (sent.current) return;
    sent.current = true;
    setLocked(true);
    if (onAnswer(event)) return;
    sent.current = false;
    setLocked(false);
    // Refused: focus goes to the field the error is about.
    controlRef.current
      ?.querySelector<HTMLElement>('input[type="text"]')
      ?.focus();
  };
  const submit = (value: AnswerValue) => {
    const plan = planAnswer(
      question,
      value,
      answers,
      audience,
      question.takenAt ? takenAt : undefined,
    );
    if (plan.kind === 'confirm') setPending(plan);
    else send(plan.event);
  };

  return (
    <>
      {question.takenAt && (
        <p className="taken-at">
          <label htmlFor={takenAtId} className="field-label">
            {question.takenAt.label}
          </label>{' '}
          <input
            id={takenAtId}
            className="input taken-at__input"
            type="text"
            inputMode="text"
            autoComplete="off"
            size={6}
            value={takenAt}
            aria-describedby={`${takenAtId}-hint`}
            onChange={(e) => setTakenAt(e.target.value)}
            disabled={pending !== null || locked}
          />
          <span id={`${takenAtId}-hint`} className="field-hint">
            {question.takenAt.hint}
          </span>
        </p>
      )}
      <div className="control" ref={controlRef}>
        <Control
          control={question.control}
          initial={question.initial}
          labelledBy={promptId}
          describedBy={question.error ? errorId : undefined}
          invalid={question.error !== null}
          audience={audience}
          onSubmit={submit}
          disabled={pending !== null || locked}
        />
      </div>
      {question.error && (
        <p className="field-error" id={errorId} role="alert">
          <ErrorIcon /> {question.error}
        </p>
      )}
      {pending && (
        <ConfirmClear
          dropped={pending.dropped}
          audience={audience}
          onApply={() => {
            setPending(null);
            send(pending.event);
          }}
          onKeep={() => setPending(null)}
        />
      )}
      {question.cancellable && !pending && (
        <Button
          variant="quiet"
          className="composer__cancel"
          onClick={onCancelEdit}
        >
          {uiText(
            question.id === 'visit'
              ? 'consult.cancel-visit'
              : question.mode === 'add'
                ? 'consult.cancel-add'
                : 'consult.cancel-edit',
            audience,
          )}
        </Button>
      )}
    </>
  );
}

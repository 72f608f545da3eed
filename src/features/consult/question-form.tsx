import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { textOf, type Audience } from '../../../content/index.ts';
import { answerProblem } from '../../../machines/rules/answers.ts';
import type {
  AnswerEvent,
  Answers,
  FindingId,
  SerologyResult,
} from '../../../machines/workup.types.ts';
import { WhyThis } from './why-this.tsx';
import { ErrorIcon } from '../../shared/ui/icons.tsx';
import {
  droppedLabels,
  toAnswerEvent,
  type AnswerValue,
  type ControlView,
  type QuestionView,
} from './view-model.ts';

interface Props {
  question: QuestionView;
  answers: Answers;
  audience: Audience;
  /** Sends the answer; false when the machine refused it. */
  onAnswer: (event: AnswerEvent) => boolean;
  onCancelEdit: () => void;
  /** Move focus to the first control on mount (after the user answered). */
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
    if (autoFocus || question.editing) {
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
  }, [autoFocus, question.id, question.editing]);

  return (
    <section
      ref={rootRef}
      className={`composer${question.editing ? ' composer--editing' : ''}`}
      data-question={question.id}
      aria-labelledby={promptId}
    >
      {question.editing && (
        <p className="composer__eyebrow">Changing an earlier answer</p>
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
      <WhyThis rationale={question.rationale} citations={question.citations} />
      <Answer
        key={`${question.id}:${question.editing}`}
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

/** One question's answer: its control, its error, the edit's confirmation. */
function Answer({
  question,
  answers,
  audience,
  promptId,
  onAnswer,
  onCancelEdit,
}: Omit<Props, 'autoFocus'> & { promptId: string }) {
  const controlRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const errorId = useId();
  const [pending, setPending] = useState<{
    event: AnswerEvent;
    dropped: string[];
  } | null>(null);
  // Once an answer is sent, this question takes no more input (a second
  // click must not answer it twice, or answer what replaces it) unless the
  // machine refused the answer.
  const sent = useRef(false);
  const [locked, setLocked] = useState(false);
  const sendAnswer = (event: AnswerEvent) => {
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

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const submit = (value: AnswerValue) => {
    const event = toAnswerEvent(question.id, value);
    if (question.editing && answerProblem(event) === null) {
      const dropped = droppedLabels(answers, event, audience);
      if (dropped.length > 0) {
        setPending({ event, dropped });
        return;
      }
    }
    sendAnswer(event);
  };

  const describedBy = question.error ? errorId : undefined;

  return (
    <>
      <div className="control" ref={controlRef}>
        <Control
          control={question.control}
          initial={question.initial}
          labelledBy={promptId}
          describedBy={describedBy}
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
        <div
          className="notice notice--warning confirm-clear"
          role="alertdialog"
          aria-labelledby={`${promptId}-clear`}
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id={`${promptId}-clear`}>
            <strong>
              This change will clear{' '}
              {pending.dropped.length === 1
                ? 'a later answer'
                : `${pending.dropped.length} later answers`}
              :
            </strong>
          </p>
          <ul>
            {pending.dropped.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                const event = pending.event;
                setPending(null);
                sendAnswer(event);
              }}
            >
              Apply change and clear
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setPending(null)}
            >
              Keep my earlier answer
            </button>
          </div>
        </div>
      )}
      {question.editing && !pending && (
        <button
          type="button"
          className="button button--quiet composer__cancel"
          onClick={onCancelEdit}
        >
          Cancel change
        </button>
      )}
    </>
  );
}

interface ControlProps {
  control: ControlView;
  initial: AnswerValue | undefined;
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  audience: Audience;
  disabled: boolean;
  onSubmit: (value: AnswerValue) => void;
}

function Control(props: ControlProps) {
  switch (props.control.kind) {
    case 'choice':
      return <ChoiceControl {...props} control={props.control} />;
    case 'number':
      return <NumberControl {...props} control={props.control} />;
    case 'checklist':
      return <ChecklistControl {...props} control={props.control} />;
    case 'panel':
      return <PanelControl {...props} control={props.control} />;
  }
}

function ChoiceControl({
  control,
  initial,
  labelledBy,
  disabled,
  onSubmit,
}: ControlProps & { control: Extract<ControlView, { kind: 'choice' }> }) {
  return (
    <div className="quick-replies" role="group" aria-labelledby={labelledBy}>
      {control.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`chip${initial === o.value ? ' chip--current' : ''}`}
          disabled={disabled}
          onClick={() => onSubmit(o.value)}
        >
          {o.label}
          {initial === o.value && (
            <span className="visually-hidden"> (current answer)</span>
          )}
        </button>
      ))}
    </div>
  );
}

function NumberControl({
  control,
  initial,
  describedBy,
  invalid,
  disabled,
  onSubmit,
}: ControlProps & { control: Extract<ControlView, { kind: 'number' }> }) {
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState(
    typeof initial === 'string' && initial !== 'unknown' ? initial : '',
  );
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(value);
  };
  const range =
    control.max !== undefined
      ? `${control.min} to ${control.max} weeks`
      : `${control.min} weeks or more`;
  return (
    <form className="number-form" onSubmit={onFormSubmit} noValidate>
      <label htmlFor={inputId} className="field-label">
        {control.inputLabel}
      </label>
      <p id={hintId} className="field-hint">
        {control.hint ?? `A number, ${range}.`}
      </p>
      <div className="number-form__row">
        <input
          id={inputId}
          className="input"
          type="text"
          inputMode={control.hint ? 'text' : 'decimal'}
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
          onChange={(e) => setValue(e.target.value)}
          disabled={disabled}
        />
        <span className="number-form__unit" aria-hidden="true">
          weeks
        </span>
        <button type="submit" className="button" disabled={disabled}>
          Continue
        </button>
        {control.unknownOption && (
          <button
            type="button"
            className="chip"
            disabled={disabled}
            onClick={() => onSubmit(null)}
          >
            {control.unknownOption.label}
          </button>
        )}
      </div>
    </form>
  );
}

function ChecklistControl({
  control,
  initial,
  audience,
  disabled,
  onSubmit,
}: ControlProps & { control: Extract<ControlView, { kind: 'checklist' }> }) {
  const [checked, setChecked] = useState<FindingId[]>(
    Array.isArray(initial) ? [...(initial as FindingId[])] : [],
  );
  const [none, setNone] = useState(
    Array.isArray(initial) && initial.length === 0,
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const errorId = useId();
  const toggle = (id: FindingId, on: boolean) => {
    setLocalError(null);
    setNone(false);
    setChecked((prev) => (on ? [...prev, id] : prev.filter((x) => x !== id)));
  };
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!none && checked.length === 0) {
      setLocalError(textOf('validation.required', audience));
      return;
    }
    onSubmit(none ? [] : checked);
  };
  return (
    <form className="checklist" onSubmit={onFormSubmit} noValidate>
      <fieldset aria-describedby={localError ? errorId : undefined}>
        <legend className="field-label">
          Other findings on the detailed ultrasound (tick all that apply)
        </legend>
        <ul className="checklist__items">
          {control.items.map((item) => (
            <li key={item.value}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked.includes(item.value as FindingId)}
                  onChange={(e) =>
                    toggle(item.value as FindingId, e.target.checked)
                  }
                  disabled={disabled}
                />
                <span>{item.label}</span>
              </label>
            </li>
          ))}
          <li className="checklist__none">
            <label className="check">
              <input
                type="checkbox"
                checked={none}
                onChange={(e) => {
                  setLocalError(null);
                  setNone(e.target.checked);
                  if (e.target.checked) setChecked([]);
                }}
                disabled={disabled}
              />
              <span>{control.noneLabel}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      {localError && (
        <p className="field-error" id={errorId} role="alert">
          <ErrorIcon /> {localError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={disabled}>
          Confirm findings
        </button>
      </div>
      <StatusReplies
        label="Detailed ultrasound not available yet?"
        options={control.statusOptions}
        initial={typeof initial === 'string' ? initial : undefined}
        disabled={disabled}
        onPick={onSubmit}
      />
    </form>
  );
}

function StatusReplies({
  label,
  options,
  initial,
  disabled,
  onPick,
}: {
  label: ReactNode;
  options: { value: string; label: string }[];
  initial: string | undefined;
  disabled: boolean;
  onPick: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="status-replies">
      <p id={id} className="field-hint">
        {label}
      </p>
      <div className="quick-replies" role="group" aria-labelledby={id}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className={`chip chip--small${initial === o.value ? ' chip--current' : ''}`}
            disabled={disabled}
            onClick={() => onPick(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

function PanelControl({
  control,
  initial,
  disabled,
  onSubmit,
}: ControlProps & { control: Extract<ControlView, { kind: 'panel' }> }) {
  const name = useId();
  const [results, setResults] = useState<
    Partial<Record<string, SerologyResult>>
  >(() => {
    const record = (initial ?? {}) as Partial<Record<string, SerologyResult>>;
    return Object.fromEntries(
      control.rows
        .filter((r) => record[r.value])
        .map((r) => [r.value, record[r.value]]),
    );
  });
  const markAll = (value: SerologyResult) =>
    setResults((prev) =>
      Object.fromEntries(
        control.rows.map((r) => [r.value, prev[r.value] ?? value]),
      ),
    );
  const blank = control.rows.filter((r) => !results[r.value]).length;
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(results);
      }}
      noValidate
    >
      <div
        className="panel__bulk"
        role="group"
        aria-label="Mark all unanswered rows"
      >
        <span className="field-hint" aria-hidden="true">
          Mark all unanswered:
        </span>
        {control.options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="chip chip--small"
            disabled={disabled}
            aria-label={`Mark all unanswered ${o.label}`}
            onClick={() => markAll(o.value as SerologyResult)}
          >
            {o.label}
          </button>
        ))}
      </div>
      <div className="panel__rows">
        {control.rows.map((row) => (
          <fieldset key={row.value} className="panel__row">
            <legend className="panel__test">{row.label}</legend>
            <div className="panel__options">
              {control.options.map((o) => (
                <label
                  key={o.value}
                  className={`radio-pill radio-pill--${o.value}`}
                >
                  <input
                    type="radio"
                    name={`${name}-${row.value}`}
                    value={o.value}
                    checked={results[row.value] === o.value}
                    disabled={disabled}
                    onChange={() =>
                      setResults((prev) => ({
                        ...prev,
                        [row.value]: o.value as SerologyResult,
                      }))
                    }
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <p className="field-hint" aria-live="polite">
        {blank > 0
          ? `${blank} of ${control.rows.length} left blank: blank rows are recorded as not done.`
          : 'All rows answered.'}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={disabled}>
          Confirm results
        </button>
      </div>
    </form>
  );
}

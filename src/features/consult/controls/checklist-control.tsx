import { useId, useState, type FormEvent } from 'react';
import { textOf } from '../../../../content/index.ts';
import type { FindingId } from '../../../../machines/workup.types.ts';
import { uiText } from '../../../shared/lib/ui-text.ts';
import { ErrorIcon } from '../../../shared/ui/icons.tsx';
import { checklistAnswer, initialChecklist } from './control-model.ts';
import { StatusReplies } from './status-replies.tsx';
import type { ControlOf } from './types.ts';
import { Button } from '../../../shared/ui/button.tsx';

/** Findings to tick, an explicit "none", or a "not available yet" reply. */
export function ChecklistControl({
  control,
  initial,
  audience,
  disabled,
  onSubmit,
}: ControlOf<'checklist'>) {
  const [state, setState] = useState(() => initialChecklist(initial));
  const [required, setRequired] = useState(false);
  const errorId = useId();
  const toggle = (id: FindingId, on: boolean) => {
    setRequired(false);
    setState((prev) => ({
      none: false,
      checked: on
        ? [...prev.checked, id]
        : prev.checked.filter((x) => x !== id),
    }));
  };
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    const answer = checklistAnswer(state);
    if (answer === null) setRequired(true);
    else onSubmit(answer);
  };
  return (
    <form className="checklist" onSubmit={onFormSubmit} noValidate>
      <fieldset aria-describedby={required ? errorId : undefined}>
        <legend className="field-label">
          {uiText('consult.findings-legend', audience)}
        </legend>
        <ul className="checklist__items">
          {control.items.map((item) => (
            <li key={item.value}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={state.checked.includes(item.value as FindingId)}
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
                checked={state.none}
                onChange={(e) => {
                  setRequired(false);
                  setState((prev) =>
                    e.target.checked
                      ? { none: true, checked: [] }
                      : { ...prev, none: false },
                  );
                }}
                disabled={disabled}
              />
              <span>{control.noneLabel}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      {required && (
        <p className="field-error" id={errorId} role="alert">
          <ErrorIcon /> {textOf('validation.required', audience)}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" disabled={disabled}>
          {uiText('consult.findings-confirm', audience)}
        </Button>
      </div>
      <StatusReplies
        label={uiText('consult.findings-not-yet', audience)}
        options={control.statusOptions}
        initial={typeof initial === 'string' ? initial : undefined}
        disabled={disabled}
        onPick={onSubmit}
      />
    </form>
  );
}

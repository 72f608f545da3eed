import { useId, useState, type FormEvent } from 'react';
import { uiText } from '../../../shared/lib/ui-text.ts';
import { initialNumberText, numberHint } from './control-model.ts';
import type { ControlOf } from './types.ts';
import { Button } from '../../../shared/ui/button.tsx';

/** A number of weeks typed in, or the question's "unknown" reply. */
export function NumberControl({
  control,
  initial,
  describedBy,
  invalid,
  audience,
  disabled,
  onSubmit,
}: ControlOf<'number'>) {
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState(() => initialNumberText(initial));
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(value);
  };
  return (
    <form className="number-form" onSubmit={onFormSubmit} noValidate>
      <label htmlFor={inputId} className="field-label">
        {control.inputLabel}
      </label>
      <p id={hintId} className="field-hint">
        {numberHint(control, audience)}
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
          {uiText('consult.weeks', audience)}
        </span>
        <Button type="submit" disabled={disabled}>
          {uiText('consult.continue', audience)}
        </Button>
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

import { useId, useState } from 'react';
import type { SerologyResult } from '../../../../machines/workup.types.ts';
import { uiText } from '../../../shared/lib/ui-text.ts';
import {
  initialPanel,
  markAllUnanswered,
  panelStatus,
} from './control-model.ts';
import type { ControlOf } from './types.ts';
import { Button } from '../../../shared/ui/button.tsx';

/** A results panel: one radio group per test, and a mark-all shortcut. */
export function PanelControl({
  control,
  initial,
  audience,
  disabled,
  onSubmit,
}: ControlOf<'panel'>) {
  const name = useId();
  const [results, setResults] = useState(() =>
    initialPanel(control.rows, initial),
  );
  const status = panelStatus(control.rows, results);
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
        aria-label={uiText('consult.mark-all-group', audience)}
      >
        <span className="field-hint" aria-hidden="true">
          {uiText('consult.mark-all', audience)}
        </span>
        {control.options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="chip chip--small"
            disabled={disabled}
            aria-label={uiText('consult.mark-all-as', audience, {
              option: o.label,
            })}
            onClick={() =>
              setResults((prev) =>
                markAllUnanswered(
                  control.rows,
                  prev,
                  o.value as SerologyResult,
                ),
              )
            }
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
        {status.blank > 0
          ? uiText('consult.rows-blank', audience, status)
          : uiText('consult.rows-done', audience)}
      </p>
      <div className="button-row">
        <Button type="submit" disabled={disabled}>
          {uiText('consult.results-confirm', audience)}
        </Button>
      </div>
    </form>
  );
}

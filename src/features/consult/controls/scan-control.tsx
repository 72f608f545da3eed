import { useId, useState, type FormEvent } from 'react';
import { textOf } from '../../../../content/index.ts';
import type {
  FindingId,
  LiverCalcificationCourse,
} from '../../../../machines/workup.types.ts';
import { uiText } from '../../../shared/lib/ui-text.ts';
import { ErrorIcon } from '../../../shared/ui/icons.tsx';
import { Button } from '../../../shared/ui/button.tsx';
import { RadioChoice } from '../../../shared/ui/radio-choice.tsx';
import type { ControlOf } from './types.ts';

/**
 * A follow-up scan: the new findings it shows, what the liver
 * calcifications did (required), or "no scan at this visit".
 */
export function ScanControl({
  control,
  audience,
  disabled,
  onSubmit,
}: ControlOf<'scan'>) {
  const [findings, setFindings] = useState<FindingId[]>([]);
  const [course, setCourse] = useState<LiverCalcificationCourse | ''>('');
  const [required, setRequired] = useState(false);
  const errorId = useId();
  const name = useId();
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!course) {
      setRequired(true);
      return;
    }
    onSubmit({ findings, liverCalcifications: course });
  };
  return (
    <form className="checklist scan" onSubmit={onFormSubmit} noValidate>
      <fieldset>
        <legend className="field-label">
          {uiText('consult.scan-findings-legend', audience)}
        </legend>
        <ul className="checklist__items">
          {control.items.map((item) => (
            <li key={item.value}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={findings.includes(item.value as FindingId)}
                  onChange={(e) =>
                    setFindings((prev) =>
                      e.target.checked
                        ? [...prev, item.value as FindingId]
                        : prev.filter((id) => id !== item.value),
                    )
                  }
                  disabled={disabled}
                />
                <span>{item.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset
        className="scan__course"
        aria-describedby={required ? errorId : undefined}
      >
        <legend className="field-label">
          {uiText('consult.scan-course-legend', audience)}
        </legend>
        {control.courses.map((option) => (
          <RadioChoice
            key={option.value}
            name={name}
            value={option.value as LiverCalcificationCourse}
            selected={course}
            onSelect={(value) => {
              setRequired(false);
              setCourse(value);
            }}
          >
            {option.label}
          </RadioChoice>
        ))}
      </fieldset>
      {required && (
        <p className="field-error" id={errorId} role="alert">
          <ErrorIcon /> {textOf('validation.required', audience)}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" disabled={disabled}>
          {uiText('consult.scan-confirm', audience)}
        </Button>
        <button
          type="button"
          className="chip"
          disabled={disabled}
          onClick={() => onSubmit(control.noScan.value)}
        >
          {uiText('consult.scan-none', audience)}
        </button>
      </div>
    </form>
  );
}

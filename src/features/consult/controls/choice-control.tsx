import { uiText } from '../../../shared/lib/ui-text.ts';
import type { ControlOf } from './types.ts';

/** Quick replies: one button per option; a click answers. */
export function ChoiceControl({
  control,
  initial,
  labelledBy,
  audience,
  disabled,
  onSubmit,
}: ControlOf<'choice'>) {
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
            <span className="visually-hidden">
              {' '}
              {uiText('consult.current-answer', audience)}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

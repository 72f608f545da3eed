import { useId } from 'react';
import type { OptionView } from '../view-model.ts';

/** Small quick replies for "not available yet" answers, under a hint. */
export function StatusReplies({
  label,
  options,
  initial,
  disabled,
  onPick,
}: {
  label: string;
  options: readonly OptionView[];
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

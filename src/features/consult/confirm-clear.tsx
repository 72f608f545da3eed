import { useEffect, useId, useRef } from 'react';
import type { Audience } from '../../../content/index.ts';
import { uiText } from '../../shared/lib/ui-text.ts';
import { Button } from '../../shared/ui/button.tsx';

/**
 * Before an edit that clears later answers: what it clears, and the choice
 * to apply it or keep the earlier answer. Takes focus when shown.
 */
export function ConfirmClear({
  dropped,
  audience,
  onApply,
  onKeep,
}: {
  dropped: readonly string[];
  audience: Audience;
  onApply: () => void;
  onKeep: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="notice notice--warning confirm-clear"
      role="alertdialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
    >
      <p id={titleId}>
        <strong>
          {dropped.length === 1
            ? uiText('consult.clear-one', audience)
            : uiText('consult.clear-many', audience, {
                count: dropped.length,
              })}
        </strong>
      </p>
      <ul>
        {dropped.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <div className="button-row">
        <Button variant="danger" onClick={onApply}>
          {uiText('consult.clear-apply', audience)}
        </Button>
        <Button variant="quiet" onClick={onKeep}>
          {uiText('consult.clear-keep', audience)}
        </Button>
      </div>
    </div>
  );
}

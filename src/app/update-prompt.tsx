import { updateUi } from '../../content/ui/update.ts';
import { uiTextFrom } from '../shared/lib/ui-text.ts';
import { Button } from '../shared/ui/button.tsx';

/** The prompt's words (content/ui/update.ts), loaded with it. */
const ui = uiTextFrom(updateUi);

export interface UpdatePromptProps {
  /** The content version this copy of the app shows. */
  currentVersion: string;
  /** The update's content version, when the server said (null: unknown). */
  newVersion: string | null;
  /**
   * 'waiting': an update is installed and waits for the user;
   * 'elsewhere': another tab applied it, so this one should reload.
   */
  reason: 'waiting' | 'elsewhere';
  onReload: () => void;
  onLater: () => void;
}

/**
 * Offers an installed update of the app: it is applied only when the user
 * chooses to reload, so a consult in progress is never reloaded under them.
 */
export function UpdatePrompt({
  currentVersion,
  newVersion,
  reason,
  onReload,
  onLater,
}: UpdatePromptProps) {
  const versions =
    newVersion && newVersion !== currentVersion
      ? ui('update.versions', 'clinician', {
          version: newVersion,
          current: currentVersion,
        })
      : ui('update.version', 'clinician', { current: currentVersion });
  return (
    <aside
      className="update-prompt no-print"
      aria-labelledby="update-prompt-title"
    >
      {/* A status, not a dialog: it never takes the focus from an answer. */}
      <div role="status">
        <h2 id="update-prompt-title">
          {ui(reason === 'waiting' ? 'update.ready' : 'update.elsewhere')}
        </h2>
        <p>{ui('update.note', 'clinician', { versions })}</p>
      </div>
      <div className="button-row">
        <Button onClick={onReload}>{ui('update.reload')}</Button>
        <Button variant="quiet" onClick={onLater}>
          {ui('update.later')}
        </Button>
      </div>
    </aside>
  );
}

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
      ? `Content version ${newVersion} (this copy: ${currentVersion}).`
      : `This copy shows content version ${currentVersion}.`;
  return (
    <aside
      className="update-prompt no-print"
      aria-labelledby="update-prompt-title"
    >
      {/* A status, not a dialog: it never takes the focus from an answer. */}
      <div role="status">
        <h2 id="update-prompt-title">
          {reason === 'waiting'
            ? 'An update of the app is ready'
            : 'The app was updated in another tab'}
        </h2>
        <p>
          {versions} Reloading keeps the answers saved in this browser; do it
          when your consult allows.
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onReload}>
          Reload now
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onLater}
        >
          Later
        </button>
      </div>
    </aside>
  );
}

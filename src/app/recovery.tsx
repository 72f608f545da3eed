import { Component, useEffect, useRef, useState, type ReactNode } from 'react';
import { copyText } from '../shared/lib/copy-text.ts';
import { uiText } from '../shared/lib/ui-text.ts';
import { Button } from '../shared/ui/button.tsx';

/**
 * What the app shows instead of a consult it cannot run: a saved session
 * that cannot be restored (its data kept, copyable), or a consult that
 * crashed.
 */

export function BrokenSession({
  raw,
  problem,
  dropped = [],
  onFreshStart,
  onKeepReadable,
}: {
  raw: string;
  problem: string;
  /** What could not be read, set aside ("field: why"). */
  dropped?: string[];
  onFreshStart: () => void;
  /** Resume without what was set aside (absent: nothing reads). */
  onKeepReadable?: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="app">
      <main id="main" className="main">
        <section
          className="notice notice--warning"
          aria-labelledby="broken-title"
        >
          <h1 id="broken-title" ref={headingRef} tabIndex={-1}>
            {uiText('app.broken-title')}
          </h1>
          <p>{problem}</p>
          {dropped.length > 0 && (
            <>
              <p>{uiText('app.dropped-title')}</p>
              <ul>
                {dropped.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p>{uiText('app.broken-kept')}</p>
          <div className="button-row">
            {onKeepReadable && (
              <Button onClick={onKeepReadable}>
                {uiText('app.keep-readable')}
              </Button>
            )}
            <CopySaved raw={raw} onCopied={setCopied} />
            <Button
              variant={onKeepReadable ? 'quiet' : 'primary'}
              onClick={onFreshStart}
            >
              {uiText('app.fresh-start')}
            </Button>
          </div>
          <p role="status" className="status-line">
            {copied}
          </p>
          <details>
            <summary>{uiText('app.show-saved-data')}</summary>
            <label htmlFor="broken-raw" className="visually-hidden">
              {uiText('app.saved-data')}
            </label>
            <textarea id="broken-raw" readOnly value={raw} rows={6} />
          </details>
        </section>
      </main>
    </div>
  );
}

/** Copies the saved text, saying whether it worked. */
function CopySaved({
  raw,
  onCopied,
}: {
  raw: string;
  onCopied: (status: string) => void;
}) {
  return (
    <Button
      variant="quiet"
      onClick={async () =>
        onCopied(
          (await copyText(raw))
            ? uiText('app.copied-broken')
            : uiText('app.copy-broken-failed'),
        )
      }
    >
      {uiText('app.copy-broken')}
    </Button>
  );
}

function Crashed({
  saved,
  onReset,
}: {
  saved: () => string | null;
  onReset: () => void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const [raw] = useState(saved);
  return (
    <main className="main">
      <section className="notice notice--warning" role="alert">
        <h1>{uiText('app.crashed-title')}</h1>
        <p>{uiText('app.crashed')}</p>
        <div className="button-row">
          {raw !== null && <CopySaved raw={raw} onCopied={setCopied} />}
          <Button onClick={onReset}>{uiText('app.fresh-start')}</Button>
        </div>
        <p role="status" className="status-line">
          {copied}
        </p>
      </section>
    </main>
  );
}

export class ActorErrorBoundary extends Component<
  {
    children: ReactNode;
    onReset: () => void;
    /** The saved session as stored (offered to copy before a reset). */
    saved: () => string | null;
  },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return <Crashed saved={this.props.saved} onReset={this.props.onReset} />;
  }
}

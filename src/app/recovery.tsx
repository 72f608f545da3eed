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
  onFreshStart,
}: {
  raw: string;
  problem: string;
  onFreshStart: () => void;
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
          <p>{uiText('app.broken-kept')}</p>
          <div className="button-row">
            <Button onClick={onFreshStart}>{uiText('app.fresh-start')}</Button>
            <Button
              variant="quiet"
              onClick={async () =>
                setCopied(
                  (await copyText(raw))
                    ? uiText('app.copied-broken')
                    : uiText('app.copy-broken-failed'),
                )
              }
            >
              {uiText('app.copy-broken')}
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

export class ActorErrorBoundary extends Component<
  { children: ReactNode; onReset: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="main">
        <section className="notice notice--warning" role="alert">
          <h1>{uiText('app.crashed-title')}</h1>
          <p>{uiText('app.crashed')}</p>
          <Button onClick={this.props.onReset}>
            {uiText('app.fresh-start')}
          </Button>
        </section>
      </main>
    );
  }
}

import { useEffect, useRef, useState } from 'react';
import { sessionUi } from '../../content/ui/session.ts';
import { toAnswersFile } from '../../machines/answers-export.ts';
import { copyText } from '../shared/lib/copy-text.ts';
import { uiText as appText, uiTextFrom } from '../shared/lib/ui-text.ts';
import { labelOf, textOf } from '../../content/index.ts';
import { WorkupActor } from '../shared/lib/workup-actor.ts';
import { Button } from '../shared/ui/button.tsx';
import { downloadText, fileDate } from '../shared/lib/download.ts';

/**
 * The session's rare screens and notices, loaded when one is shown: a saved
 * session that cannot be restored (its data kept, copyable, what reads
 * offered), a consult that crashed, a save the browser refused.
 */

export const sessionText = uiTextFrom(sessionUi);
const uiText = sessionText;

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
            {uiText('session.broken-title')}
          </h1>
          <p>{problem}</p>
          {dropped.length > 0 && (
            <>
              <p>{uiText('session.dropped-title')}</p>
              <ul>
                {dropped.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p>{uiText('session.broken-kept')}</p>
          <div className="button-row">
            {onKeepReadable && (
              <Button onClick={onKeepReadable}>
                {uiText('session.keep-readable')}
              </Button>
            )}
            <CopySaved raw={raw} onCopied={setCopied} />
            <Button
              variant={onKeepReadable ? 'quiet' : 'primary'}
              onClick={onFreshStart}
            >
              {uiText('session.fresh-start')}
            </Button>
          </div>
          <p role="status" className="status-line">
            {copied}
          </p>
          <details>
            <summary>{uiText('session.show-saved-data')}</summary>
            <label htmlFor="broken-raw" className="visually-hidden">
              {uiText('session.saved-data')}
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
            ? uiText('session.copied-broken')
            : uiText('session.copy-broken-failed'),
        )
      }
    >
      {uiText('session.copy-broken')}
    </Button>
  );
}

export function Crashed({
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
        <h1>{uiText('session.crashed-title')}</h1>
        <p>{uiText('session.crashed')}</p>
        <div className="button-row">
          {raw !== null && <CopySaved raw={raw} onCopied={setCopied} />}
          <Button onClick={onReset}>{uiText('session.fresh-start')}</Button>
        </div>
        <p role="status" className="status-line">
          {copied}
        </p>
      </section>
    </main>
  );
}

/** Downloads this page's answers (the way out when saving stops). */
export function DownloadAnswers() {
  const actorRef = WorkupActor.useActorRef();
  const audience = WorkupActor.useSelector(
    (s) => s.context.audience ?? 'clinician',
  );
  return (
    <Button
      variant="quiet"
      onClick={() => {
        const { answers, audience: chosen } = actorRef.getSnapshot().context;
        downloadText(
          `fhc-answers-${fileDate(new Date())}.json`,
          `${JSON.stringify(toAnswersFile(answers, chosen), null, 2)}\n`,
        );
      }}
    >
      {uiText('session.download-answers', audience)}
    </Button>
  );
}

/**
 * This tab is not saving (the browser refused the write): said where the
 * user is looking (fixed at the bottom of the window) until a write holds.
 */
export function SaveFailedNotice() {
  const audience = WorkupActor.useSelector(
    (s) => s.context.audience ?? 'clinician',
  );
  return (
    <section
      className="notice notice--warning save-notice no-print"
      role="alert"
      aria-labelledby="save-failed-title"
    >
      <h2 id="save-failed-title">
        {uiText('session.save-failed-title', audience)}
      </h2>
      <p>{uiText('session.save-failed', audience)}</p>
      <div className="button-row">
        <DownloadAnswers />
      </div>
    </section>
  );
}

export function OtherTabNotice({
  onKeepMine,
  onTakeTheirs,
}: {
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const audience = WorkupActor.useSelector(
    (s) => s.context.audience ?? 'clinician',
  );
  return (
    <section
      className="notice notice--warning other-tab save-notice no-print"
      role="alert"
      aria-labelledby="other-tab-title"
    >
      <h2 id="other-tab-title">{labelOf('app.other-tab', audience)}</h2>
      <p>{textOf('app.other-tab', audience)}</p>
      <div className="button-row">
        <Button onClick={onTakeTheirs}>
          {appText('app.other-tab-theirs', audience)}
        </Button>
        <Button variant="quiet" onClick={onKeepMine}>
          {appText('app.other-tab-mine', audience)}
        </Button>
        <DownloadAnswers />
      </div>
    </section>
  );
}

/**
 * The app's header and its controls (wording switch, start over with its
 * confirmation, the views): the parts of one header, used nowhere else.
 */
import { useEffect, useRef, useState } from 'react';
import type { Audience } from '../../content/index.ts';
import { useSession as useSessionControls } from '../shared/lib/session.ts';
import { uiText } from '../shared/lib/ui-text.ts';
import { WorkupActor } from '../shared/lib/workup-actor.ts';
import { views, type ViewId } from './view-route.ts';
import { Button } from '../shared/ui/button.tsx';

/** The app's header: title, wording switch, start over, and the views. */

export function Header({
  view,
  onViewChange,
  audience,
}: {
  view: ViewId;
  onViewChange: (view: ViewId) => void;
  audience: Audience;
}) {
  return (
    <header className="app-header no-print">
      <div className="app-header__top">
        <p className="app-title">
          <LiverIcon />
          <span>
            {uiText('app.title', audience)}
            <span className="app-title__sub">
              {uiText('app.title-sub', audience)}
            </span>
          </span>
        </p>
        <div className="app-header__tools">
          <AudienceSwitch audience={audience} />
          <StartOver />
        </div>
      </div>
      <nav aria-label={uiText('app.views', audience)} className="app-nav">
        <ul>
          {views.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="app-nav__link"
                aria-current={view === v.id ? 'page' : undefined}
                onClick={() => onViewChange(v.id)}
              >
                {uiText(`app.view.${v.id}`, audience)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function AudienceSwitch({ audience }: { audience: Audience }) {
  const actorRef = WorkupActor.useActorRef();
  const options: readonly Audience[] = ['clinician', 'learner'];
  return (
    <fieldset className="segmented">
      <legend>{uiText('app.wording', audience)}</legend>
      {options.map((option) => (
        <label key={option} className="segmented__option">
          <input
            type="radio"
            name="audience-switch"
            value={option}
            checked={audience === option}
            onChange={() =>
              actorRef.send({ type: 'audience.change', audience: option })
            }
          />
          <span>{uiText(`app.wording.${option}`, audience)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function StartOver() {
  const { restart } = useSessionControls();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) triggerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  if (!confirming) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--quiet"
        onClick={() => setConfirming(true)}
      >
        {uiText('app.start-over')}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="start-over-q"
      onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
    >
      <p id="start-over-q">{uiText('app.start-over-question')}</p>
      <Button
        variant="danger"
        onClick={() => {
          setConfirming(false);
          restart();
        }}
      >
        {uiText('app.start-over-yes')}
      </Button>
      <button
        ref={cancelRef}
        type="button"
        className="button button--quiet"
        onClick={() => setConfirming(false)}
      >
        {uiText('app.cancel')}
      </button>
    </div>
  );
}

function LiverIcon() {
  return (
    <svg
      className="app-title__icon"
      viewBox="0 0 32 32"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path
        d="M7 12c3-5 15-6 19-1 2 3 0 8-5 10-5 2-11 1-14-3-1-2-1-4 0-6z"
        fill="#f4e7d4"
      />
      <circle cx="13" cy="15" r="1.8" fill="currentColor" />
      <circle cx="19" cy="13" r="1.4" fill="currentColor" />
      <circle cx="18" cy="18" r="1.2" fill="currentColor" />
    </svg>
  );
}

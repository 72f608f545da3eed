import { useEffect } from 'react';
import { labelOf, textOf } from '../../content/index.ts';
import { uiText } from '../shared/lib/ui-text.ts';
import { activeStateIds, WorkupActor } from '../shared/lib/workup-actor.ts';
import {
  isSameSession,
  saveSession,
  sessionBlob,
  storageKey,
  type Store,
} from './persistence.ts';
import { lazy, Suspense } from 'react';
import { Button } from '../shared/ui/button.tsx';

const DownloadAnswers = lazy(() =>
  import('./session-screens.tsx').then((m) => ({ default: m.DownloadAnswers })),
);

/**
 * The session beside the screen: saving it, noticing another tab that saved
 * over it (and asking whose answers to keep), and recording the states
 * visited (for the map).
 */

/**
 * Saves the session on every change, says whether each write held (a
 * write the browser refuses is never silent), and watches for another tab
 * saving over it (the storage event fires in the other tabs only). A save
 * that holds the same consult is no conflict; a different one pauses
 * saving here.
 */
export function Persist({
  store,
  paused,
  onOtherTab,
  onSaved,
}: {
  store: Store | null;
  paused: boolean;
  onOtherTab: () => void;
  /** Whether the last write held. */
  onSaved: (held: boolean) => void;
}) {
  const actorRef = WorkupActor.useActorRef();
  useEffect(() => {
    if (paused || !store) return;
    let last: string | null = null;
    const save = () => {
      const snapshot = actorRef.getSnapshot();
      const blob = sessionBlob(snapshot);
      if (blob === last) return;
      last = blob;
      onSaved(saveSession(store, snapshot));
    };
    save();
    const sub = actorRef.subscribe(save);
    return () => sub.unsubscribe();
  }, [actorRef, store, paused, onSaved]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== storageKey && e.key !== null) return;
      if (!isSameSession(e.newValue, actorRef.getSnapshot())) {
        onOtherTab();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [actorRef, onOtherTab]);
  return null;
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
          {uiText('app.other-tab-theirs', audience)}
        </Button>
        <Button variant="quiet" onClick={onKeepMine}>
          {uiText('app.other-tab-mine', audience)}
        </Button>
        <Suspense fallback={null}>
          <DownloadAnswers />
        </Suspense>
      </div>
    </section>
  );
}

export function TrackVisits({ onVisit }: { onVisit: (ids: string[]) => void }) {
  const actorRef = WorkupActor.useActorRef();
  useEffect(() => {
    const visit = () => onVisit(activeStateIds(actorRef.getSnapshot().value));
    visit();
    const sub = actorRef.subscribe(visit);
    return () => sub.unsubscribe();
  }, [actorRef, onVisit]);
  return null;
}

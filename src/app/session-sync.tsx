import { useEffect } from 'react';
import { labelOf, textOf } from '../../content/index.ts';
import { uiText } from '../shared/lib/ui-text.ts';
import { activeStateIds, WorkupActor } from '../shared/lib/workup-actor.ts';
import {
  isSameSession,
  saveSession,
  storageKey,
  type Store,
} from './persistence.ts';
import { Button } from '../shared/ui/button.tsx';

/**
 * The session beside the screen: saving it, noticing another tab that saved
 * over it (and asking whose answers to keep), and recording the states
 * visited (for the map).
 */

/**
 * Saves the session on every change, and watches for another tab saving
 * over it (the storage event fires in the other tabs only). A save that
 * holds the same consult is no conflict; a different one pauses saving here.
 */
export function Persist({
  store,
  paused,
  onOtherTab,
}: {
  store: Store | null;
  paused: boolean;
  onOtherTab: () => void;
}) {
  const actorRef = WorkupActor.useActorRef();
  useEffect(() => {
    if (paused) return;
    const save = () => saveSession(store, actorRef.getPersistedSnapshot());
    save();
    const sub = actorRef.subscribe(save);
    return () => sub.unsubscribe();
  }, [actorRef, store, paused]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== storageKey && e.key !== null) return;
      if (!isSameSession(e.newValue, actorRef.getPersistedSnapshot())) {
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
      className="notice notice--warning other-tab no-print"
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

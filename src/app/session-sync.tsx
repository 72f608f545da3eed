import { useEffect } from 'react';
import { activeStateIds, WorkupActor } from '../shared/lib/workup-actor.ts';
import {
  isSameSession,
  saveSession,
  sessionBlob,
  storageKey,
  type Store,
} from './persistence.ts';

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

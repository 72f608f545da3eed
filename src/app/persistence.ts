/**
 * Saving the session in localStorage: what is stored (the consult's
 * answers as an answers file, docs/consult-api.md, and the edit open, if
 * any; no date), whether a write held, and the comparison with another
 * tab's save. Reading a save back is `saved-session.ts`, loaded only when
 * there is one (it brings the answers file's reader).
 */
import type { Snapshot } from 'xstate';
import {
  toAnswersFile,
  type AnswersFileJson,
} from '../../machines/answers-export.ts';
import type {
  Audience,
  EditMode,
  QuestionId,
  WorkupContext,
} from '../../machines/workup.types.ts';

/** Where the session lives; the blob carries its format version. */
export const storageKey = 'fhc-workup:v1';
/**
 * 2: the answers as an answers file (read by the file's strict reader).
 * 1 (still read): the machine's persisted snapshot, with a date.
 */
export const storageVersion = 2;

/** An edit open when the session was saved, reopened on resume. */
export interface SavedEdit {
  question: QuestionId;
  mode: Extract<EditMode, 'correct' | 'add'>;
}

/** What is written to localStorage (no calendar date: privacy). */
export interface StoredSession {
  version: typeof storageVersion;
  /** The answers so far; `gestationalAgeWeeks` absent before it is asked. */
  answers: Partial<AnswersFileJson> & { contentVersion: string };
  edit?: SavedEdit;
}

export type LoadedSession =
  | { kind: 'empty' }
  | { kind: 'restored'; snapshot: Snapshot<unknown> }
  | {
      kind: 'broken';
      raw: string;
      problem: string;
      /** What could not be read ("field: why"), set aside. */
      dropped: string[];
      /** The consult without what was set aside, when any of it reads. */
      partial: Snapshot<unknown> | null;
    };

/** Reads a save (the lazily loaded `saved-session.ts`'s `loadSession`). */
export type SessionReader = (store: Store | null) => LoadedSession;

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type SessionSnapshot = {
  context: Pick<WorkupContext, 'answers' | 'audience' | 'editing'> &
    Partial<Pick<WorkupContext, 'editMode'>>;
};

/**
 * The blob saved for a snapshot of the consult: its answers as an answers
 * file, and the correction or new result being entered.
 *
 * @example
 * store.setItem(storageKey, sessionBlob(actorRef.getSnapshot()));
 */
export function sessionBlob(snapshot: SessionSnapshot): string {
  const { answers, audience, editing, editMode } = snapshot.context;
  const blob: StoredSession = {
    version: storageVersion,
    answers: toAnswersFile(answers, audience as Audience | null),
    ...(editing && (editMode === 'correct' || editMode === 'add')
      ? { edit: { question: editing, mode: editMode } }
      : {}),
  };
  return JSON.stringify(blob);
}

/**
 * Writes the session. Returns false when the browser refused the write
 * (storage full, private mode): the caller says so, never silently.
 */
export function saveSession(
  store: Store | null,
  snapshot: SessionSnapshot,
): boolean {
  if (!store) return false;
  try {
    const blob = sessionBlob(snapshot);
    store.setItem(storageKey, blob);
    return store.getItem(storageKey) === blob;
  } catch {
    return false;
  }
}

/** Whether a saved blob (raw, as another tab wrote it) holds this consult. */
export function isSameSession(
  raw: string | null,
  snapshot: SessionSnapshot,
): boolean {
  return raw !== null && raw === sessionBlob(snapshot);
}

/** The saved blob as stored, or null (none, or storage unreadable). */
export function savedRaw(store: Store | null): string | null {
  try {
    return store?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

export function clearSession(store: Store | null): void {
  try {
    store?.removeItem(storageKey);
  } catch {
    // Nothing to clear.
  }
}

/** localStorage when the browser allows it. */
export function browserStore(): Store | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

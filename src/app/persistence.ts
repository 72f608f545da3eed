import { createActor, type Snapshot } from 'xstate';
import { workupMachine } from '../../machines/workup.machine.ts';

/** Where the session lives; the version is part of the key and the blob. */
export const storageKey = 'fhc-workup:v1';
export const storageVersion = 1;

/** What is written to localStorage. */
export interface StoredSession {
  version: number;
  savedAt: string;
  persisted: unknown;
}

export type LoadedSession =
  | { kind: 'empty' }
  | { kind: 'restored'; snapshot: Snapshot<unknown> }
  | { kind: 'broken'; raw: string; problem: string };

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the saved session. A blob that does not parse, has another version,
 * or that the machine cannot resume from is reported as broken (with the raw
 * text kept) instead of being dropped silently.
 *
 * @example
 * const loaded = loadSession(localStorage);
 * if (loaded.kind === 'restored') createActor(workupMachine, { snapshot: loaded.snapshot });
 */
export function loadSession(store: Store | null): LoadedSession {
  let raw: string | null;
  try {
    raw = store?.getItem(storageKey) ?? null;
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      kind: 'broken',
      raw,
      problem: 'The saved data is not valid JSON.',
    };
  }
  if (!isRecord(parsed) || parsed.version !== storageVersion) {
    return {
      kind: 'broken',
      raw,
      problem: 'The saved session comes from another version of the app.',
    };
  }
  if (!isRecord(parsed.persisted)) {
    return { kind: 'broken', raw, problem: 'The saved session is incomplete.' };
  }
  // Sessions saved when the summary was a final state resume as active: the
  // summary now takes later results (a done actor would ignore them).
  const saved = parsed.persisted as Snapshot<unknown>;
  const snapshot = (
    saved.status === 'done' ? { ...saved, status: 'active' } : saved
  ) as Snapshot<unknown>;
  const problem = resumeProblem(snapshot);
  return problem
    ? { kind: 'broken', raw, problem }
    : { kind: 'restored', snapshot };
}

/** Why the machine cannot resume from this snapshot, or null. */
export function resumeProblem(snapshot: Snapshot<unknown>): string | null {
  try {
    const actor = createActor(workupMachine, {
      input: {},
      snapshot: snapshot as never,
    });
    let failed = false;
    const sub = actor.subscribe({ error: () => (failed = true) });
    actor.start();
    const restored = actor.getSnapshot();
    sub.unsubscribe();
    actor.stop();
    if (failed || restored.status === 'error') {
      return 'The saved session does not match the current workup.';
    }
    const known = restored.hasTag('question') || restored.hasTag('summary');
    const context = restored.context as unknown;
    if (!known || !isRecord(context) || !isRecord(context.answers)) {
      return 'The saved session does not match the current workup.';
    }
    return null;
  } catch {
    return 'The saved session does not match the current workup.';
  }
}

/** Writes the session; storage failures (quota, privacy mode) are ignored. */
export function saveSession(
  store: Store | null,
  persisted: unknown,
  now: Date = new Date(),
): void {
  const blob: StoredSession = {
    version: storageVersion,
    savedAt: now.toISOString(),
    persisted,
  };
  try {
    store?.setItem(storageKey, JSON.stringify(blob));
  } catch {
    // A session that cannot be saved still works; it just will not resume.
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

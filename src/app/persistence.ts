/**
 * Saving and restoring the session in localStorage: the stored format, the
 * checks a saved session must pass to be resumed (replayed through the
 * machine's own validation), and the comparison with another tab's save.
 * One concern: what is stored and whether it can be trusted.
 */
import { createActor, type Snapshot } from 'xstate';
import { labelOf, textOf } from '../../content/index.ts';
import { questionIds } from '../../content/ids.ts';
import {
  answerProblem,
  gestationalAgeRange,
  isAnswered,
  nextQuestion,
  recordAnswer,
} from '../../machines/rules/answers.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { currentQuestion } from '../../machines/workup.selectors.ts';
import type {
  Answers,
  QuestionId,
  ValidationId,
} from '../../machines/workup.types.ts';
import { answerValue, toAnswerEvent } from '../features/consult/view-model.ts';
import { uiText } from '../shared/lib/ui-text.ts';

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
      problem: uiText('saved.json'),
    };
  }
  if (!isRecord(parsed) || parsed.version !== storageVersion) {
    return {
      kind: 'broken',
      raw,
      problem: uiText('saved.version'),
    };
  }
  if (!isRecord(parsed.persisted)) {
    return { kind: 'broken', raw, problem: uiText('saved.partial') };
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
      return mismatch;
    }
    const known = restored.hasTag('question') || restored.hasTag('summary');
    const context = restored.context as unknown;
    if (!known || !isRecord(context) || !isRecord(context.answers)) {
      return mismatch;
    }
    const problem = answersProblem({
      answers: context.answers,
      audience: context.audience,
      editing: context.editing,
    });
    if (typeof problem === 'string') return problem;
    // A saved session resumes where the replay stops, or in its edit.
    return currentQuestion(restored) === (context.editing ?? problem.asking)
      ? null
      : mismatch;
  } catch {
    return mismatch;
  }
}

const mismatch = uiText('saved.mismatch');

/**
 * Records the saved answers again, question by question in the order the
 * interview asks them, as the same answer events the UI sends: each is
 * checked by the machine's guard (answerProblem) and recorded by its action
 * (recordAnswer). The answers it ends with, and the question the machine
 * would ask next; or the first answer the machine refuses.
 */
function replay(
  saved: Answers,
  audience: unknown,
):
  | { asking: QuestionId | null; answers: Answers }
  | { refused: { question: QuestionId; reason: ValidationId } } {
  let answers: Answers = {};
  for (const question of questionIds) {
    if (question === 'audience' || !isAnswered(question, saved)) continue;
    const event = toAnswerEvent(question, answerValue(question, saved) ?? null);
    const reason = answerProblem(event);
    if (reason) return { refused: { question, reason } };
    answers = recordAnswer(answers, event);
  }
  return {
    answers,
    asking: nextQuestion(answers, { audienceChosen: audience !== null }),
  };
}

/**
 * Why saved answers cannot be restored: a value the machine would refuse as
 * a live answer, or answers it would not have recorded (a field it does not
 * know, an answer to a question that does not apply).
 */
function answersProblem({
  answers,
  audience,
  editing,
}: {
  answers: Record<string, unknown>;
  audience?: unknown;
  editing?: unknown;
}): string | { asking: QuestionId | null } {
  if (audience !== null && audience !== 'clinician' && audience !== 'learner') {
    return mismatch;
  }
  if (
    editing !== null &&
    !(questionIds as readonly unknown[]).includes(editing)
  ) {
    return mismatch;
  }
  const result = replay(answers as Answers, audience);
  if ('refused' in result) {
    const { question, reason } = result.refused;
    return uiText('saved.refused', 'clinician', {
      question: labelOf(`question.${question}`, 'clinician'),
      reason: textOf(`validation.${reason}`, 'clinician', gestationalAgeRange),
    });
  }
  return 'answers' in result && holds(result.answers, answers)
    ? { asking: result.asking }
    : mismatch;
}

/**
 * Whether the replayed answers hold every saved value (the replay may add
 * what recording an answer adds, such as a panel's blank rows as not done).
 */
function holds(replayed: unknown, saved: unknown): boolean {
  if (Array.isArray(replayed) || Array.isArray(saved)) {
    return (
      Array.isArray(replayed) &&
      Array.isArray(saved) &&
      replayed.length === saved.length &&
      replayed.every((x, i) => holds(x, saved[i]))
    );
  }
  if (isRecord(replayed) && isRecord(saved)) {
    return Object.keys(saved).every(
      (k) => k in replayed && holds(replayed[k], saved[k]),
    );
  }
  return Object.is(replayed, saved);
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

/**
 * Whether a saved blob (raw, as another tab wrote it) holds this same
 * consult: the same state and context, whenever it was saved.
 */
export function isSameSession(raw: string | null, persisted: unknown): boolean {
  if (raw === null) return false;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return (
      isRecord(parsed) &&
      JSON.stringify(parsed.persisted) === JSON.stringify(persisted)
    );
  } catch {
    return false;
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

import type { SnapshotFrom } from 'xstate';
import type { workupMachine } from './workup.machine.ts';
import type { AnyQuestionId, WorkupMeta } from './workup.types.ts';

/** A snapshot of the workup machine. */
export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

/**
 * The question the snapshot is asking: the one being edited in the
 * `editing` state, else the question of its state's typed meta.
 */
export function currentQuestion(
  snapshot: WorkupSnapshot,
): AnyQuestionId | null {
  if (snapshot.value === 'editing') return snapshot.context.editing;
  const metas = Object.values(snapshot.getMeta()) as (WorkupMeta | undefined)[];
  return metas.find((meta) => meta?.question)?.question ?? null;
}

/** Whether the snapshot is at the summary (the follow-up's plan). */
export function isAtSummary(snapshot: WorkupSnapshot): boolean {
  return snapshot.hasTag('summary');
}

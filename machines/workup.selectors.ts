import type { SnapshotFrom } from 'xstate';
import type { workupMachine } from './workup.machine.ts';
import type { QuestionId, WorkupMeta } from './workup.types.ts';

/** A snapshot of the workup machine. */
export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

/** The question the snapshot is asking, from its state's typed meta. */
export function currentQuestion(snapshot: WorkupSnapshot): QuestionId | null {
  const metas = Object.values(snapshot.getMeta()) as (WorkupMeta | undefined)[];
  return metas.find((meta) => meta?.question)?.question ?? null;
}

/** Whether the snapshot is at the summary (the questions are all answered). */
export function isAtSummary(snapshot: WorkupSnapshot): boolean {
  return snapshot.hasTag('summary');
}

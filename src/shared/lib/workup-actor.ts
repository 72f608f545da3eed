import { createActorContext } from '@xstate/react';
import type { StateValue } from 'xstate';
import { workupMachine } from '../../../machines/workup.machine.ts';

/**
 * The one shared workup actor. The shell mounts its Provider keyed on a
 * session id, so a new session (start over, edit after the summary) is a
 * fresh actor.
 */
export const WorkupActor = createActorContext(workupMachine);

/**
 * The state node ids a state value is in, parents first, without the root:
 * `{ serology: 'storch' }` -> `['workup.serology', 'workup.serology.storch']`.
 */
export function activeStateIds(value: StateValue, prefix = 'workup'): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  return Object.entries(value).flatMap(([key, child]) => [
    `${prefix}.${key}`,
    ...(child ? activeStateIds(child, `${prefix}.${key}`) : []),
  ]);
}

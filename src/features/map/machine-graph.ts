import type { AnyStateNode } from 'xstate';
import type { ContentId } from '../../../content/ids.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import type { WorkupMeta } from '../../../machines/workup.types.ts';

/** What a transition does, for the legend. */
export type EdgeKind = 'answer' | 'skip' | 'refuse' | 'edit' | 'other';

/** One transition of the statechart, as read from the machine. */
export interface MapEdge {
  /** The event type, or `always` for an eventless (guarded skip) one. */
  event: string;
  /** The guard as written in the config, e.g. `shouldSkip(storch)`. */
  guard: string | null;
  /** Target state node ids; empty when the transition stays put. */
  targets: string[];
  /** The named actions it runs, e.g. `recordAnswer`. */
  actions: string[];
  kind: EdgeKind;
}

/** One state node of the statechart with its outgoing transitions. */
export interface MapState {
  id: string;
  key: string;
  contentId: ContentId | null;
  tags: string[];
  isFinal: boolean;
  edges: MapEdge[];
  children: MapState[];
}

function describeGuard(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return guard.name || 'guard';
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: unknown };
    const values =
      params && typeof params === 'object'
        ? Object.values(params as Record<string, unknown>).map(String)
        : [];
    return values.length ? `${type}(${values.join(', ')})` : type;
  }
  return 'guard';
}

type Transition =
  AnyStateNode['transitions'] extends Map<string, infer T>
    ? T extends readonly (infer U)[]
      ? U
      : never
    : never;

function toEdge(event: string, t: Transition): MapEdge {
  const targets = (t.target ?? []).map((n: AnyStateNode) => n.id);
  const guard = describeGuard(t.guard);
  const actions = (t.actions ?? []).flatMap((a: unknown) =>
    typeof a === 'string'
      ? [a]
      : a && typeof a === 'object' && 'type' in a
        ? [String((a as { type: unknown }).type)]
        : [],
  );
  const kind: EdgeKind =
    event === 'always'
      ? 'skip'
      : event === 'answer.edit'
        ? 'edit'
        : actions.includes('rejectAnswer')
          ? 'refuse'
          : guard === 'isValidAnswer'
            ? 'answer'
            : 'other';
  return { event, guard, targets, actions, kind };
}

function toMapState(node: AnyStateNode): MapState {
  const meta = node.meta as WorkupMeta | undefined;
  const edges: MapEdge[] = [
    ...(node.always ?? []).map((t) => toEdge('always', t as Transition)),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      list.map((t) => toEdge(event, t as Transition)),
    ),
  ];
  return {
    id: node.id,
    key: node.key,
    contentId: meta?.contentId ?? null,
    tags: [...node.tags],
    isFinal: node.type === 'final',
    edges,
    children: Object.values(node.states).map(toMapState),
  };
}

/**
 * The statechart as data, read from the machine definition itself (never a
 * hand-drawn copy): the root, its phases in order, each phase's question
 * states, and every transition with its guard.
 *
 * @example
 * machineGraph().children.map((phase) => phase.id);
 * // -> ['workup.intake', 'workup.examination', ..., 'workup.summary']
 */
export function machineGraph(
  root: AnyStateNode = workupMachine.root,
): MapState {
  return toMapState(root);
}

/** Every state node id of the graph, parents first. */
export function allStateIds(state: MapState): string[] {
  return [state.id, ...state.children.flatMap(allStateIds)];
}

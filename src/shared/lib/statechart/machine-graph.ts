import { and, not, or, stateIn, type AnyStateNode } from 'xstate';
import type { ContentId } from '../../../../content/ids.ts';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import type { WorkupMeta } from '../../../../machines/workup.types.ts';

/**
 * A transition's guard as the machine config writes it: a named guard
 * (`'cmvIgmPositive'` or `{ type, params }`), xstate's `not` / `and` / `or`
 * combinators around guards, `stateIn(...)`, or an inline function.
 */
export type GuardRef =
  | { kind: 'named'; type: string; params: Record<string, unknown> | null }
  | { kind: 'not' | 'and' | 'or'; guards: GuardRef[] }
  | { kind: 'stateIn'; state: string }
  | { kind: 'inline'; name: string };

/**
 * What a transition does, read from the chart's shape (not from names):
 * `skip` leaves a question without an event, `next` is any other eventless
 * step, `answer` leaves a question on its event, `stay` handles an event
 * without leaving, `event` is any other evented transition.
 */
export type EdgeKind = 'skip' | 'next' | 'answer' | 'stay' | 'event';

/** One transition of the statechart, as read from the machine. */
export interface MapEdge {
  /** `source|event|index`: unique and stable while the config is. */
  id: string;
  /** The state node that owns the transition. */
  source: string;
  /** The event type, or `always` for an eventless transition. */
  event: string;
  eventless: boolean;
  guard: GuardRef | null;
  /** The guard as written, e.g. `alreadyAnswered(storch)`: developers only. */
  guardText: string | null;
  /** Target state node ids; empty when the transition stays put. */
  targets: string[];
  /** The named actions it runs, e.g. `recordAnswer`. */
  actions: string[];
  kind: EdgeKind;
  /** Unguarded, after a guarded alternative for the same event. */
  otherwise: boolean;
}

/** One state node of the statechart with its outgoing transitions. */
export interface MapState {
  id: string;
  key: string;
  contentId: ContentId | null;
  tags: string[];
  isFinal: boolean;
  isQuestion: boolean;
  /** The id of the child entered first, for a compound state. */
  initial: string | null;
  edges: MapEdge[];
  children: MapState[];
}

// The combinators are functions whose `check` is shared by every instance:
// comparing it survives minification, unlike the functions' names.
const checks = {
  not: (not('x') as unknown as { check: unknown }).check,
  and: (and(['x']) as unknown as { check: unknown }).check,
  or: (or(['x']) as unknown as { check: unknown }).check,
  stateIn: (stateIn('#x') as unknown as { check: unknown }).check,
};

/** The guard config of a transition as a `GuardRef`. */
export function guardRef(guard: unknown): GuardRef | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') {
    return { kind: 'named', type: guard, params: null };
  }
  if (typeof guard === 'function') {
    const g = guard as {
      check?: unknown;
      guards?: unknown[];
      stateValue?: unknown;
      name?: string;
    };
    for (const kind of ['not', 'and', 'or'] as const) {
      if (g.check === checks[kind]) {
        return {
          kind,
          guards: (g.guards ?? []).map(guardRef).filter((x) => x !== null),
        };
      }
    }
    if (g.check === checks.stateIn) {
      return { kind: 'stateIn', state: JSON.stringify(g.stateValue) };
    }
    return { kind: 'inline', name: g.name || 'inline guard' };
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: unknown; params?: unknown };
    return {
      kind: 'named',
      type: String(type),
      params:
        params && typeof params === 'object'
          ? (params as Record<string, unknown>)
          : null,
    };
  }
  return { kind: 'inline', name: 'guard' };
}

/** A guard as a developer reads it in the config: `not(cmvIgmPositive)`. */
export function guardText(guard: GuardRef): string {
  switch (guard.kind) {
    case 'named': {
      const values = guard.params ? Object.values(guard.params) : [];
      return values.length
        ? `${guard.type}(${values.map(String).join(', ')})`
        : guard.type;
    }
    case 'not':
    case 'and':
    case 'or':
      return `${guard.kind}(${guard.guards.map(guardText).join(', ')})`;
    case 'stateIn':
      return `stateIn(${guard.state})`;
    case 'inline':
      return guard.name;
  }
}

type Transition =
  AnyStateNode['transitions'] extends Map<string, infer T>
    ? T extends readonly (infer U)[]
      ? U
      : never
    : never;

function toEdges(
  source: AnyStateNode,
  event: string,
  list: readonly Transition[],
): MapEdge[] {
  const isQuestion = source.tags.includes('question');
  return list.map((t, index) => {
    const targets = (t.target ?? []).map((n: AnyStateNode) => n.id);
    const guard = guardRef(t.guard);
    const actions = (t.actions ?? []).flatMap((a: unknown) =>
      typeof a === 'string'
        ? [a]
        : a && typeof a === 'object' && 'type' in a
          ? [String((a as { type: unknown }).type)]
          : [],
    );
    const eventless = event === 'always';
    const kind: EdgeKind = eventless
      ? isQuestion
        ? 'skip'
        : 'next'
      : !isQuestion
        ? 'event'
        : targets.length > 0
          ? 'answer'
          : 'stay';
    return {
      id: `${source.id}|${event}|${index}`,
      source: source.id,
      event,
      eventless,
      guard,
      guardText: guard && guardText(guard),
      targets,
      actions,
      kind,
      otherwise: !guard && list.slice(0, index).some((p) => p.guard),
    };
  });
}

function toMapState(node: AnyStateNode): MapState {
  const meta = node.meta as WorkupMeta | undefined;
  const initial = node.initial?.target?.[0]?.id ?? null;
  return {
    id: node.id,
    key: node.key,
    contentId: meta?.contentId ?? null,
    tags: [...node.tags],
    isFinal: node.type === 'final',
    isQuestion: node.tags.includes('question'),
    initial: node.type === 'compound' ? initial : null,
    edges: [
      ...toEdges(node, 'always', (node.always ?? []) as Transition[]),
      ...[...node.transitions.entries()].flatMap(([event, list]) =>
        toEdges(node, event, list as Transition[]),
      ),
    ],
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

/** Every state of the graph, parents first. */
export function allStates(state: MapState): MapState[] {
  return [state, ...state.children.flatMap(allStates)];
}

/** Every state node id of the graph, parents first. */
export function allStateIds(state: MapState): string[] {
  return allStates(state).map((s) => s.id);
}

/** Every transition of the graph, in document order. */
export function allEdges(state: MapState): MapEdge[] {
  return allStates(state).flatMap((s) => s.edges);
}

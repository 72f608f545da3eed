import { and, not, or, stateIn, type AnyStateNode } from 'xstate';
import type { ContentId } from '../../../../content/ids.ts';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import type { WorkupMeta } from '../../../../machines/workup.types.ts';
import { isAnswerEventType } from '../../../../machines/questions.ts';

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
 * What a transition does, read from the chart's shape: `skip` leaves a
 * question without an event, `next` is any other eventless step (a
 * decision's branch), `answer` leaves a question on an answer event, `stay`
 * takes an answer without leaving (a refusal), `event` is any other evented
 * transition (a new visit, cancelling an edit).
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
  /**
   * The resuming and editing steps (`route`, `editing`): states outside
   * every phase (no `meta.phase`). The map shows them to developers only,
   * and in words otherwise.
   */
  isMachinery: boolean;
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
  // `*` is the editing step's "an answer to the question being edited".
  const isAnswer = event === '*' || isAnswerEventType(event);
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
      : !isQuestion || !isAnswer
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
    isMachinery: node.parent !== undefined && !meta?.phase,
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

/**
 * A decision state's branches as yes and no: the guarded eventless
 * transitions, when they all lead to one state, are its "yes"; the
 * unguarded one after them is its "no". Null for any other transition (or
 * a decision whose branches lead to several states).
 *
 * @example
 * decisionBranch(avidityDecision, avidityDecision.edges[0]!); // -> 'yes'
 */
export function decisionBranch(
  state: MapState,
  edge: MapEdge,
): 'yes' | 'no' | null {
  if (!state.tags.includes('decision') || !edge.eventless) return null;
  const branches = state.edges.filter((e) => e.eventless);
  const guarded = branches.filter((e) => e.guard);
  const yesTargets = new Set(guarded.flatMap((e) => e.targets));
  const otherwise = branches.filter((e) => !e.guard);
  if (yesTargets.size !== 1 || otherwise.length !== 1) return null;
  return edge.guard ? 'yes' : 'no';
}

/** The guards a decision state asks, in order: its yes branches' guards. */
export function decisionGuards(state: MapState): GuardRef[] {
  return state.tags.includes('decision')
    ? state.edges.filter((e) => e.eventless && e.guard).map((e) => e.guard!)
    : [];
}

/**
 * The decision states a consult passed through. A decision is transient:
 * it is never in a snapshot, so it counts as passed when a state before it
 * was visited (or it starts a phase that was entered) and a state it leads
 * to was reached, through other passed decisions if need be (the largest
 * such set: decisions in a row pass together).
 *
 * @example
 * passedDecisions(machineGraph(), visited, reached).has(
 *   'workup.serology.avidityDecision',
 * );
 */
export function passedDecisions(
  root: MapState,
  visited: ReadonlySet<string>,
  reached: ReadonlySet<string>,
): Set<string> {
  const states = allStates(root);
  const before = new Map<string, string[]>();
  const link = (from: string, to: string) =>
    before.set(to, [...(before.get(to) ?? []), from]);
  for (const s of states) {
    if (s.initial) link(s.id, s.initial);
    for (const e of s.edges) for (const t of e.targets) link(s.id, t);
  }
  const passed = new Set(
    states.filter((s) => s.tags.includes('decision')).map((s) => s.id),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of states) {
      if (!passed.has(s.id)) continue;
      const entered = (before.get(s.id) ?? []).some(
        (id) => visited.has(id) || reached.has(id) || passed.has(id),
      );
      const left = s.edges.some((e) =>
        e.targets.some((t) => reached.has(t) || passed.has(t)),
      );
      if (!entered || !left) {
        passed.delete(s.id);
        changed = true;
      }
    }
  }
  return passed;
}

/** The guards of the decisions whose "yes" leads to a state. */
export function decisionsInto(root: MapState, stateId: string): GuardRef[] {
  return allStates(root).flatMap((s) =>
    s.edges
      .filter(
        (e) =>
          e.guard &&
          e.targets.includes(stateId) &&
          decisionBranch(s, e) === 'yes',
      )
      .map((e) => e.guard!),
  );
}

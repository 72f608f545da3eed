import { Graph, layout } from '@dagrejs/dagre';
import {
  allStates,
  type MapEdge,
  type MapState,
} from '../../shared/lib/statechart/machine-graph.ts';

/** One line of text; lines that put a transition in words name it. */
export interface TextLine {
  text: string;
  /** The transitions this line puts in words or names the target of. */
  edgeIds?: string[];
  /** The state (a resuming or editing step) this line describes in words. */
  aboutState?: string;
  /** Developer detail (a state id or a guard as written). */
  dev?: boolean;
}

/**
 * A box: a question (or other leaf) state, a decision (drawn as a diamond),
 * a phase's title, the root's box of what applies from any state, or the
 * start dot.
 */
export interface NodeBox {
  /** The state id (the start dot is `start`). */
  id: string;
  kind: 'state' | 'decision' | 'phase' | 'root' | 'start';
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextLine[];
  /** Transitions that stay put, or (root) those from any state. */
  notes: TextLine[];
  isFinal: boolean;
}

/** A phase (compound state) drawn as a region around its states. */
export interface RegionBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One arrow: the transitions from one box to another, with their words. */
export interface EdgePath {
  key: string;
  edgeIds: string[];
  source: string;
  target: string;
  points: { x: number; y: number }[];
  label: {
    x: number;
    y: number;
    width: number;
    height: number;
    lines: TextLine[];
  } | null;
  /** The dashed arrow into a region's first state (not a transition). */
  initial: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  regions: RegionBox[];
  edges: EdgePath[];
}

/** How the chart names states and puts transitions in words. */
export interface ChartWords {
  state: (state: MapState) => string;
  edge: (edge: MapEdge) => string;
  /** A decision's branch as "yes" or "no"; null for other transitions. */
  branch: (state: MapState, edge: MapEdge) => string | null;
  /** A state's content as a sentence (the resuming and editing steps). */
  about: (state: MapState) => string;
  /** Heading of the root's box of transitions from any state. */
  anyState: string;
  start: string;
}

/** Font metrics the renderer uses (estimated: no DOM in Node). */
export const metrics = {
  titleSize: 13,
  noteSize: 11,
  titleLine: 17,
  noteLine: 14,
  titleChar: 7.4,
  boldChar: 8.4,
  noteChar: 6.4,
  padX: 10,
  padY: 8,
  titleChars: 26,
  noteChars: 34,
  labelChars: 30,
  decisionChars: 22,
  /** A diamond is this much larger than its text, so the text fits inside. */
  diamond: 1.9,
};

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const lines = (
  text: string,
  max: number,
  extra: Omit<TextLine, 'text'> = {},
): TextLine[] => wrap(text, max).map((t) => ({ text: t, ...extra }));

function boxSize(title: TextLine[], notes: TextLine[], bold = false) {
  const m = metrics;
  const width =
    Math.max(
      ...title.map(
        (l) => l.text.length * (bold && !l.dev ? m.boldChar : m.titleChar),
      ),
      ...notes.map((l) => l.text.length * m.noteChar),
      40,
    ) +
    2 * m.padX;
  const height =
    title.length * m.titleLine +
    (notes.length ? 6 + notes.length * m.noteLine : 0) +
    2 * m.padY;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/**
 * Where an arrow into a state is drawn: the state itself, or for a hidden
 * step (a resuming or editing step, without ids) where it leads
 * unconditionally (the route's "otherwise, the follow-up"); null if
 * nowhere.
 */
export function shownTarget(
  byId: ReadonlyMap<string, MapState>,
  id: string,
  showIds: boolean,
  seen = new Set<string>(),
): string | null {
  const state = byId.get(id);
  if (showIds || !state?.isMachinery) return id;
  if (seen.has(id)) return null;
  seen.add(id);
  const fallback = state.edges.find((e) => !e.guard && e.targets.length > 0);
  return fallback
    ? shownTarget(byId, fallback.targets[0]!, showIds, seen)
    : null;
}

/**
 * Where the start arrow is drawn: the state itself, or for a hidden step
 * the first drawn state it leads to (the route's first question).
 */
export function shownStart(
  byId: ReadonlyMap<string, MapState>,
  id: string,
  showIds: boolean,
  seen = new Set<string>(),
): string | null {
  const state = byId.get(id);
  if (showIds || !state?.isMachinery) return id;
  if (seen.has(id)) return null;
  seen.add(id);
  for (const e of state.edges) {
    for (const t of e.targets) {
      const found = shownStart(byId, t, showIds, seen);
      if (found) return found;
    }
  }
  return null;
}

function diamondSize(title: TextLine[]) {
  const m = metrics;
  const text = Math.max(...title.map((l) => l.text.length * m.noteChar), 40);
  return {
    width: Math.ceil(text * m.diamond + 2 * m.padX),
    height: Math.ceil(title.length * m.noteLine * m.diamond + 2 * m.padY),
  };
}

/**
 * Lays the statechart out with dagre as the clinical algorithm: phases as
 * regions (each with a title box the arrows into the phase point at),
 * questions as boxes, decisions as diamonds whose branches read "yes" and
 * "no", and last, below the chart, a box of what applies from any state.
 *
 * Without `showIds` the chart shows no machinery: the resuming and editing
 * steps (states outside every phase) are not drawn but said in words in
 * the last box; an arrow into them is drawn to where they lead when no
 * question is open (the follow-up), the start arrow to the first question;
 * an answer's arrow carries no words, and refusals ("stays on the
 * question") are not listed. With `showIds` every state and transition is
 * drawn, with its id and its guard as written.
 *
 * @example
 * const chart = layoutChart(machineGraph(), words);
 * chart.nodes.find((n) => n.id === 'workup.serology.avidityDecision')?.kind;
 * // -> 'decision'
 */
export function layoutChart(
  root: MapState,
  words: ChartWords,
  { showIds = false }: { showIds?: boolean } = {},
): ChartLayout {
  const g = new Graph({ compound: true, multigraph: true });
  const margin = 16;
  g.setGraph({
    rankdir: 'TB',
    nodesep: 28,
    ranksep: 30,
    edgesep: 14,
    marginx: margin,
    marginy: margin,
  });
  g.setDefaultEdgeLabel(() => ({}));

  const m = metrics;
  const boxes = new Map<string, Omit<NodeBox, 'x' | 'y'>>();
  const addBox = (box: Omit<NodeBox, 'x' | 'y'>, parent?: string) => {
    boxes.set(box.id, box);
    g.setNode(box.id, { width: box.width, height: box.height });
    if (parent) g.setParent(box.id, parent);
  };
  const states = allStates(root);
  const byId = new Map(states.map((s) => [s.id, s]));
  const hidden = (id: string) =>
    !showIds && (byId.get(id)?.isMachinery ?? false);
  const named = (id: string) => {
    const s = byId.get(id);
    return s ? words.state(s) : id;
  };
  const drawnTarget = (id: string) => shownTarget(byId, id, showIds);
  const drawnStart = (id: string) => shownStart(byId, id, showIds);
  const isDecision = (s: MapState) =>
    s.tags.includes('decision') && s.children.length === 0;
  const titleOf = (s: MapState) => [
    ...lines(words.state(s), isDecision(s) ? m.decisionChars : m.titleChars),
    ...(showIds ? lines(s.id, m.noteChars + 6, { dev: true }) : []),
  ];
  const devLines = (e: MapEdge, max: number) =>
    showIds && e.guardText
      ? lines(`[${e.guardText}]`, max, { edgeIds: [e.id], dev: true })
      : [];
  // An arrow's words: a decision's "yes" / "no"; nothing for an answer
  // (without ids); otherwise the transition in words. Transitions sharing
  // an arrow are alternatives: "..., or start a new visit".
  const arrowLines = (source: MapState, edges: MapEdge[]) => {
    const out: TextLine[] = [];
    const said = new Set<string>();
    for (const e of edges) {
      const branch = words.branch(source, e);
      const text =
        branch ?? (!showIds && e.kind === 'answer' ? null : words.edge(e));
      if (text !== null && !said.has(text)) {
        const first = out.filter((l) => !l.dev).length === 0;
        out.push(
          ...lines(`${first || branch ? '' : 'or '}${text}`, m.labelChars, {
            edgeIds: edges
              .filter(
                (x) =>
                  (words.branch(source, x) ??
                    (!showIds && x.kind === 'answer'
                      ? null
                      : words.edge(x))) === text,
              )
              .map((x) => x.id),
          }),
        );
        said.add(text);
      }
      out.push(...devLines(e, m.labelChars));
    }
    return out;
  };
  // Transitions listed in a box: one line of words per distinct wording,
  // then one line per drawn target ("→ Findings").
  const notesOf = (edges: MapEdge[]) => {
    const byWords = new Map<string, MapEdge[]>();
    for (const e of edges) {
      const w = words.edge(e);
      byWords.set(w, [...(byWords.get(w) ?? []), e]);
    }
    return [...byWords].flatMap(([w, es]) => {
      const targeted = es.flatMap((e) =>
        e.targets
          .filter((t) => !hidden(t))
          .map((t) => ({ text: `→ ${named(t)}`, edgeIds: [e.id] })),
      );
      return [
        ...lines(targeted.length ? `${w}:` : w, m.noteChars, {
          edgeIds: es.map((e) => e.id),
        }),
        ...targeted,
        ...es.flatMap((e) => devLines(e, m.noteChars)),
      ];
    });
  };
  // A box's own notes: with ids, what stays put; without, only what leads
  // to a hidden step (a new result, from the summary).
  const ownNotes = (s: MapState) =>
    notesOf(
      s.edges.filter((e) =>
        showIds
          ? e.targets.length === 0
          : e.targets.length > 0 &&
            e.targets.every((t) => drawnTarget(t) === null),
      ),
    );

  const clusterOf = (id: string) => `cluster:${id}`;

  // Boxes and regions.
  addBox({
    id: 'start',
    kind: 'start',
    width: 18,
    height: 18,
    title: [{ text: words.start }],
    notes: [],
    isFinal: false,
  });
  const place = (s: MapState, parent?: string) => {
    if (hidden(s.id)) return;
    const title = titleOf(s);
    if (s.children.length > 0) {
      const cluster = clusterOf(s.id);
      g.setNode(cluster, {});
      if (parent) g.setParent(cluster, parent);
      const notes = ownNotes(s);
      addBox(
        {
          id: s.id,
          kind: 'phase',
          ...boxSize(title, notes, true),
          title,
          notes,
          isFinal: false,
        },
        cluster,
      );
      for (const child of s.children) place(child, cluster);
    } else if (isDecision(s)) {
      addBox(
        {
          id: s.id,
          kind: 'decision',
          ...diamondSize(title),
          title,
          notes: [],
          isFinal: false,
        },
        parent,
      );
    } else {
      const notes = ownNotes(s);
      addBox(
        {
          id: s.id,
          kind: 'state',
          ...boxSize(title, notes),
          title,
          notes,
          isFinal: s.isFinal,
        },
        parent,
      );
    }
  };
  for (const child of root.children) place(child);

  // Arrows: the transitions with a drawn target, one arrow per pair.
  const groups = new Map<
    string,
    { source: MapState; target: string; edges: MapEdge[] }
  >();
  for (const s of states) {
    if (s === root || hidden(s.id)) continue;
    for (const e of s.edges) {
      for (const t of e.targets) {
        const target = drawnTarget(t);
        if (!target) continue;
        const key = `${s.id}->${target}`;
        const group = groups.get(key) ?? { source: s, target, edges: [] };
        group.edges.push(e);
        groups.set(key, group);
      }
    }
  }
  const initials: { key: string; source: string; target: string }[] = [];
  const first = root.initial && drawnStart(root.initial);
  if (first) {
    initials.push({ key: 'initial:root', source: 'start', target: first });
  }
  for (const s of states) {
    if (s !== root && s.initial && !hidden(s.id)) {
      initials.push({
        key: `initial:${s.id}`,
        source: s.id,
        target: s.initial,
      });
    }
  }
  for (const i of initials) {
    g.setEdge(i.source, i.target, { weight: 4, minlen: 1 }, i.key);
  }
  const labelSize = (ls: TextLine[]) => ({
    width: Math.ceil(
      Math.max(...ls.map((l) => l.text.length * m.noteChar)) + 8,
    ),
    height: ls.length * m.noteLine + 6,
  });
  const labels = new Map<string, TextLine[]>();
  for (const [key, group] of groups) {
    const ls = arrowLines(group.source, group.edges);
    labels.set(key, ls);
    g.setEdge(
      group.source.id,
      group.target,
      ls.length > 0
        ? { ...labelSize(ls), labelpos: 'c', weight: 1 }
        : { weight: 1 },
      key,
    );
  }

  layout(g);
  const graph = g.graph();

  // From any state, last and below the chart: the root's own transitions,
  // then (without ids) the resuming and editing steps in words.
  const rootTitle = [
    { text: words.anyState },
    ...(showIds ? [{ text: root.id, dev: true }] : []),
  ];
  const rootNotes = [
    ...notesOf(root.edges),
    ...states
      .filter((s) => hidden(s.id))
      .flatMap((s) =>
        lines(words.about(s), m.noteChars + 30, {
          aboutState: s.id,
          edgeIds: s.edges.map((e) => e.id),
        }),
      ),
  ];
  const rootBox: NodeBox = {
    id: root.id,
    kind: 'root',
    ...boxSize(rootTitle, rootNotes, true),
    title: rootTitle,
    notes: rootNotes,
    isFinal: false,
    x: margin,
    y: Math.ceil(graph.height ?? 0),
  };

  const nodes: NodeBox[] = [
    ...[...boxes.values()].map((box) => {
      const n = g.node(box.id);
      return { ...box, x: n.x - box.width / 2, y: n.y - box.height / 2 };
    }),
    rootBox,
  ];
  const regions: RegionBox[] = states
    .filter((s) => s !== root && s.children.length > 0 && !hidden(s.id))
    .map((s) => {
      const n = g.node(clusterOf(s.id));
      return {
        id: s.id,
        x: n.x - n.width / 2,
        y: n.y - n.height / 2,
        width: n.width,
        height: n.height,
      };
    });
  const edges: EdgePath[] = [
    ...initials.map((i) => ({
      key: i.key,
      edgeIds: [],
      source: i.source,
      target: i.target,
      points: g.edge(i.source, i.target, i.key)?.points ?? [],
      label: null,
      initial: true,
    })),
    ...[...groups].map(([key, group]) => {
      const e = g.edge(group.source.id, group.target, key);
      const ls = labels.get(key)!;
      return {
        key,
        edgeIds: group.edges.map((x) => x.id),
        source: group.source.id,
        target: group.target,
        points: e?.points ?? [],
        label:
          ls.length > 0 && e && e.x !== undefined && e.y !== undefined
            ? { x: e.x, y: e.y, ...labelSize(ls), lines: ls }
            : null,
        initial: false,
      };
    }),
  ];
  return {
    width: Math.ceil(Math.max(graph.width ?? 0, rootBox.width + 2 * margin)),
    height: Math.ceil(rootBox.y + rootBox.height + margin),
    nodes,
    regions,
    edges,
  };
}

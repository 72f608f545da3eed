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
  /** Developer detail (a state id or a guard as written). */
  dev?: boolean;
}

/** A box: a question or final state, a phase's title, or the start dot. */
export interface NodeBox {
  /** The state id (the start dot is `start`). */
  id: string;
  kind: 'state' | 'phase' | 'root' | 'start';
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
 * Lays the statechart out with dagre: compound states as regions (each
 * with a title box the arrows into the phase point at), other states as
 * boxes, transitions as arrows labelled in words. Transitions that stay put
 * are listed inside their state's box (as UML draws internal transitions);
 * the root's, "from any state", in a box of their own.
 *
 * @example
 * const chart = layoutChart(machineGraph(), words);
 * chart.nodes.find((n) => n.id === 'workup.serology.storch');
 */
export function layoutChart(
  root: MapState,
  words: ChartWords,
  { showIds = false }: { showIds?: boolean } = {},
): ChartLayout {
  const g = new Graph({ compound: true, multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 28,
    ranksep: 30,
    edgesep: 14,
    marginx: 16,
    marginy: 16,
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
  const named = (id: string) => {
    const s = byId.get(id);
    return s ? words.state(s) : id;
  };
  const titleOf = (s: MapState) => [
    ...lines(words.state(s), m.titleChars),
    ...(showIds ? lines(s.id, m.noteChars + 6, { dev: true }) : []),
  ];
  // Transitions sharing an arrow are alternatives: "..., or answered ...".
  const edgeLines = (e: MapEdge, i: number) => [
    ...lines(`${i > 0 ? 'or ' : ''}${words.edge(e)}`, m.labelChars, {
      edgeIds: [e.id],
    }),
    ...(showIds && e.guardText
      ? lines(`[${e.guardText}]`, m.labelChars, { edgeIds: [e.id], dev: true })
      : []),
  ];
  // Transitions listed in a box: one line of words per distinct wording,
  // then one line per target ("→ Findings").
  const notesOf = (edges: MapEdge[]) => {
    const byWords = new Map<string, MapEdge[]>();
    for (const e of edges) {
      const w = words.edge(e);
      byWords.set(w, [...(byWords.get(w) ?? []), e]);
    }
    return [...byWords].flatMap(([w, es]) => {
      const targeted = es.filter((e) => e.targets.length > 0);
      return [
        ...lines(targeted.length ? `${w}:` : w, m.noteChars, {
          edgeIds: es.map((e) => e.id),
        }),
        ...targeted.flatMap((e) =>
          e.targets.map((t) => ({ text: `→ ${named(t)}`, edgeIds: [e.id] })),
        ),
        ...(showIds
          ? es.flatMap((e) =>
              e.guardText
                ? lines(`[${e.guardText}]`, m.noteChars, {
                    edgeIds: [e.id],
                    dev: true,
                  })
                : [],
            )
          : []),
      ];
    });
  };

  const clusterOf = (id: string) => `cluster:${id}`;

  // Boxes and regions.
  const start = { id: 'start', kind: 'start' as const };
  addBox({
    ...start,
    width: 18,
    height: 18,
    title: [{ text: words.start }],
    notes: [],
    isFinal: false,
  });
  const rootNotes = notesOf(root.edges);
  const rootTitle = [
    { text: words.anyState },
    ...(showIds ? [{ text: root.id, dev: true }] : []),
  ];
  addBox({
    id: root.id,
    kind: 'root',
    ...boxSize(rootTitle, rootNotes, true),
    title: rootTitle,
    notes: rootNotes,
    isFinal: false,
  });
  const place = (s: MapState, parent?: string) => {
    if (s.children.length > 0) {
      const cluster = clusterOf(s.id);
      g.setNode(cluster, {});
      if (parent) g.setParent(cluster, parent);
      const title = titleOf(s);
      const notes = notesOf(s.edges.filter((e) => e.targets.length === 0));
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
    } else {
      const title = titleOf(s);
      const notes = notesOf(s.edges.filter((e) => e.targets.length === 0));
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

  // Arrows: the transitions with a target, one arrow per pair of boxes.
  const groups = new Map<
    string,
    { source: string; target: string; edges: MapEdge[] }
  >();
  for (const s of states) {
    if (s === root) continue;
    for (const e of s.edges) {
      for (const target of e.targets) {
        const key = `${s.id}->${target}`;
        const group = groups.get(key) ?? { source: s.id, target, edges: [] };
        group.edges.push(e);
        groups.set(key, group);
      }
    }
  }
  const initials: { key: string; source: string; target: string }[] = [];
  if (root.initial) {
    initials.push({
      key: 'initial:root',
      source: 'start',
      target: root.initial,
    });
  }
  for (const s of states) {
    if (s !== root && s.initial) {
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
    const ls = group.edges.flatMap((e, i) => edgeLines(e, i));
    labels.set(key, ls);
    g.setEdge(
      group.source,
      group.target,
      { ...labelSize(ls), labelpos: 'c', weight: 1 },
      key,
    );
  }

  layout(g);

  const nodes: NodeBox[] = [...boxes.values()].map((box) => {
    const n = g.node(box.id);
    return { ...box, x: n.x - box.width / 2, y: n.y - box.height / 2 };
  });
  const regions: RegionBox[] = states
    .filter((s) => s !== root && s.children.length > 0)
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
      const e = g.edge(group.source, group.target, key);
      const ls = labels.get(key)!;
      return {
        key,
        edgeIds: group.edges.map((x) => x.id),
        source: group.source,
        target: group.target,
        points: e?.points ?? [],
        label:
          e && e.x !== undefined && e.y !== undefined
            ? { x: e.x, y: e.y, ...labelSize(ls), lines: ls }
            : null,
        initial: false,
      };
    }),
  ];
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes,
    regions,
    edges,
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { audiences } from '../../content/schema.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { chartDir, chartFiles, renderChart } from '../../scripts/chart.ts';
import { chartWords } from '../../src/features/map/chart-words.ts';
import {
  allEdges,
  machineGraph,
} from '../../src/shared/lib/statechart/machine-graph.ts';
import {
  mermaidId,
  mermaidTransition,
} from '../../src/features/map/mermaid.ts';

/** Every state node id, walked from the machine definition itself. */
function stateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(stateIds)];
}

/** Every transition (`source|event|index` and its targets), from the machine. */
function transitions(node: AnyStateNode): { id: string; targets: string[] }[] {
  const of = (
    event: string,
    list: readonly { target?: readonly AnyStateNode[] }[],
  ) =>
    list.map((t, i) => ({
      id: `${node.id}|${event}|${i}`,
      targets: (t.target ?? []).map((n) => n.id),
    }));
  return [
    ...of('always', node.always ?? []),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      of(event, list),
    ),
    ...Object.values(node.states).flatMap(transitions),
  ];
}

const states = stateIds(workupMachine.root);
const machineTransitions = transitions(workupMachine.root);

describe.each(audiences)('npm run chart (%s wording)', (audience) => {
  const { svg, mermaid } = renderChart(audience);

  it('draws every state in the SVG', () => {
    const drawn = [...svg.matchAll(/ data-state-id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(drawn.sort()).toEqual([...states].sort());
  });

  it('draws every transition in the SVG, in words', () => {
    const drawn = new Set(
      [...svg.matchAll(/ data-edge-id="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(' '),
      ),
    );
    expect(machineTransitions.length).toBeGreaterThan(45);
    expect(machineTransitions.filter((t) => !drawn.has(t.id))).toEqual([]);
    expect(svg).not.toMatch(
      /alreadyAnswered|cmvPcrIndicated|isValidAnswer|isEditOf|\[no words/,
    );
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('declares every state in the Mermaid text', () => {
    expect(mermaid).toMatch(/^stateDiagram-v2$/m);
    for (const id of states) {
      expect(mermaid, id).toMatch(
        new RegExp(`^\\s*state "[^"]+" as ${mermaidId(id)}( \\{)?$`, 'm'),
      );
    }
  });

  it('draws every transition in the Mermaid text, in words', () => {
    const edges = new Map(allEdges(machineGraph()).map((e) => [e.id, e]));
    const lines = mermaid.split('\n').map((l) => l.trim());
    const arrows = lines.filter((l) => / --> /.test(l) && !l.includes('[*]'));
    let expected = 0;
    for (const t of machineTransitions) {
      const edge = edges.get(t.id);
      expect(edge, t.id).toBeDefined();
      for (const target of t.targets.length ? t.targets : [edge!.source]) {
        expected++;
        expect(lines, t.id).toContain(
          mermaidTransition(edge!, target, chartWords(audience)),
        );
      }
    }
    expect(arrows).toHaveLength(expected);
    expect(mermaid).not.toMatch(
      /alreadyAnswered|cmvPcrIndicated|isValidAnswer|isEditOf|\[no words/,
    );
  });
});

describe('docs/chart', () => {
  it('holds the files npm run chart writes now (run it after a machine or content change)', () => {
    for (const [name, content] of chartFiles()) {
      let committed = '';
      try {
        committed = readFileSync(join(chartDir, name), 'utf8');
      } catch {
        // missing
      }
      expect(
        committed === content,
        `docs/chart/${name} is stale: npm run chart`,
      ).toBe(true);
    }
  });
});

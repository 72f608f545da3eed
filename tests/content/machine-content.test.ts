import { describe, it, expect } from 'vitest';
import { contentNodes } from '../../content/index.ts';
// Decision states name the decisions' nodes, installed with the summary's.
import '../../content/summary-content.ts';
import { workupMachine } from '../../machines/workup.machine.ts';

interface StateNodeLike {
  id: string;
  meta?: unknown;
  states: Record<string, StateNodeLike>;
}

function allStateNodes(node: StateNodeLike): StateNodeLike[] {
  return [node, ...Object.values(node.states).flatMap(allStateNodes)];
}

function contentIdOf(node: StateNodeLike): string | undefined {
  const meta = node.meta as { contentId?: unknown } | undefined;
  return typeof meta?.contentId === 'string' ? meta.contentId : undefined;
}

const stateNodes = allStateNodes(workupMachine.root as StateNodeLike);

describe('machine meta and content', () => {
  it("resolves every state's meta contentId to a content node", () => {
    const named = stateNodes.filter((s) => contentIdOf(s) !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const state of named) {
      expect(contentNodes.has(contentIdOf(state)!), state.id).toBe(true);
    }
  });

  it('names every phase and question node in some state', () => {
    const used = new Set(stateNodes.map(contentIdOf));
    const unused = [...contentNodes.values()]
      .filter((n) => n.kind === 'phase' || n.kind === 'question')
      .map((n) => n.id)
      .filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
});

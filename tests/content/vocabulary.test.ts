import { describe, it, expect } from 'vitest';
import { contentNodes } from '../../content/index.ts';
import { staticContentIds } from '../../content/ids.ts';
import { nodeFiles } from '../../content/nodes/all.ts';
import { reasonNodes } from '../../content/nodes/reasons.ts';

describe('content vocabulary', () => {
  // Reason ids are those of the reason nodes (ReasonId is derived from them).
  const vocabulary = new Set<string>([
    ...staticContentIds,
    ...reasonNodes.map((n) => n.id),
  ]);

  it('gives every node an id from the vocabulary', () => {
    const unknown = [...contentNodes.keys()].filter(
      (id) => !vocabulary.has(id),
    );
    expect(unknown).toEqual([]);
  });

  it('has a node for every id of the vocabulary', () => {
    const missing = [...vocabulary].filter((id) => !contentNodes.has(id));
    expect(missing).toEqual([]);
  });

  it('keeps reason templates in reasons.ts only, loaded like every node file', () => {
    expect(nodeFiles).toContain(reasonNodes);
    const elsewhere = nodeFiles
      .filter((file) => file !== reasonNodes)
      .flat()
      .filter((n) => n.kind === 'reason' || n.id.startsWith('reason.'));
    expect(elsewhere).toEqual([]);
    expect(reasonNodes.every((n) => n.kind === 'reason')).toBe(true);
  });

  it('gives every node a label and a text for both audiences', () => {
    for (const node of contentNodes.values()) {
      for (const audience of ['clinician', 'learner'] as const) {
        expect(node.label[audience].trim(), node.id).not.toBe('');
        expect(node.text[audience].trim(), node.id).not.toBe('');
      }
    }
  });

  it('gives every phase and question node a rationale for both audiences', () => {
    const asking = [...contentNodes.values()].filter(
      (n) => n.kind === 'phase' || n.kind === 'question',
    );
    expect(asking.length).toBeGreaterThan(0);
    for (const node of asking) {
      expect(node.rationale?.clinician, node.id).toBeTruthy();
      expect(node.rationale?.learner, node.id).toBeTruthy();
    }
  });
});

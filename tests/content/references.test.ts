import { describe, it, expect } from 'vitest';
import { contentNodes, referenceList } from '../../content/index.ts';
import { references } from '../../content/references.ts';
// All of the content: the summary's node files too (the rules load them in the app).
import '../../content/summary-content.ts';

describe('reference list', () => {
  it('resolves every citation of every node', () => {
    for (const node of contentNodes.values()) {
      for (const ref of node.citations) {
        expect(referenceList.has(ref), `${node.id} cites ${ref}`).toBe(true);
      }
    }
  });

  it('has no orphan reference: each is cited by at least one node', () => {
    const cited = new Set(
      [...contentNodes.values()].flatMap((n) => n.citations),
    );
    const orphans = references.map((r) => r.id).filter((id) => !cited.has(id));
    expect(orphans).toEqual([]);
  });

  it('holds the source references 1-8 once each, in order', () => {
    const numbered = references.filter((r) => r.sourceNumber !== undefined);
    expect(numbered.map((r) => r.sourceNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('marks the unlocatable and missing source references', () => {
    const statusOf = (n: number) =>
      references.find((r) => r.sourceNumber === n)?.status;
    expect([1, 3, 4].map(statusOf)).toEqual([
      'untraceable',
      'untraceable',
      'untraceable',
    ]);
    expect(statusOf(8)).toBe('missing');
    expect([2, 5, 6, 7].map(statusOf)).toEqual([
      'traceable',
      'traceable',
      'traceable',
      'traceable',
    ]);
  });

  it('gives every untraceable or missing reference a note', () => {
    for (const r of references.filter((r) => r.status !== 'traceable')) {
      expect(r.note, r.id).toBeTruthy();
    }
  });
});

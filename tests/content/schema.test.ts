import { describe, it, expect } from 'vitest';
import {
  ContentError,
  contentNodes,
  referenceList,
} from '../../content/index.ts';
import { loadContent, validateContent } from '../../content/validate.ts';
import { nodeFiles } from '../../content/nodes/all.ts';
import { references } from '../../content/references.ts';
import type { ContentNodeInput } from '../../content/schema.ts';
import { testReference, validNode } from './helpers.ts';

const load = (nodes: unknown[]) =>
  loadContent(nodes as ContentNodeInput[], [testReference]);

describe('content schema', () => {
  it('validates all the shipped content against the schema', () => {
    expect(() => validateContent()).not.toThrow();
  });

  it('loads every node and reference', () => {
    expect(contentNodes.size).toBe(nodeFiles.flat().length);
    expect(referenceList.size).toBe(references.length);
  });

  it('accepts the valid test node', () => {
    expect(load([validNode()]).nodes.size).toBe(1);
  });

  it.each([
    [
      'a missing learner text',
      validNode({ text: { clinician: 'Only clinician.' } as never }),
      /"finding\.ascites".*field "text\.learner"/,
    ],
    [
      'an empty label',
      validNode({ label: { clinician: ' ', learner: 'x' } }),
      /"finding\.ascites".*field "label\.clinician"/,
    ],
    [
      'no citation',
      validNode({ citations: [] }),
      /"finding\.ascites".*field "citations"/,
    ],
    [
      'a citation listed twice',
      validNode({ citations: ['test-ref', 'test-ref'] }),
      /"finding\.ascites".*field "citations"/,
    ],
    [
      'an unknown reference',
      validNode({ citations: ['nobody-2099'] }),
      /"finding\.ascites".*field "citations\.0".*"nobody-2099"/,
    ],
    [
      'an unknown review status',
      validNode({ review: { status: 'probably' as never } }),
      /"finding\.ascites".*field "review\.status"/,
    ],
    [
      'a corrected node without source wording',
      validNode({ review: { status: 'corrected', evidence: 'REVIEW.md' } }),
      /"finding\.ascites".*field "review\.sourceWording"/,
    ],
    [
      'a corrected node without evidence',
      validNode({ review: { status: 'corrected', sourceWording: 'Source' } }),
      /"finding\.ascites".*field "review\.evidence"/,
    ],
    [
      'a misspelt field',
      { ...validNode(), rationle: { clinician: 'x', learner: 'y' } },
      /"finding\.ascites".*field "rationle" is not a known field/,
    ],
    [
      'a malformed id',
      validNode({ id: 'Finding ascites' }),
      /"Finding ascites".*field "id"/,
    ],
    [
      'a camelCase name outside decision nodes',
      validNode({ id: 'finding.pleuralEffusion' }),
      /"finding\.pleuralEffusion".*field "id"/,
    ],
    [
      'a kind that does not match the id',
      validNode({ kind: 'cause' }),
      /"finding\.ascites".*field "kind"/,
    ],
    [
      'a question without rationale',
      validNode({ id: 'question.findings', kind: 'question' }),
      /"question\.findings".*field "rationale"/,
    ],
  ])(
    'fails loudly on %s, naming the node and the field',
    (_, node, message) => {
      expect(() => load([node])).toThrow(ContentError);
      expect(() => load([node])).toThrow(message);
    },
  );

  it('names a decision node after its guard, camelCase', () => {
    const decision = validNode({
      id: 'decision.cmvIgmPositive',
      kind: 'decision',
    });
    expect(load([decision]).nodes.has('decision.cmvIgmPositive')).toBe(true);
  });

  it('fails on a duplicate node id', () => {
    expect(() => load([validNode(), validNode()])).toThrow(
      /"finding\.ascites": duplicate id/,
    );
  });

  it('fails on a malformed reference, naming it', () => {
    expect(() =>
      loadContent([], [{ ...testReference, status: 'lost' as never }]),
    ).toThrow(/Reference "test-ref".*field "status"/);
  });
});

describe("the browser build's content (review records stripped)", () => {
  it('still validates, and still fails on a malformed node', () => {
    const stripped = nodeFiles.flat().map((node) => {
      const copy: Record<string, unknown> = { ...node };
      delete copy.review;
      return copy as ContentNodeInput;
    });
    expect(() =>
      loadContent(stripped, references, { shipped: true }),
    ).not.toThrow();
    expect(() => loadContent(stripped, references)).toThrow(/review/);
    const broken = [{ ...stripped[0]!, citations: [] }];
    expect(() => loadContent(broken, references, { shipped: true })).toThrow(
      ContentError,
    );
  });
});

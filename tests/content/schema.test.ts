import { describe, it, expect } from 'vitest';
import {
  ContentError,
  contentNodes,
  referenceList,
} from '../../content/index.ts';
import { loadContent, validateContent } from '../../content/validate.ts';
import { nodeFiles } from '../../content/nodes/all.ts';
import { references } from '../../content/references.ts';
import { reviewFiles } from '../../content/review/all.ts';
import { loadReviews, validateReviews } from '../../content/review/index.ts';
import type { ContentNodeInput } from '../../content/schema.ts';
import { testReference, validNode } from './helpers.ts';

const load = (nodes: unknown[]) =>
  loadContent(nodes as ContentNodeInput[], [testReference]);

describe('content schema', () => {
  it('validates all the content against the schema', () => {
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
      'a review record inside the node (it belongs in content/review/)',
      { ...validNode(), review: { status: 'supported' } },
      /"finding\.ascites".*field "review" is not a known field/,
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

describe('review records (content/review/, apart from the nodes)', () => {
  const ids = ['finding.ascites'];
  const reviews = (record: unknown) => [{ 'finding.ascites': record }];

  it('validates every review record against the nodes', () => {
    expect(() => validateReviews()).not.toThrow();
  });

  it('keeps one review file per node file, with the same ids in the same order', () => {
    expect(reviewFiles.length).toBe(nodeFiles.length);
    nodeFiles.forEach((file, i) => {
      expect(Object.keys(reviewFiles[i]!)).toEqual(file.map((n) => n.id));
    });
  });

  it('accepts a valid record', () => {
    expect(
      loadReviews(reviews({ status: 'supported' }), ids).get(ids[0]!),
    ).toEqual({ status: 'supported' });
  });

  it.each([
    [
      'an unknown review status',
      reviews({ status: 'probably' }),
      ids,
      /"finding\.ascites".*field "review\.status"/,
    ],
    [
      'a corrected node without source wording',
      reviews({ status: 'corrected', evidence: 'REVIEW.md' }),
      ids,
      /"finding\.ascites".*field "review\.sourceWording"/,
    ],
    [
      'a corrected node without evidence',
      reviews({ status: 'corrected', sourceWording: 'Source' }),
      ids,
      /"finding\.ascites".*field "review\.evidence"/,
    ],
    [
      'an editorial rule without evidence',
      reviews({ status: 'editorial-rule' }),
      ids,
      /"finding\.ascites".*field "review\.evidence"/,
    ],
    [
      'a misspelt field',
      reviews({ status: 'supported', evidance: 'x' }),
      ids,
      /"finding\.ascites".*field "review\.evidance" is not a known field/,
    ],
    [
      'a node without a review record',
      [],
      ids,
      /"finding\.ascites".*field "review" is required/,
    ],
    [
      'a record for a node that does not exist',
      reviews({ status: 'supported' }),
      [],
      /"finding\.ascites".*does not exist/,
    ],
    [
      'a record twice',
      [
        ...reviews({ status: 'supported' }),
        ...reviews({ status: 'supported' }),
      ],
      ids,
      /"finding\.ascites": review record twice/,
    ],
  ])(
    'fails loudly on %s, naming the node and the field',
    (_, files, nodeIds, message) => {
      expect(() => loadReviews(files, nodeIds)).toThrow(ContentError);
      expect(() => loadReviews(files, nodeIds)).toThrow(message);
    },
  );
});

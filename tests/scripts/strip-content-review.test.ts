import { describe, expect, it } from 'vitest';
import { stripReviewProperties } from '../../scripts/vite/strip-content-review.ts';

describe('browser build: editorial review records are not shipped', () => {
  it('removes review from content nodes and keeps everything else', () => {
    const code = `export const nodes = [
  {
    id: 'cause.cmv',
    text: { clinician: 'a', learner: 'b' },
    citations: ['x'],
    review: {
      status: 'corrected',
      sourceWording: 'old',
      evidence: 'why',
    },
  },
  { id: 'option.pending', review: { status: 'supported' }, label: 'Pending' },
];
const other = { review: 'kept: not a content node' };
`;
    const out = stripReviewProperties(code);
    expect(out).not.toMatch(/sourceWording|status: 'supported'/);
    expect(out).toMatch(/citations: \['x'\],/);
    expect(out).toMatch(/label: 'Pending'/);
    expect(out).toMatch(/review: 'kept: not a content node'/);
    expect(() => new Function(out.replace('export ', ''))).not.toThrow();
  });
});

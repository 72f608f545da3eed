import { describe, it, expect } from 'vitest';
import { claims } from '../../content/claims.ts';
import { contentNodes } from '../../content/index.ts';
import { reviewRecords } from '../../content/review/index.ts';

/**
 * The source has 39 bullets in its causes, workup, prognosis, pitfalls and
 * follow-up sections, plus its opening sentence. Hard-coded so the test does
 * not depend on the source file being beside the repository.
 */
const SOURCE_CLAIM_COUNT = 40;

describe('claims coverage', () => {
  it('has one claim per source bullet plus the opening sentence', () => {
    expect(claims.length).toBe(SOURCE_CLAIM_COUNT);
  });

  it('has unique claim ids and unique source texts', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(new Set(claims.map((c) => c.sourceText)).size).toBe(claims.length);
  });

  it('maps every claim to existing nodes', () => {
    for (const claim of claims) {
      const ids = 'shownBy' in claim ? claim.shownBy : [claim.notShownBecause];
      expect(ids.length, claim.id).toBeGreaterThan(0);
      for (const id of ids) {
        expect(contentNodes.has(id), `${claim.id} -> ${id}`).toBe(true);
      }
    }
  });

  it('explains every claim not shown in a corrected node keeping its wording', () => {
    const omitted = claims.filter((c) => 'notShownBecause' in c);
    expect(omitted.length).toBeGreaterThan(0);
    for (const claim of omitted) {
      if (!('notShownBecause' in claim)) continue;
      const review = reviewRecords().get(claim.notShownBecause);
      expect(review?.status, claim.id).toBe('corrected');
      expect(review?.sourceWording, claim.id).toContain(claim.sourceText);
    }
  });

  it('cites only the source reference numbers 1-8', () => {
    for (const claim of claims) {
      expect(claim.sourceReferences.length, claim.id).toBeGreaterThan(0);
      for (const n of claim.sourceReferences) {
        expect(n >= 1 && n <= 8, claim.id).toBe(true);
      }
    }
  });
});

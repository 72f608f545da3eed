import { describe, it, expect } from 'vitest';
import { contentNodes, getNode } from '../../content/index.ts';
import { reviewOf } from '../../content/review/index.ts';
import type { ContentId } from '../../content/ids.ts';
import { shownStrings } from './helpers.ts';

const nodes = [...contentNodes.values()];

describe('editorial review', () => {
  it('never shows the retracted CMV 12-30% figure', () => {
    for (const node of nodes) {
      for (const s of shownStrings(node)) {
        expect(s, node.id).not.toMatch(/12\s*(-|–|to)\s*30\s*%/);
      }
    }
    expect(reviewOf('cause.cmv').sourceWording).toContain('12-30%');
  });

  it('never shows the misattributed isolated incidence range', () => {
    for (const node of nodes) {
      for (const s of shownStrings(node)) {
        expect(s, node.id).not.toMatch(/1 in 2,?000/);
      }
    }
  });

  it('mentions the Guthrie card or newborn blood spot only as postnatal', () => {
    for (const node of nodes) {
      for (const s of shownStrings(node)) {
        if (/guthrie|blood spot/i.test(s)) {
          expect(s, node.id).toMatch(/postnatal|after birth/i);
        }
      }
    }
    for (const node of nodes.filter(
      (n) => n.kind === 'phase' || n.kind === 'question',
    )) {
      for (const s of shownStrings(node)) {
        expect(s, node.id).not.toMatch(/guthrie|blood spot/i);
      }
    }
  });

  it('keeps the source wording and the evidence on every corrected node', () => {
    const corrected = nodes
      .map((n) => [n.id, reviewOf(n.id as ContentId)] as const)
      .filter(([, review]) => review.status === 'corrected');
    expect(corrected.length).toBeGreaterThan(0);
    for (const [id, review] of corrected) {
      expect(review.sourceWording, id).toBeTruthy();
      expect(review.evidence, id).toBeTruthy();
    }
  });

  it('shows the corrected statements the review asks for', () => {
    const text = (id: Parameters<typeof getNode>[0]) =>
      getNode(id).text.clinician;
    expect(text('cause.trisomy-13')).toMatch(/in one series \(Simchen 2002/);
    expect(text('cause.trisomy-18')).toMatch(/also reported/i);
    expect(text('cause.trisomy-21')).toMatch(/also reported/i);
    expect(text('app.incidence')).toBe(
      'About 1 in 1,750 scans at 14-26 weeks (all liver calcifications, Bronshtein 1995).',
    );
    expect(text('test.amniotic-fluid-cmv-pcr')).toMatch(/BOTH/);
    expect(text('test.newborn-blood-spot-cmv-pcr')).toMatch(/^Postnatal only/);
    expect(reviewOf('cause.del-22q11-2').status).toBe('source-only');
    expect(reviewOf('cause.del-1p36').status).toBe('source-only');
    expect(reviewOf('test.newborn-blood-spot-cmv-pcr').status).toBe(
      'corrected',
    );
  });

  it('gives the outcome numbers of the cited series exactly', () => {
    expect(getNode('prognosis.isolated').text.clinician).toMatch(
      /19 of 21 isolated cases.*one parvovirus infection, one trisomy 21/,
    );
    expect(getNode('prognosis.associated').text.clinician).toMatch(
      /About 18%.*10 of 11.*40 of 61.*18 pregnancy terminations, 1 intrauterine fetal death, 1 neonatal death and 2 infants with neurologic sequelae/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { reviewRecords } from '../../content/review/index.ts';

/**
 * The patterns of REVIEW.md's "Patterns the source does not cover" (second
 * review), as it names them: each must be carried by at least one content
 * node whose review record marks it as an editorial rule.
 */
const patterns = [
  'Any recorded test result',
  'Amniotic-fluid CMV PCR positive',
  'Amniotic-fluid CMV PCR negative, taken before 21 weeks or within 6 weeks',
  'CMV seroconversion',
  'CMV IgM positive, IgG negative',
  'CMV IgG positive, IgM negative',
  'CMV IgM positive, IgG positive, intermediate avidity',
  'Toxoplasma IgM positive',
  'Toxoplasma, rubella or parvovirus IgG positive with IgM negative',
  'Parvovirus B19 IgM positive',
  'HSV IgG positive with IgM negative',
  'Equivocal (borderline) serology',
  'MCA-PSV abnormal (above 1.5 MoM)',
  'Weeks since maternal infection longer than the gestational age',
  'A result sent but not back ("pending")',
  'Classification and prognosis',
];

describe("REVIEW.md's editorial rules", () => {
  const editorial = [...reviewRecords()]
    .filter(([, review]) => review.status === 'editorial-rule')
    .map(([id, review]) => ({ id, review }));

  it('are marked as editorial rules (not in the source), with their evidence', () => {
    expect(editorial.length).toBeGreaterThan(0);
    for (const node of editorial) {
      expect(node.review?.evidence, node.id).toMatch(
        /^Editorial rule \(not in the source\)\. REVIEW\.md, (Patterns the source does not cover|Time, follow-up and next steps): /,
      );
    }
  });

  it.each(patterns)('"%s" is carried by a content node', (pattern) => {
    expect(editorial.some((n) => n.review?.evidence?.includes(pattern))).toBe(
      true,
    );
  });
});

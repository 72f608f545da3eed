import { describe, expect, it } from 'vitest';
import { reviewRecords } from '../../content/review/index.ts';

/**
 * The patterns of REVIEW.md's editorial rules, as it names them: those of
 * "Patterns the source does not cover" (second review) and the ones of
 * "Time, follow-up and next steps" (third review) the app carries. Each
 * must be carried by at least one content node whose review record marks
 * it as an editorial rule, naming the section and the pattern.
 */
const second = 'Patterns the source does not cover';
const third = 'Time, follow-up and next steps';
const patterns: [string, string][] = [
  [second, 'Any recorded test result'],
  [second, 'Amniotic-fluid CMV PCR positive'],
  [
    second,
    'Amniotic-fluid CMV PCR negative, taken before 21 weeks or within 6 weeks',
  ],
  [second, 'CMV seroconversion'],
  [second, 'CMV IgM positive, IgG negative'],
  [second, 'CMV IgG positive, IgM negative'],
  [second, 'CMV IgM positive, IgG positive, intermediate avidity'],
  [second, 'Toxoplasma IgM positive'],
  [second, 'Toxoplasma, rubella or parvovirus IgG positive with IgM negative'],
  [second, 'Parvovirus B19 IgM positive'],
  [second, 'HSV IgG positive with IgM negative'],
  [second, 'Equivocal (borderline) serology'],
  [second, 'MCA-PSV abnormal (above 1.5 MoM)'],
  [second, 'Weeks since maternal infection longer than the gestational age'],
  [second, 'A result sent but not back ("pending")'],
  [second, 'Classification and prognosis'],
  [third, 'Syphilis serology positive'],
  [third, 'Parental CF carrier screening abnormal (with echogenic bowel)'],
  [
    third,
    'Fetal anemia suspected (MCA-PSV above 1.5 MoM or hydrops) and parvovirus negative or not tested',
  ],
  [
    third,
    'Structural findings suggesting a genetic syndrome with a normal microarray',
  ],
  [third, 'Prognosis'],
  [third, 'Fetal MRI'],
  // The timing rules (issue 18).
  [third, 'When a result was taken'],
  [third, 'Timing given as a date'],
  [third, 'CMV: no antenatal window left'],
  [third, 'Newborn CMV testing'],
  [third, 'After-birth steps'],
  [third, 'Parvovirus B19: recent infection'],
  [third, 'Serology to repeat'],
  [third, 'Serial ultrasound'],
  [third, 'Results recorded later'],
];

describe("REVIEW.md's editorial rules", () => {
  const editorial = [...reviewRecords()]
    .filter(([, review]) => review.status === 'editorial-rule')
    .map(([id, review]) => ({ id, review }));

  it('are marked as editorial rules (not in the source), with their evidence', () => {
    expect(editorial.length).toBeGreaterThan(0);
    for (const node of editorial) {
      expect(node.review?.evidence, node.id).toMatch(
        new RegExp(
          `^Editorial rule \\(not in the source\\)\\. REVIEW\\.md, (${second}|${third}): `,
        ),
      );
    }
  });

  it.each(patterns)(
    '%s: "%s" is carried by a content node',
    (section, pattern) => {
      expect(
        editorial.some(
          (n) =>
            n.review?.evidence?.includes(`REVIEW.md, ${section}: `) &&
            n.review.evidence.includes(pattern),
        ),
      ).toBe(true);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../../machines/rules/summary.ts';
import type { Answers } from '../../../../machines/workup.types.ts';
import { summaryView } from '../../../../src/features/consult/summary-view.ts';

/**
 * The plan on screen (issue 18; REVIEW.md third review): the calendar
 * dates beside the weeks when today's date is known (computed for display
 * only), the after-birth badge, and what changed since the last visit.
 */
const negative = {
  syphilis: 'negative',
  'toxoplasma-igg': 'negative',
  'toxoplasma-igm': 'negative',
  'rubella-igg': 'positive',
  'rubella-igm': 'negative',
  'hsv-igg': 'negative',
  'hsv-igm': 'negative',
  'parvovirus-igg': 'negative',
  'parvovirus-igm': 'negative',
} as const;

describe('the plan on screen', () => {
  const primaryCmv: Answers = {
    gestationalAgeWeeks: 19,
    maternalInfectionAtWeeks: 15,
    findings: ['intracranial-calcifications'],
    headSize: 'normal',
    serology: { ...negative, 'cmv-igg': 'positive', 'cmv-igm': 'positive' },
    cmvAvidity: 'low',
  };

  it('dates a window not open yet from today, and shows no date without one', () => {
    const summary = buildSummary(primaryCmv);
    const dated = summaryView(summary, primaryCmv, {
      today: '2026-12-01',
      todayWeeks: 19,
    });
    const pcr = dated.now.find((step) => step.id === 'amniotic-fluid-cmv-pcr');
    // The window opens at 21+1 weeks: 15 days after today.
    expect(pcr?.when).toMatch(/21\+1 weeks.*\(on or after 2026-12-16\)$/);
    const undated = summaryView(summary, primaryCmv);
    expect(
      undated.now.find((step) => step.id === 'amniotic-fluid-cmv-pcr')?.when,
    ).not.toMatch(/2026/);
  });

  it('marks the after-birth follow-up as planned after birth', () => {
    const view = summaryView(buildSummary(primaryCmv), primaryCmv);
    const newborn = view.followUp.find(
      (item) => item.id === 'newborn-blood-spot-cmv-pcr',
    );
    expect(newborn?.statusLabel).toBe('After birth');
    expect(
      view.followUp.find((item) => item.id === 'serial-ultrasound')
        ?.statusLabel,
    ).toBeUndefined();
    expect(view.testGroups.map((group) => group.status)).toContain(
      'after-birth',
    );
  });

  it('says what changed since the last visit', () => {
    const answers: Answers = {
      visits: [{ atWeeks: 22 }],
      gestationalAgeWeeks: 26,
      findings: [],
      headSize: 'normal',
      serology: Object.fromEntries(
        Object.entries({
          ...negative,
          'cmv-igg': 'negative',
          'cmv-igm': 'negative',
        }).map(([id, result]) => [id, { result, atWeeks: 22 }]),
      ),
      genetics: {
        'chromosomal-microarray': { result: 'normal', atWeeks: 22 },
        karyotype: { result: 'normal', atWeeks: 22 },
      },
      specialized: { 'fetal-mri': { result: 'normal', atWeeks: 22 } },
      scans: [
        {
          atWeeks: 26,
          findings: ['ascites'],
          liverCalcifications: 'unchanged',
        },
      ],
    };
    const view = summaryView(buildSummary(answers), answers);
    expect(view.since?.heading).toBe('Since the last visit (22 weeks)');
    expect(view.since?.lines).toContain(
      'Classification: Isolated → Associated.',
    );
    expect(summaryView(buildSummary(primaryCmv), primaryCmv).since).toBe(
      undefined,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../content/version.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import {
  formatSummaryText,
  groupTestsByStatus,
  testStatusHeadings,
} from '../../machines/rules/format.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { readFileSync } from 'node:fs';

const answers = runConsult(
  parseAnswersFile(
    JSON.parse(
      readFileSync('tests/scenarios/primary-cmv-optimal.answers.json', 'utf8'),
    ),
  ),
).answers;
const summary = buildSummary(answers, 'clinician');

describe('the summary as text', () => {
  it('groups the tests by status in the screen order, each test once', () => {
    const groups = groupTestsByStatus(summary.tests);
    expect(groups.map((g) => g.status)).toEqual(
      Object.keys(testStatusHeadings).filter((s) =>
        summary.tests.some((t) => t.status === s),
      ),
    );
    expect(groups.flatMap((g) => g.tests).length).toBe(summary.tests.length);
    const text = formatSummaryText(summary, { disclaimer: 'D' });
    const recommended = text.indexOf('  RECOMMENDED NOW');
    const done = text.indexOf('  DONE\n');
    expect(recommended).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(recommended);
    expect(text.indexOf('Amniotic-fluid CMV PCR:')).toBeGreaterThan(
      recommended,
    );
    expect(text.indexOf('Amniotic-fluid CMV PCR:')).toBeLessThan(done);
  });

  it('carries the content version, the date and the answers entered', () => {
    const text = formatSummaryText(summary, {
      disclaimer: 'D',
      date: 'Date: 2026-11-26',
      answers: [
        { question: 'Gestational age', answer: '23 weeks' },
        { question: 'CMV IgG avidity', answer: 'Low' },
      ],
    });
    expect(text).toContain(`Content version ${contentVersion}`);
    expect(text).toContain('Date: 2026-11-26');
    expect(text).toMatch(
      /Answers entered\n {2}- Gestational age: 23 weeks\n {2}- CMV IgG avidity: Low\n/,
    );
    expect(text.indexOf('Answers entered')).toBeLessThan(
      text.indexOf('References'),
    );
  });
});

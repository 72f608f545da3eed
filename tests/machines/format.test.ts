import { describe, expect, it } from 'vitest';
import { contentVersion } from '../../content/version.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import {
  formatSummaryText,
  groupTestsByStatus,
} from '../../machines/rules/format.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { readFileSync } from 'node:fs';

const scenario = (id: string) =>
  JSON.parse(
    readFileSync(`tests/scenarios/${id}.answers.json`, 'utf8'),
  ) as Record<string, unknown> & { serology: Record<string, string> };
const answers = runConsult(
  parseAnswersFile(scenario('primary-cmv-optimal')),
).answers;
const summary = buildSummary(answers, 'clinician');

describe('the summary as text', () => {
  it('groups the tests by status in the screen order, each test once', () => {
    const groups = groupTestsByStatus(summary.tests);
    // Written out: no repeat and no not-yet-optimal test in this consult.
    expect(groups.map((g) => g.status)).toEqual([
      'recommended',
      'pending',
      'after-birth',
      'done',
      'not-indicated',
    ]);
    expect(groups.flatMap((g) => g.tests).length).toBe(summary.tests.length);
    const text = formatSummaryText(summary, { disclaimer: 'D' });
    const recommended = text.indexOf('  RECOMMENDED NOW');
    const done = text.indexOf('  DONE\n');
    expect(recommended).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(recommended);
  });

  it("reads in the clinician's order: classification, urgent, now, awaited, then the detail", () => {
    const parvovirus = runConsult(
      parseAnswersFile(
        JSON.parse(
          readFileSync(
            'tests/scenarios/parvovirus-hydrops.answers.json',
            'utf8',
          ),
        ),
      ),
    ).summary;
    const text = formatSummaryText(parvovirus, { disclaimer: 'D' });
    const at = (heading: string) => {
      const index = text.indexOf(heading);
      expect(index, heading).toBeGreaterThan(0);
      return index;
    };
    const order = [
      '\nClassification: Associated · ',
      '\n\nURGENT\n  ! Urgent referral for hydrops: ',
      '\n\nWhat to do now\n  - ',
      '\n\nAwaited\n',
      '\n\nDifferential diagnosis\n  LIVE CAUSES\n  - Parvovirus B19',
      '\n\nPitfalls\n  - [Bears on this case] ',
      '\n\nPrognosis\n  Fetal anemia suspected',
      '\n\nFollow-up\n',
      '\n\nAll tests\n',
      '\n\nBackground\n',
      '\n\nReferences\n',
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The classification is one line; the excluded causes and the other
    // pitfalls are folded under their own heading.
    expect(text).toMatch(/\nClassification: [^\n]+\n\nURGENT/);
    expect(text).toMatch(/ {2}NOT SUPPORTED OR EXCLUDED \(\d+\)\n {2}- /);
    expect(text).toMatch(/ {2}OTHER PITFALLS \(\d+\)\n {2}- /);
    expect(text.indexOf('toxoplasmosis (Hohlfeld 1991)')).toBeGreaterThan(
      text.indexOf('OTHER PITFALLS'),
    );
  });

  it('orders all seven status groups as the screen does, with their headings', () => {
    // Primary CMV at 18 weeks (PCR not yet optimal), microarray pending,
    // karyotype not done (recommended), toxoplasma IgM equivocal (repeat).
    const file = scenario('primary-cmv-before-21-weeks');
    const before21 = runConsult(
      parseAnswersFile({
        ...file,
        serology: { ...file.serology, 'toxoplasma-igm': 'equivocal' },
      }),
    ).answers;
    const all = buildSummary(before21, 'clinician');
    const groups = groupTestsByStatus(all.tests);
    expect(groups.map((g) => [g.status, g.heading])).toEqual([
      ['recommended', 'Recommended now'],
      ['repeat', 'To repeat'],
      ['not-yet-optimal', 'Not yet optimal'],
      ['pending', 'Sent, result awaited'],
      ['after-birth', 'Planned after birth'],
      ['done', 'Done'],
      ['not-indicated', 'Not indicated'],
    ]);
    const text = formatSummaryText(all, { disclaimer: 'D' });
    // The tests' groups, in the section of every test.
    const tests = text.slice(
      text.indexOf('\nAll tests\n'),
      text.indexOf('\nBackground\n'),
    );
    const headings = tests
      .split('\n')
      .filter((line) => /^ {2}[A-Z][A-Z ,]+$/.test(line))
      .map((line) => line.trim());
    expect(headings).toEqual([
      'RECOMMENDED NOW',
      'TO REPEAT',
      'NOT YET OPTIMAL',
      'SENT, RESULT AWAITED',
      'PLANNED AFTER BIRTH',
      'DONE',
      'NOT INDICATED',
    ]);
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

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../content/index.ts';
import { runConsult } from '../../machines/consult.ts';
import {
  answerQuestion,
  answerScenario,
  currentQuestionId,
  loadScenario,
  openApp,
  browserForFile,
  summaryText,
  waitForNext,
  summaryItem,
} from './helpers.ts';

const browser = browserForFile();

const item = summaryItem;

const classification = (page: Page) =>
  page
    .locator(
      'article.summary--final section.classification .classification__label',
    )
    .innerText();

describe('follow-up after the summary', () => {
  it('records a pending microarray that comes back abnormal, and the summary changes', async () => {
    const scenario = loadScenario('isolated-negative-workup');
    const pending = {
      ...scenario,
      genetics: { 'chromosomal-microarray': 'pending' as const },
    };
    const cameBack = {
      ...pending,
      genetics: { 'chromosomal-microarray': 'abnormal' as const },
      chromosomalDiagnosis: 'trisomy-21' as const,
    };
    const before = runConsult(pending).summary;
    const after = runConsult(cameBack).summary;
    const cause = (s: typeof before, id: string) =>
      s.differential.find((c) => c.id === id)!.status;
    // The loop this test drives changes these (read from the rules).
    expect(before.classification).not.toBe(after.classification);
    expect(cause(before, 'trisomy-21')).not.toBe(cause(after, 'trisomy-21'));

    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await answerScenario(page, pending);
    await page.locator('#final-summary-title').waitFor();
    expect(await classification(page)).toBe(
      labelOf(`classification.${before.classification}`, 'clinician'),
    );
    expect(
      await item(page, labelOf('test.chromosomal-microarray', 'clinician')),
    ).toMatch(/Pending/i);
    expect(await item(page, labelOf('cause.trisomy-21', 'clinician'))).toMatch(
      /Possible/i,
    );

    const record = page.getByRole('region', { name: 'Visits and new results' });
    await record
      .getByRole('group', { name: 'Result awaited' })
      .getByRole('radio', {
        name: labelOf('question.microarray', 'clinician'),
      })
      .check();
    await record.getByRole('button', { name: 'Record a result' }).click();

    expect(await currentQuestionId(page)).toBe('microarray');
    await answerQuestion(page, 'microarray', cameBack);
    await waitForNext(page, 'microarray');
    // An abnormal result opens the chromosomal diagnosis.
    expect(await currentQuestionId(page)).toBe('chromosomal-diagnosis');
    await answerQuestion(page, 'chromosomal-diagnosis', cameBack);
    await page.locator('#final-summary-title').waitFor();

    expect(await classification(page)).toBe(
      labelOf(`classification.${after.classification}`, 'clinician'),
    );
    expect(
      await item(page, labelOf('test.chromosomal-microarray', 'clinician')),
    ).toMatch(/Done/i);
    expect(await item(page, labelOf('cause.trisomy-21', 'clinician'))).toMatch(
      /Supported/i,
    );
    expect(await item(page, labelOf('cause.trisomy-13', 'clinician'))).toMatch(
      /Excluded/i,
    );
    expect(await summaryText(page)).not.toMatch(/Result awaited/);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../machines/case-file.ts';
import { labelOf } from '../../content/index.ts';
import { axeViolations, openApp, browserForFile } from './helpers.ts';

/** Axe violations (the view has its h1: page-has-heading-one included). */
const ownViolations = axeViolations;

const browser = browserForFile();

describe('worked cases (e2e)', () => {
  it('steps through a case to its summary with the keyboard', async () => {
    const { page, requests } = await browser.newPage();
    await openApp(page, browser.baseURL);
    expect(requests.some((u) => /\/teaching-view-[^/]*\.js$/.test(u))).toBe(
      false,
    );
    await page.getByRole('button', { name: 'Worked cases' }).click();
    await page
      .getByRole('radio', {
        name: 'Liver calcifications with hydrops and ascites at 20 weeks',
      })
      .check();
    await page.getByRole('radio', { name: /^Step through/ }).check();
    await page.getByRole('button', { name: 'Start the case' }).press('Enter');
    expect(requests.some((u) => /\/teaching-view-[^/]*\.js$/.test(u))).toBe(
      true,
    );
    const next = page.getByRole('button', {
      name: /Next step|Show the summary/,
    });
    while (await next.count()) {
      await next.focus();
      await page.keyboard.press('Enter');
    }
    const summary = page.getByRole('region', { name: 'Where the case ends' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain(
      labelOf('classification.associated', 'clinician'),
    );
    expect(await ownViolations(page)).toEqual([]);
    await page.close();
  });

  it('predicts, reveals and scores', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Worked cases' }).click();
    await page
      .getByRole('radio', {
        name: 'Liver calcifications with a cardiac defect and another major anomaly at 20 weeks',
      })
      .check();
    await page.getByRole('radio', { name: /^Predict/ }).check();
    await page.getByRole('button', { name: 'Start the case' }).click();
    const next = page.getByRole('button', {
      name: /Next step|Show the summary/,
    });
    for (let guard = 0; guard < 40 && (await next.count()); guard++) {
      const open = page.locator('form.prediction fieldset:not([disabled])');
      if (await open.count()) {
        await open.first().locator('input').first().check();
        await open
          .first()
          .getByRole('button', { name: 'Reveal the answer' })
          .click();
        continue;
      }
      await next.click();
    }
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toMatch(/^Final score: \d+ of \d+ decisions$/);
    expect(await page.locator('.reveal').count()).toBeGreaterThan(0);
    expect(await ownViolations(page)).toEqual([]);
    // The learner downloads their answers: a case file with the predictions.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download my answers/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'aneuploidy-cardiac-defect-my-predictions.case.json',
    );
    const file = readCaseFile(
      JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown,
    );
    const score = /^Final score: (\d+) of (\d+) decisions$/.exec(
      await page.getByRole('status').innerText(),
    )!;
    expect(file.predictions).toHaveLength(Number(score[2]));
    expect(file.predictions!.filter((p) => p.correct)).toHaveLength(
      Number(score[1]),
    );
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../content/index.ts';
import { toAnswersFile } from '../../machines/answers-file.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { readShareFragment, shareFragment } from '../../machines/share-link.ts';
import {
  axeViolations,
  loadScenario,
  openApp,
  browserForFile,
  openSummaryMenu,
  reloadOffline,
} from './helpers.ts';

const browser = browserForFile();

describe('taking the consult along (e2e, Chromium)', () => {
  it('opens a share link made in Node, and the browser makes the same link back, with no request off the page', async () => {
    const { answers } = runConsult(loadScenario('toxoplasmosis-pattern'));
    const hash = await shareFragment(toAnswersFile(answers, 'clinician'));
    const { page, requests } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.goto(`${browser.baseURL}${hash}`);
    await page.getByText(/This link contains the clinical answers/).waitFor();
    await page.getByRole('button', { name: 'Open it' }).click();
    const summary = page.getByRole('article', { name: 'Workup summary' });
    await summary.waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await summary.innerText()).toContain(
      labelOf('classification.associated', 'clinician'),
    );

    await openSummaryMenu(summary);
    await summary.getByRole('button', { name: 'Copy share link' }).click();
    const link = await summary
      .getByLabel('Share link (contains the answers)')
      .inputValue();
    const opened = await readShareFragment(new URL(link).hash);
    expect(opened.input.answers).toEqual(answers);
    expect(
      requests.every((u) => u.startsWith(new URL(browser.baseURL).origin)),
    ).toBe(true);
    const region = (await axeViolations(page)).filter(
      (v) => v.id !== 'page-has-heading-one',
    );
    expect(region).toEqual([]);
    await page.close();
  });

  it('downloads an answers file that npm run consult reads to the summary shown', async () => {
    const { answers } = runConsult(loadScenario('parvovirus-hydrops'));
    const hash = await shareFragment(toAnswersFile(answers, 'clinician'));
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.goto(`${browser.baseURL}${hash}`);
    await page.getByRole('button', { name: 'Open it' }).click();
    const summary = page.getByRole('article', { name: 'Workup summary' });
    await summary.waitFor();
    await openSummaryMenu(summary);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summary.getByRole('button', { name: 'Download answers' }).click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    const headless = runConsult(parseAnswersFile(JSON.parse(file))).summary;
    expect(headless.classification).toBe(
      runConsult(loadScenario('parvovirus-hydrops')).summary.classification,
    );
    expect(headless).toEqual(
      runConsult(parseAnswersFile(toAnswersFile(answers, 'clinician'))).summary,
    );
    await page.close();
  });

  it('works offline: a share link opens and the answers download with no connection', async () => {
    const { answers } = runConsult(loadScenario('primary-cmv-optimal'));
    const hash = await shareFragment(toAnswersFile(answers, 'clinician'));
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    try {
      const { fromNetwork } = await reloadOffline(browser, page);
      await page.goto(`${browser.baseURL}${hash}`);
      await page
        .getByRole('button', { name: /Open it|Replace my consult/ })
        .click();
      const summary = page.getByRole('article', { name: 'Workup summary' });
      await summary.waitFor();
      await openSummaryMenu(summary);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        summary.getByRole('button', { name: 'Download answers' }).click(),
      ]);
      const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(runConsult(parseAnswersFile(file)).answers).toEqual(answers);
      expect(fromNetwork).toEqual([]);
    } finally {
      await browser.context.setOffline(false);
      await page.close();
    }
  });
});

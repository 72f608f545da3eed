import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerScenario,
  browserForFile,
  loadScenario,
  openApp,
} from './helpers.ts';

const browser = browserForFile();

/** An iPhone-sized screen (CSS px). */
const phone = { width: 390, height: 844 };

/** Whether an element lies wholly within the screen, as it is scrolled. */
function onFirstScreen(page: Page, selector: string) {
  return page.evaluate(
    ({ selector, height, width }) => {
      const el = document.querySelector(selector);
      if (!el) return { found: false, top: 0, bottom: 0, right: 0 };
      const box = el.getBoundingClientRect();
      return {
        found: true,
        top: box.top,
        bottom: box.bottom,
        right: box.right,
        within:
          box.top >= 0 &&
          box.bottom <= height &&
          box.left >= 0 &&
          box.right <= width,
      };
    },
    { selector, ...phone },
  );
}

/** Answers the scenario as a user on a phone, then waits for the scroll. */
async function summaryOnPhone(name: string) {
  const { page } = await browser.newPage(phone);
  await openApp(page, browser.baseURL);
  await answerScenario(page, loadScenario(name));
  await page.locator('#final-summary-title').waitFor();
  // Focus moves to the summary, then it is scrolled to its top (a frame
  // later): wait until it has settled.
  await page.waitForFunction(
    () => document.activeElement?.id === 'final-summary-title',
  );
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(resolve)),
      ),
  );
  return page;
}

describe('the summary on a phone (390 x 844)', () => {
  it('shows the classification and the urgent item on the first screen, and one actions menu', async () => {
    const page = await summaryOnPhone('parvovirus-hydrops');
    const classification = await onFirstScreen(
      page,
      'article.summary--final section.classification',
    );
    const urgent = await onFirstScreen(
      page,
      'article.summary--final section.urgent',
    );
    expect(classification).toMatchObject({ found: true, within: true });
    expect(urgent).toMatchObject({ found: true, within: true });
    expect(
      await page.locator('article.summary--final section.urgent').innerText(),
    ).toMatch(/Urgent referral for hydrops/);
    // The page does not scroll sideways.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      ),
    ).toBe(true);
    // Print and export are one menu: its actions show only once opened.
    const summary = page.locator('article.summary--final');
    const download = summary.getByRole('button', { name: 'Download answers' });
    const print = summary.getByRole('button', { name: /Print or save as PDF/ });
    expect(await print.isVisible()).toBe(false);
    await summary.locator('details.summary__actions > summary').click();
    await download.waitFor();
    expect(await print.isVisible()).toBe(true);
    await summary.locator('details.summary__actions > summary').click();

    if (process.env.DOC_SCREENSHOTS) {
      // The screenshots of docs/screenshots/ (DOC_SCREENSHOTS=1).
      mkdirSync('docs/screenshots', { recursive: true });
      await page.screenshot({ path: 'docs/screenshots/summary-phone.png' });
      // The printout's first page: A4 less the print margins, in CSS px.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 688, height: 1002 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'docs/screenshots/summary-print.png' });
    }
    await page.close();
  });

  it('shows the classification on the first screen when nothing is urgent', async () => {
    const page = await summaryOnPhone('primary-cmv-optimal');
    expect(
      await onFirstScreen(
        page,
        'article.summary--final section.classification',
      ),
    ).toMatchObject({ found: true, within: true });
    expect(await page.locator('section.urgent').count()).toBe(0);
    await page.close();
  });
});

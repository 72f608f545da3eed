import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../content/index.ts';
import {
  answerScenario,
  loadScenario,
  openApp,
  browserForFile,
  summaryText,
  openSummaryMenu,
  reloadOffline,
} from './helpers.ts';

const browser = browserForFile();

/** Resolves once a service worker is active for the page (it has precached the app). */
const serviceWorkerReady = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state ?? null;
  });

const displayOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).display);

describe('offline: installable, and a whole consult without a connection', () => {
  it('has an installable web app manifest', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await serviceWorkerReady(page);
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send(
      'Page.getInstallabilityErrors',
    )) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = (await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>(
        'link[rel="manifest"]',
      );
      return link ? ((await (await fetch(link.href)).json()) as unknown) : null;
    })) as { name: string; start_url: string; display: string } | null;
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    await page.close();
  });

  it('loads once, goes offline, reloads, runs a consult, prints and copies the summary', async () => {
    const { page } = await browser.newPage();
    await browser.context.grantPermissions(
      ['clipboard-read', 'clipboard-write'],
      { origin: browser.baseURL },
    );
    await openApp(page, browser.baseURL);
    try {
      const { workerState, fromNetwork } = await reloadOffline(browser, page);
      expect(workerState).toBe('activated');
      expect(
        await page.evaluate(() => navigator.serviceWorker.controller !== null),
      ).toBe(true);

      // The lazy views come from the precache too.
      await page.getByRole('button', { name: 'Algorithm map' }).click();
      await page.getByRole('heading', { name: /algorithm map/i }).waitFor();
      await page.getByRole('button', { name: 'Consult' }).click();

      await answerScenario(page, loadScenario('primary-cmv-optimal'));
      await page.locator('#final-summary-title').waitFor();
      expect(await summaryText(page)).toMatch(/Amniotic-fluid CMV PCR/);

      // Print: the button calls the browser's print, and the print
      // stylesheet shows the summary without the conversation.
      await page.evaluate(() => {
        const w = window as unknown as { printed: number };
        w.printed = 0;
        window.print = () => void w.printed++;
      });
      await openSummaryMenu(page);
      await page.getByRole('button', { name: /Print or save as PDF/ }).click();
      expect(
        await page.evaluate(
          () => (window as unknown as { printed: number }).printed,
        ),
      ).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await displayOf(page, '.transcript')).toBe('none');
      expect(await displayOf(page, '.app-header')).toBe('none');
      expect(await displayOf(page, '.print-title')).toBe('block');
      expect(await page.locator('article.summary--final').isVisible()).toBe(
        true,
      );
      await page.emulateMedia({ media: 'screen' });

      // Export: the summary as text.
      await page.getByRole('button', { name: /Copy summary as text/ }).click();
      await page.getByText('Summary copied as text.').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/Amniotic-fluid CMV PCR/);

      // The learner wording (a lazy chunk) is there too.
      await page.getByRole('radio', { name: 'Learner' }).check();
      await page
        .getByText(textOf('app.disclaimer', 'learner'), { exact: true })
        .first()
        .waitFor();

      expect(fromNetwork).toEqual([]);
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerScenario,
  axeViolations,
  loadScenario,
  openApp,
  startBrowser,
  type BrowserSession,
} from './helpers.ts';

/** Axe violations (the view has its h1: page-has-heading-one included). */
const ownViolations = axeViolations;

let browser: BrowserSession;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(() => browser.close());

const pathOf = (url: string) => new URL(url).pathname;

describe('algorithm map (e2e)', () => {
  it('highlights the current state and the path taken during a consult', async () => {
    const { page, requests } = await browser.newPage();
    await openApp(page, browser.baseURL);
    const mapChunk = () =>
      requests.some((u) => /\/algorithm-map-[^/]*\.js$/.test(pathOf(u)));
    expect(mapChunk()).toBe(false);

    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'cmv-avidity',
    });
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    const current = page.locator('.algorithm-map [aria-current="step"]');
    await current.waitFor();
    expect(mapChunk()).toBe(true);
    expect(await current.getAttribute('data-state-id')).toBe(
      'workup.serology.cmvAvidity',
    );
    for (const id of [
      'workup.intake.gestationalAge',
      'workup.examination.findings',
      'workup.examination.headSize',
      'workup.serology.storch',
    ]) {
      await expect
        .poll(() =>
          page.locator(`[data-state-id="${id}"]`).getAttribute('class'),
        )
        .toContain('is-visited');
    }
    expect(
      await page
        .locator('[data-state-id="workup.genetics.karyotype"]')
        .getAttribute('class'),
    ).not.toContain('is-visited');
    expect(await ownViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('Stately inspector flag (e2e)', () => {
  /** The built chunk holding @statelyai/inspect, found by its content. */
  const inspectorChunk = () => {
    const assets = join(process.cwd(), 'dist-e2e', 'assets');
    const found = readdirSync(assets).filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(join(assets, f), 'utf8').includes('stately.ai/inspect'),
    );
    expect(found, 'exactly one chunk holds the inspector').toHaveLength(1);
    return `/assets/${found[0]}`;
  };

  it('never loads the inspector on the default page', async () => {
    const chunk = inspectorChunk();
    const { page, requests } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await page.locator('.algorithm-map').waitFor();
    await page.getByRole('button', { name: 'Worked cases' }).click();
    await page.getByRole('button', { name: 'Start the case' }).waitFor();
    expect(requests.map(pathOf)).not.toContain(chunk);
    expect(requests.filter((u) => !u.startsWith(browser.baseURL))).toEqual([]);
    await page.close();
  });

  it('loads the inspector with ?inspect (outside connections blocked)', async () => {
    const chunk = inspectorChunk();
    await browser.context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      return hostname === '127.0.0.1' || hostname === 'localhost'
        ? route.continue()
        : route.abort();
    });
    try {
      const { page, requests } = await browser.newPage();
      await page.goto(`${browser.baseURL}/?inspect`);
      await page.getByRole('button', { name: 'Algorithm map' }).waitFor();
      expect(requests.map(pathOf)).toContain(chunk);
      for (const p of browser.context.pages()) await p.close();
    } finally {
      await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
    }
  });
});

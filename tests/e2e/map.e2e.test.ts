import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelOf, textOf } from '../../content/index.ts';
import {
  answerScenario,
  axeViolations,
  loadScenario,
  openApp,
  browserForFile,
} from './helpers.ts';

const browser = browserForFile();

const pathOf = (url: string) => new URL(url).pathname;

describe('algorithm map (e2e)', () => {
  it('highlights the current state and the path taken on the drawn map', async () => {
    const { page, requests } = await browser.newPage();
    await openApp(page, browser.baseURL);
    const mapChunk = () =>
      requests.some((u) => /\/algorithm-map-[^/]*\.js$/.test(pathOf(u)));
    expect(mapChunk()).toBe(false);

    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'cmv-avidity',
    });
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Algorithm map' })
      .waitFor();
    expect(mapChunk()).toBe(true);
    const svg = page.locator('.algorithm-map svg.chart');
    const current = svg.locator('[aria-current="step"]');
    expect(await current.getAttribute('data-state-id')).toBe(
      'workup.serology.cmvAvidity',
    );
    expect(await current.getAttribute('class')).toContain('is-current');
    for (const id of [
      'workup.intake.gestationalAge',
      'workup.examination.findings',
      'workup.examination.headSize',
      'workup.serology.storch',
    ]) {
      expect(
        await svg.locator(`[data-state-id="${id}"]`).getAttribute('class'),
        id,
      ).toContain('is-visited');
    }
    expect(
      await svg
        .locator('[data-state-id="workup.genetics.karyotype"]')
        .getAttribute('class'),
    ).not.toContain('is-visited');
    // The arrow from STORCH to avidity is on the path taken; the one out of
    // avidity is not yet.
    const arrow = (id: string) =>
      svg.locator(`.chart-edge[data-edge-ids~="${id}"]`);
    expect(
      await arrow(
        'workup.serology.storch|serology.storchEntered|0',
      ).getAttribute('class'),
    ).toContain('is-taken');
    expect(
      await arrow(
        'workup.serology.cmvAvidity|serology.avidityEntered|0',
      ).getAttribute('class'),
    ).not.toContain('is-taken');
    await page.close();
  });

  it('selects a node of the drawn map with the mouse and with the keyboard', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    const svg = page.locator('.algorithm-map svg.chart');
    await svg.waitFor();

    const karyotype = svg.locator(
      '[data-state-id="workup.genetics.karyotype"]',
    );
    await karyotype.click();
    expect(await karyotype.getAttribute('aria-pressed')).toBe('true');
    const about = (label: string) =>
      page.getByRole('article', { name: `About ${label}` });
    await about(labelOf('question.karyotype', 'clinician')).waitFor();

    const mri = svg.getByRole('button', {
      name: labelOf('question.fetal-mri', 'clinician'),
    });
    await mri.focus();
    await page.keyboard.press('Enter');
    const detail = about(labelOf('question.fetal-mri', 'clinician'));
    await detail.waitFor();
    expect(await detail.innerText()).toContain(
      textOf('question.fetal-mri', 'clinician'),
    );
    expect(await mri.getAttribute('aria-pressed')).toBe('true');
    // Tab moves on to the next state of the diagram.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('data-state-id'),
      ),
    ).toBe('workup.summary');

    // The learner wording redraws the map, decisions included.
    await page.getByRole('radio', { name: 'Learner' }).check();
    await svg
      .getByRole('button', { name: labelOf('question.cmv-pcr', 'learner') })
      .waitFor();
    const words = (
      await svg
        .locator('[data-edge-ids~="workup.serology.storch|always|0"]')
        .textContent()
    )?.replace(/\s+/g, ' ');
    expect(words).toContain(
      `skipped when ${labelOf('decision.alreadyAnswered', 'learner')}`,
    );
    await page.close();
  });

  it.each([360, 1280])('is axe clean at %i px', async (width) => {
    const { page } = await browser.newPage({ width, height: 800 });
    await openApp(page, browser.baseURL);
    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'storch',
    });
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await page.locator('.algorithm-map svg.chart').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: /show state ids/i }).check();
    expect(await axeViolations(page)).toEqual([]);
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

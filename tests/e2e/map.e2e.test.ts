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
    // The arrows from STORCH through its decision to avidity are on the
    // path taken (the decision's "yes"); the "no" and the one out of
    // avidity are not.
    const arrow = (source: string, target: string) =>
      svg.locator(
        `.chart-edge[data-source="${source}"][data-target="${target}"]`,
      );
    for (const [source, target, taken] of [
      ['workup.serology.storch', 'workup.serology.avidityDecision', true],
      ['workup.serology.avidityDecision', 'workup.serology.cmvAvidity', true],
      ['workup.serology.avidityDecision', 'workup.serology.parvovirus', false],
      ['workup.serology.cmvAvidity', 'workup.serology.parvovirus', false],
    ] as const) {
      const classes = await arrow(source, target).getAttribute('class');
      if (taken)
        expect(classes, `${source} -> ${target}`).toContain('is-taken');
      else expect(classes, `${source} -> ${target}`).not.toContain('is-taken');
    }
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
    ).toBe('workup.followUp');

    // The learner wording redraws the map, decisions included.
    await page.getByRole('radio', { name: 'Learner' }).check();
    await svg
      .getByRole('button', { name: labelOf('question.cmv-pcr', 'learner') })
      .first()
      .waitFor();
    await svg
      .getByRole('button', {
        name: "The mother's CMV IgM and IgG are both positive?",
      })
      .waitFor();
    expect(
      await svg
        .locator(
          '.chart-edge[data-source="workup.serology.avidityDecision"][data-target="workup.serology.cmvAvidity"]',
        )
        .textContent(),
    ).toBe('yes');
    await page.close();
  });

  it('fits a 390 px phone: the page does not scroll sideways, the diagram pans and zooms', async () => {
    const { page } = await browser.newPage({ width: 390, height: 800 });
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    const svg = page.locator('.algorithm-map svg.chart');
    await svg.waitFor();
    const pageWidth = () =>
      page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    const scroller = page.locator('.map-scroll');
    const box = await scroller.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Pans: the diagram is wider than the phone and scrolls inside its box.
    const wide = await scroller.evaluate(
      (el) => el.scrollWidth > el.clientWidth,
    );
    expect(wide).toBe(true);
    await scroller.evaluate((el) => el.scrollBy(200, 300));
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Zooms: out, and to the width of the phone.
    const width = async () => (await svg.boundingBox())!.width;
    const before = await width();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await width()).toBeLessThan(before);
    await page.getByRole('button', { name: 'Fit to width' }).click();
    expect(await width()).toBeLessThanOrEqual(box!.width);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
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
      // ?inspect asks first (issue 23): a yes loads the inspector.
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.type());
        void dialog.accept();
      });
      await page.goto(`${browser.baseURL}/?inspect`);
      await page.getByRole('button', { name: 'Algorithm map' }).waitFor();
      await expect
        .poll(() => requests.map(pathOf), { timeout: 10_000 })
        .toContain(chunk);
      expect(asked).toEqual(['confirm']);
      for (const p of browser.context.pages()) await p.close();
    } finally {
      await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
    }
  });
});

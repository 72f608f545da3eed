import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teachingCases } from '../../content/cases/cases.ts';
import {
  answerScenario,
  axeViolations,
  loadScenario,
  openApp,
  browserForFile,
} from './helpers.ts';

const browser = browserForFile();

const h1 = (page: Page) => page.locator('main h1').first();
const hashOf = (page: Page) => new URL(page.url()).hash;

/** Steps a worked case to its end. */
async function stepThrough(page: Page, title: string) {
  await page.getByRole('radio', { name: title, exact: true }).check();
  await page.getByRole('radio', { name: /^Step through/ }).check();
  await page.getByRole('button', { name: 'Start the case' }).click();
  const next = page.getByRole('button', { name: /Next step|Show the summary/ });
  while (await next.count()) await next.click();
  await page.getByRole('region', { name: 'Where the case ends' }).waitFor();
}

describe('views have their own address and history entries', () => {
  it('Back and Forward move between the views, inside the app', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Worked cases' }).click();
    await expect.poll(() => h1(page).innerText()).toBe('Worked cases');
    expect(hashOf(page)).toBe('#/worked-cases');
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await expect.poll(() => h1(page).innerText()).toBe('Algorithm map');
    expect(hashOf(page)).toBe('#/map');

    await page.goBack();
    await expect.poll(() => h1(page).innerText()).toBe('Worked cases');
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('');
    await page.locator('section.composer').waitFor();
    expect(page.url().startsWith(browser.baseURL)).toBe(true);
    await page.goForward();
    await expect.poll(() => h1(page).innerText()).toBe('Worked cases');
    expect(
      await page
        .getByRole('button', { name: 'Worked cases' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await page.close();
  });

  it('opens a linked view', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.goto(`${browser.baseURL}/#/map`);
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => h1(page).innerText()).toBe('Algorithm map');
    await page.goto(`${browser.baseURL}/#/worked-cases`);
    await expect.poll(() => h1(page).innerText()).toBe('Worked cases');
    await page.close();
  });

  it('a link inside a view (skip link, citation) does not change the view', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await expect.poll(() => h1(page).innerText()).toBe('Algorithm map');
    await page.locator('a.skip-link').press('Enter');
    await expect.poll(() => hashOf(page)).toBe('#main');
    expect(await h1(page).innerText()).toBe('Algorithm map');
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#/map');
    expect(await h1(page).innerText()).toBe('Algorithm map');
    await page.close();
  });
});

describe('every view at 360 and 1280 px', () => {
  it.each([360, 1280])(
    'has an h1 and no axe violations, and worked cases fit the width (%i px)',
    async (width) => {
      const { page } = await browser.newPage({ width, height: 800 });
      await openApp(page, browser.baseURL);
      const found: { view: string; violations: unknown }[] = [];
      const check = async (view: string) => {
        const violations = await axeViolations(page);
        if (violations.length) found.push({ view, violations });
      };
      await check('consult');
      await page.getByRole('button', { name: 'Algorithm map' }).click();
      await h1(page).filter({ hasText: 'Algorithm map' }).waitFor();
      await check('map');
      await page.getByRole('button', { name: 'Worked cases' }).click();
      await h1(page).filter({ hasText: 'Worked cases' }).waitFor();
      await check('worked cases');
      const overflow: { view: string; width: number }[] = [];
      for (const c of teachingCases) {
        await stepThrough(page, c.title.clinician);
        const scrollWidth = await page.evaluate(
          () => document.documentElement.scrollWidth,
        );
        if (scrollWidth > width)
          overflow.push({ view: c.id, width: scrollWidth });
        if (c === teachingCases[0]) await check(`case ${c.id}`);
        await page.getByRole('button', { name: /Choose another case/ }).click();
      }
      expect(found).toEqual([]);
      expect(overflow).toEqual([]);
      await page.close();
    },
  );
});

describe('cosmetic', () => {
  it('at 360 px in learner wording every serology option stays on one line', async () => {
    const { page } = await browser.newPage({ width: 360, height: 800 });
    await openApp(page, browser.baseURL);
    await answerScenario(page, loadScenario('isolated-negative-workup'), {
      audience: 'learner',
      until: 'storch',
    });
    const heights = await page
      .locator('section.composer .radio-pill span')
      .evaluateAll((spans) =>
        spans.map((s) => s.getBoundingClientRect().height),
      );
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBe(Math.min(...heights));
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    expect(await page.locator('section.composer').innerText()).not.toMatch(
      /your answer/i,
    );
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { labelOf } from '../../content/index.ts';
import { browserForFile } from './helpers.ts';

const browser = browserForFile();

describe('first paint: the first screen is prerendered into index.html', () => {
  it('serves the first question and the disclaimer in the HTML itself', async () => {
    const html = await (await fetch(browser.baseURL)).text();
    expect(html).toContain('data-prerendered');
    expect(html).toContain(labelOf('question.audience', 'clinician'));
    expect(html).toContain(labelOf('app.overview', 'clinician'));
    expect(html).toMatch(/Educational use only/);
  });

  it('hydrates without errors and answers as usual', async () => {
    const { page } = await browser.newPage({ width: 360, height: 740 });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(browser.baseURL);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Clinician' }).click();
    await page
      .getByRole('textbox', { name: 'Gestational age in weeks' })
      .waitFor();
    expect(problems).toEqual([]);
  });

  it('renders a resumed session anew instead of hydrating the fresh screen', async () => {
    const { page } = await browser.newPage();
    await page.goto(browser.baseURL);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Clinician' }).click();
    await page
      .getByRole('textbox', { name: 'Gestational age in weeks' })
      .waitFor();
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page
      .getByRole('textbox', { name: 'Gestational age in weeks' })
      .waitFor();
    expect(
      await page.getByRole('button', { name: 'Student or learner' }).count(),
    ).toBe(0);
  });
});

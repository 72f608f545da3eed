import { mkdirSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import {
  answerScenario,
  loadScenario,
  openApp,
  browserForFile,
} from './helpers.ts';

const dir = 'tests/e2e/__screenshots__';

describe('screenshots (for people to look at; not compared)', () => {
  const browser = browserForFile();
  beforeAll(() => mkdirSync(dir, { recursive: true }));

  for (const width of [360, 1280]) {
    it(`saves each step and the summary at ${width}px`, async () => {
      const { page } = await browser.newPage({ width, height: 800 });
      await openApp(page, browser.baseURL);
      const shot = (name: string) =>
        page.screenshot({
          path: `${dir}/${width}-${name}.png`,
          fullPage: name === 'summary' || name.startsWith('full'),
        });
      await answerScenario(page, loadScenario('primary-cmv-optimal'), {
        onQuestion: async (q) => {
          await shot(`q-${q}`);
        },
      });
      await shot('summary');
      const sections = page.locator(
        'article.summary--final > section, article.summary--final > header',
      );
      for (let i = 0; i < (await sections.count()); i++) {
        await sections
          .nth(i)
          .screenshot({ path: `${dir}/${width}-summary-part-${i}.png` });
      }
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({
        path: `${dir}/${width}-print.png`,
        fullPage: true,
      });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${dir}/${width}-print-top.png` });
      await page.close();
    });
  }
});

import { describe, expect, it } from 'vitest';
import {
  answerScenario,
  loadScenario,
  openApp,
  browserForFile,
} from './helpers.ts';

const browser = browserForFile();

/** A4 with the app's print margins (16 mm x 14 mm), in CSS px (96 per inch). */
const mm = 96 / 25.4;
const page1 = { width: (210 - 28) * mm, height: (297 - 32) * mm };

describe('the printed summary', () => {
  it.each(['primary-cmv-optimal', 'parvovirus-hydrops'])(
    'fits the overview on page one and prints no bare toggle (%s)',
    async (name) => {
      const { page } = await browser.newPage({
        width: Math.floor(page1.width),
        height: 900,
      });
      await openApp(page, browser.baseURL);
      await answerScenario(page, loadScenario(name));
      await page.locator('#final-summary-title').waitFor();
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const article = document.querySelector('article.summary--final')!;
        const overview = article.querySelector('.summary__overview')!;
        const visible = (el: Element) =>
          (el as HTMLElement).offsetParent !== null;
        const toggles = [...article.querySelectorAll('details > summary')]
          .filter(visible)
          .filter((s) => {
            const style = getComputedStyle(s);
            const details = s.parentElement as HTMLDetailsElement;
            const content = details.querySelector(':scope > :not(summary)');
            return (
              (style.display === 'list-item' &&
                style.listStyleType !== 'none') ||
              !content ||
              (content as HTMLElement).offsetHeight === 0
            );
          });
        return {
          // The page starts where the first printed element starts.
          overviewBottom:
            overview.getBoundingClientRect().bottom -
            document.body.getBoundingClientRect().top -
            (document.querySelector('main')!.getBoundingClientRect().top -
              document.body.getBoundingClientRect().top),
          breakAfter: getComputedStyle(overview).breakAfter,
          bareToggles: toggles.map((s) => s.textContent),
          answers: article.querySelector('[aria-labelledby="final-answers"]')
            ?.textContent,
          version: article.querySelector('.summary__version')?.textContent,
          date: article.querySelector('.summary__date time')?.textContent,
          toc: visible(article.querySelector('.summary__toc')!),
        };
      });
      expect(layout.overviewBottom).toBeLessThanOrEqual(page1.height);
      expect(layout.breakAfter).toBe('page');
      expect(layout.bareToggles).toEqual([]);
      expect(layout.answers).toMatch(/Gestational age/);
      expect(layout.version).toMatch(/Content version \d+\.\d+\.\d+/);
      expect(layout.date).toMatch(/\d{4}/);
      expect(layout.toc).toBe(false);
      await page.close();
    },
  );
});

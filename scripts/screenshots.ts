/**
 * Screenshots of a whole consult for people to look at (not compared, not
 * a test): each question and the summary of primary-cmv-optimal, each
 * summary section, and the printout, at 360 px and 1280 px wide.
 *
 * `npm run screenshots` builds the app into node_modules/.tmp/screenshots-app,
 * serves it on 127.0.0.1, drives Debian's Chromium headless with a fresh
 * profile and writes the PNG files to tests/e2e/__screenshots__/
 * (gitignored). The server and the browser are closed before it exits.
 *
 * The algorithm map, mid-consult (primary-cmv-optimal at the avidity
 * question), goes to docs/screenshots/ (committed, for the docs): at 390 px
 * (the phone view, and the diagram fitted to its width) and 1280 px. `npm run screenshots -- --only=map` takes these
 * alone.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { answerScenario, loadScenario, openApp } from '../tests/e2e/helpers.ts';
import { buildWithManifest, repoRoot } from './bench/build.ts';
import { chromiumFlags, chromiumPath } from './bench/chromium.ts';
import { serveDir } from './bench/static-server.ts';

const appDir = 'node_modules/.tmp/screenshots-app';
const dir = join(repoRoot, 'tests/e2e/__screenshots__');
const widths = [360, 1280];
const docsDir = join(repoRoot, 'docs/screenshots');
const onlyMap = process.argv.includes('--only=map');

mkdirSync(dir, { recursive: true });
console.log('building the app (vite build)');
await buildWithManifest({ outDir: appDir });
const server = await serveDir(join(repoRoot, appDir));
const profile = mkdtempSync(join(tmpdir(), 'fhc-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumFlags,
});
let written = 0;
try {
  mkdirSync(docsDir, { recursive: true });
  for (const width of [390, 1280]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, server.url);
    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'cmv-avidity',
    });
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    const svg = page.locator('.algorithm-map svg.chart');
    await svg.waitFor();
    // The current step (CMV avidity) in view, with the serology's decisions
    // around it: the phone at 100% and fitted to its width, the desktop
    // zoomed out to show more of the branching chart.
    const current = svg.locator('[aria-current="step"]');
    const centre = () =>
      current.evaluate((el) =>
        el.scrollIntoView({ block: 'center', inline: 'center' }),
      );
    if (width === 1280) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.getByRole('button', { name: 'Zoom out' }).click();
    }
    await centre();
    await page.screenshot({ path: join(docsDir, `map-${width}.png`) });
    written++;
    if (width === 390) {
      await page.getByRole('button', { name: 'Fit to width' }).click();
      await centre();
      await page.screenshot({ path: join(docsDir, 'map-390-fit.png') });
      written++;
    }
    await page.close();
  }
  for (const width of onlyMap ? [] : widths) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, server.url);
    const shot = async (name: string) => {
      await page.screenshot({
        path: join(dir, `${width}-${name}.png`),
        fullPage: name === 'summary',
      });
      written++;
    };
    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      onQuestion: (question) => shot(`q-${question}`),
    });
    await shot('summary');
    const sections = page.locator(
      'article.summary--final > section, article.summary--final > header',
    );
    for (let i = 0; i < (await sections.count()); i++) {
      await sections
        .nth(i)
        .screenshot({ path: join(dir, `${width}-summary-part-${i}.png`) });
      written++;
    }
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: join(dir, `${width}-print.png`),
      fullPage: true,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(dir, `${width}-print-top.png`) });
    written += 2;
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
console.log(`wrote ${written} screenshots to ${dir}`);

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithManifest } from '../../scripts/bench/build.ts';
import {
  analyzeBuild,
  type LoadAnalysis,
} from '../../scripts/bench/first-load.ts';
import { readBudget } from '../../scripts/bench/budget.ts';

// Per process, so two test runs at once do not empty each other's build.
const outDir = `node_modules/.tmp/budget-build-${process.pid}`;
const budget = readBudget();

/** Views that must arrive by dynamic import, never in the first load. */
const lazyModules = [
  'src/features/map/algorithm-map.tsx',
  'src/features/teaching/teaching-view.tsx',
  'src/features/export/export-actions.tsx',
  'src/features/export/share-link-dialog.tsx',
  '@statelyai/inspect',
  // The service worker's registration and update prompt (offline use).
  'src/app/register-service-worker.ts',
];

describe('first-load size budget (bench/budget.json)', () => {
  let analysis: LoadAnalysis;
  beforeAll(async () => {
    await buildWithManifest({ outDir });
    analysis = analyzeBuild(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('keeps the first load (JS + CSS + HTML, gzip) within the budget', () => {
    const { firstLoad } = analysis;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    expect(
      firstLoad.gzip,
      `first load is ${firstLoad.gzip} B gzip (${kb(firstLoad.gzip)}), ` +
        `budget ${budget.firstLoadGzipBytes} B (${kb(budget.firstLoadGzipBytes)}` +
        ` = ${budget.factor} x floor ${budget.floor.firstLoadGzipBytes} B); ` +
        `files: ${firstLoad.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`,
    ).toBeLessThanOrEqual(budget.firstLoadGzipBytes);
    console.log(
      `first load ${firstLoad.gzip} B gzip (${kb(firstLoad.gzip)}), ` +
        `${(firstLoad.gzip / budget.floor.firstLoadGzipBytes).toFixed(2)} x floor; budget ${budget.firstLoadGzipBytes} B`,
    );
  });

  it.each(lazyModules)('loads %s lazily, outside the first load', (module) => {
    const view = analysis.lazy.find((v) => v.module.includes(module));
    expect(view, `${module} is not a dynamic import`).toBeDefined();
    expect(
      view!.inFirstLoad,
      `${module} is bundled into the first load (chunk: ${view!.chunk})`,
    ).toBe(false);
  });
});

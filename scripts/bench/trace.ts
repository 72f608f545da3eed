import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import {
  answerScenario,
  loadScenario,
  openApp,
} from '../../tests/e2e/helpers.ts';
import { buildWithManifest } from './build.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { serveDir } from './static-server.ts';

// npx tsx scripts/bench/trace.ts [--scenario=primary-cmv-optimal]
// Whose main-thread time an answer costs: one consult of the app and the
// floor app's eleven clicks, each under a Chromium trace, split into the
// test driver's work (Playwright's injected script, called over the
// DevTools protocol, and the protocol's own message handling) and the
// page's (its event handlers, rendering, style, layout, paint). The bench's
// "main-thread CPU per answer" counts both. Tracing slows every figure:
// read the split and the ratios, not the milliseconds.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TraceSplit {
  answers: number;
  /** Main-thread time per answer (top-level tasks), ms. */
  busy: number;
  /** Playwright's injected script (Runtime.callFunctionOn, no script URL). */
  driverScript: number;
  /** Protocol message handling outside any traced child. */
  protocol: number;
  /** The rest: the page's own work. */
  page: number;
}

function splitOf(events: TraceEvent[], answers: number): TraceSplit {
  const mainTid = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const spans = events
    .filter((e) => e.tid === mainTid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const end = (e: TraceEvent) => e.ts + e.dur!;
  let busy = 0;
  let driverScript = 0;
  let protocol = 0;
  const stack: TraceEvent[] = [];
  let driver: TraceEvent | null = null;
  for (const e of spans) {
    while (stack.length && end(stack.at(-1)!) <= e.ts) stack.pop();
    if (driver && end(driver) <= e.ts) driver = null;
    const parent = stack.at(-1);
    if (!parent) busy += e.dur!;
    // A mojo message's own time is what its children do not cover.
    if (e.name === 'Receive mojo message') protocol += e.dur!;
    if (parent?.name === 'Receive mojo message') protocol -= e.dur!;
    if (!driver && e.name === 'v8.callFunction' && !e.args?.data?.url) {
      driver = e;
      driverScript += e.dur!;
    }
    stack.push(e);
  }
  const perAnswer = (us: number) => Math.round(us / 100 / answers) / 10;
  return {
    answers,
    busy: perAnswer(busy),
    driverScript: perAnswer(driverScript),
    protocol: perAnswer(protocol),
    page: perAnswer(busy - driverScript - protocol),
  };
}

async function traced(
  dir: string,
  open: (page: Page, url: string) => Promise<void>,
  walk: (page: Page) => Promise<number>,
): Promise<TraceSplit> {
  const server = await serveDir(dir);
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-trace-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await open(page, server.url);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) =>
      events.push(...(e.value as unknown as TraceEvent[])),
    );
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8',
          'blink',
          'toplevel',
        ],
      },
      transferMode: 'ReportEvents',
    });
    const answers = await walk(page);
    await cdp.send('Tracing.end');
    await complete;
    return splitOf(events, answers);
  } finally {
    await context.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const scenario =
  process.argv
    .find((a) => a.startsWith('--scenario='))
    ?.slice('--scenario='.length) ?? 'primary-cmv-optimal';
const appDir = 'node_modules/.tmp/bench-app-trace';
const floorDir = 'node_modules/.tmp/bench-floor-trace';
await buildWithManifest({ outDir: appDir });
await buildWithManifest({ outDir: floorDir, root: 'bench/floor' });

const app = await traced(
  appDir,
  (page, url) => openApp(page, url),
  async (page) => {
    const asked = await answerScenario(page, loadScenario(scenario));
    await page.locator('article.summary--final').waitFor();
    return asked.length;
  },
);
const floor = await traced(
  floorDir,
  async (page, url) => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Answer' }).waitFor();
  },
  async (page) => {
    const messages = page.locator('.transcript li');
    for (let i = 1; i <= 11; i++) {
      await page.getByRole('button', { name: 'Answer' }).click();
      await messages.nth(i - 1).waitFor();
    }
    return 11;
  },
);

const rows: [string, keyof TraceSplit][] = [
  ['main-thread time per answer', 'busy'],
  ["  the driver's injected script", 'driverScript'],
  ["  the protocol's message handling", 'protocol'],
  ["  the page's own work", 'page'],
];
console.log(
  `traced: the app (${scenario}, ${app.answers} answers) and the floor (${floor.answers} clicks), ms per answer`,
);
for (const [label, key] of rows) {
  console.log(
    `${label.padEnd(36)} app ${String(app[key]).padStart(6)}  floor ${String(floor[key]).padStart(6)}  ratio ${(app[key] / floor[key]).toFixed(2)} x`,
  );
}

import { chromium } from 'playwright-core';
import { buildWithManifest } from './build.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { serveDir } from './static-server.ts';

// npx tsx scripts/bench/startup.ts [--cpu=4] [--runs=3]
// The start-up's main thread, app and floor (production builds, phone
// viewport, CPU slowdown): when the first contentful paint lands against the
// script downloads, and each long task (over 50 ms) after it with what it
// ran. Lighthouse's simulated LCP counts every script that finished before
// the observed first paint; its TBT counts the long tasks after it.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { requestId?: string; url?: string } };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(
    args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback,
  );
const cpu = option('cpu', 4);
const runs = option('runs', 3);

async function trace(url: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 2.625,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,loading,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.goto(url);
    await page.waitForTimeout(4000);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await browser.close();
  }
}

function summarize(events: TraceEvent[]) {
  const sent = events.filter((e) => e.name === 'ResourceSendRequest');
  const t0 = Math.min(...sent.map((e) => e.ts));
  const at = (ts: number) => Math.round((ts - t0) / 1000);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('no first contentful paint in the trace');
  const urls = new Map(
    sent.map((e) => [e.args?.data?.requestId, e.args?.data?.url ?? '']),
  );
  const scriptsDone = events
    .filter(
      (e) =>
        e.name === 'ResourceFinish' &&
        /\.js$/.test(urls.get(e.args?.data?.requestId) ?? ''),
    )
    .filter((e) => e.ts < fcp.ts).length;
  const main = events.find((e) => e.name === 'ParseHTML')?.tid;
  const tasks = events
    .filter(
      (e) => e.name === 'RunTask' && e.tid === main && (e.dur ?? 0) > 50_000,
    )
    .map((task) => {
      const inside = events
        .filter(
          (e) =>
            e.tid === main &&
            e.ph === 'X' &&
            e !== task &&
            e.ts >= task.ts &&
            e.ts < task.ts + task.dur! &&
            [
              'v8.evaluateModule',
              'FunctionCall',
              'Layout',
              'ParseHTML',
            ].includes(e.name),
        )
        .sort((a, b) => b.dur! - a.dur!)[0];
      return `${Math.round(task.dur! / 1000)} ms at ${at(task.ts)} (${inside?.name ?? '?'}${task.ts < fcp.ts ? ', before the paint' : ''})`;
    });
  const blocking = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.tid === main &&
        e.ts > fcp.ts &&
        (e.dur ?? 0) > 50_000,
    )
    .reduce((sum, e) => sum + e.dur! / 1000 - 50, 0);
  return {
    fcp: at(fcp.ts),
    scriptsDone,
    blocking: Math.round(blocking),
    tasks,
  };
}

for (const [name, root] of [
  ['app', undefined],
  ['floor', 'bench/floor'],
] as const) {
  const outDir = `node_modules/.tmp/bench-startup-${name}`;
  await buildWithManifest({ outDir, ...(root ? { root } : {}) });
  const server = await serveDir(outDir);
  try {
    for (let i = 0; i < runs; i++) {
      const s = summarize(await trace(server.url));
      console.log(
        `${name} ${cpu}x: first contentful paint at ${s.fcp} ms, ${s.scriptsDone} scripts loaded before it; ` +
          `blocking after it ${s.blocking} ms; long tasks: ${s.tasks.join(', ') || 'none'}`,
      );
    }
  } finally {
    await server.close();
  }
}

import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  measureAnswerToPaint,
  type AnswerPaintResult,
  type Spread,
} from './answer-paint.ts';
import { readBudget, writeBudget } from './budget.ts';
import { buildWithManifest } from './build.ts';
import { chromiumPath } from './chromium.ts';
import { analyzeBuild, type Transfer } from './first-load.ts';
import { consultsPerSecond, modelTestRun, pathGeneration } from './headless.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { serveDir } from './static-server.ts';
import { evaluateTargets, ratioRows } from './targets.ts';

// npm run bench [-- --skip=lighthouse,paint,node] [--only=paint] [--cpu=4] [--write-budget]
// --only=paint runs the answer-to-paint walk alone (no Lighthouse, no
// headless figures); --cpu= lists the CPU slowdowns it walks at (1,4).
const args = process.argv.slice(2);
const option = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(`--${name}=`.length)
    .split(',');
const parts = ['lighthouse', 'paint', 'node'];
const only = option('only');
const skip = new Set(
  only ? parts.filter((p) => !only.includes(p)) : (option('skip') ?? []),
);
const slowdowns = (option('cpu') ?? ['1', '4']).map(Number);
const appDir = 'node_modules/.tmp/bench-app';
const floorDir = 'node_modules/.tmp/bench-floor';
const reportPath = 'bench-results/report.json';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const brief = ({ files, ...t }: Transfer) => ({
  ...t,
  files: files.map((f) => `${f.file} ${f.raw} B raw, ${f.gzip} B gzip`),
});

// Other work on the machine moves every timing: the report says how busy it was.
const loadAtStart = loadavg().map((v) => Math.round(v * 100) / 100);
log('building the app and the floor (vite build, manifest)');
await buildWithManifest({ outDir: appDir });
await buildWithManifest({ outDir: floorDir, root: 'bench/floor' });
const app = analyzeBuild(appDir);
const floor = analyzeBuild(floorDir);
const ratio = app.firstLoad.gzip / floor.firstLoad.gzip;
const budget = args.includes('--write-budget')
  ? writeBudget(floor.firstLoad.gzip)
  : readBudget();

let lighthouse: Record<'app' | 'floor', LighthouseResult[]> | null = null;
let paint: AnswerPaintResult[] | null = null;
if (!skip.has('lighthouse') || !skip.has('paint')) {
  const appServer = await serveDir(appDir);
  const floorServer = await serveDir(floorDir);
  try {
    if (!skip.has('lighthouse')) {
      lighthouse = { app: [], floor: [] };
      for (const preset of ['mobile', 'desktop'] as const) {
        for (const [name, server] of [
          ['app', appServer],
          ['floor', floorServer],
        ] as const) {
          log(`lighthouse ${preset} ${name} (3 runs)`);
          lighthouse[name].push(await runLighthouse(server.url, preset, 3));
        }
      }
    }
    if (!skip.has('paint')) {
      paint = [];
      for (const cpuSlowdown of slowdowns) {
        log(`answer-to-paint, every scenario, CPU slowdown ${cpuSlowdown}x`);
        paint.push(await measureAnswerToPaint(appServer.url, { cpuSlowdown }));
        log(`answer-to-paint, floor app, CPU slowdown ${cpuSlowdown}x`);
        paint.push(
          await measureAnswerToPaint(floorServer.url, {
            cpuSlowdown,
            walk: 'floor',
          }),
        );
      }
    }
  } finally {
    await appServer.close();
    await floorServer.close();
  }
}

let headless = null;
if (!skip.has('node')) {
  log('headless consults (2 s), path generation, model.test.ts');
  headless = {
    consults: consultsPerSecond(2),
    pathGeneration: pathGeneration(),
    modelTest: modelTestRun(),
  };
}

const appPaint = (cpuSlowdown: number) =>
  paint?.find((p) => p.walk === 'app' && p.cpuSlowdown === cpuSlowdown);
const appMobile = lighthouse?.app.find((r) => r.preset === 'mobile')?.median;
const targets = evaluateTargets({
  firstLoadRatio: ratio,
  mobile: appMobile ?? null,
  answerToPaintP95Ms: appPaint(1)?.afterPaint.p95 ?? null,
  slow: appPaint(4)
    ? {
        toDomP95Ms: appPaint(4)!.toDom.p95,
        afterPaintP95Ms: appPaint(4)!.afterPaint.p95,
        eventTimingP95Ms: appPaint(4)!.eventTiming.p95,
      }
    : null,
  consultsPerSecond: headless?.consults.perSecond ?? null,
});

const floorPaint = (cpuSlowdown: number) =>
  paint?.find((p) => p.walk === 'floor' && p.cpuSlowdown === cpuSlowdown);
const pairOf = (
  cpuSlowdown: number,
  read: (p: AnswerPaintResult) => number,
) => {
  const a = appPaint(cpuSlowdown);
  const f = floorPaint(cpuSlowdown);
  return a && f ? { app: read(a), floor: read(f) } : null;
};
const ratios = ratioRows({
  firstLoad: { app: app.firstLoad.gzip, floor: floor.firstLoad.gzip },
  cpu: {
    1: pairOf(1, (p) => p.cpuPerAnswer.total),
    4: pairOf(4, (p) => p.cpuPerAnswer.total),
  },
  afterPaintP95: pairOf(4, (p) => p.afterPaint.p95),
  toDomP95: pairOf(4, (p) => p.toDom.p95),
  consultsPerSecond: headless?.consults.perSecond ?? null,
  modelTestMs: headless?.modelTest.fileMs ?? null,
  mobile: appMobile ?? null,
});

const report = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  environment: {
    node: process.version,
    loadAverage: {
      start: loadAtStart,
      end: loadavg().map((v) => Math.round(v * 100) / 100),
    },
    chromium: spawnSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
    }).stdout.trim(),
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
  },
  size: {
    note: 'bytes; gzip is zlib level 9; first load = index.html + its script/stylesheet/modulepreload tags + the entry chunk and its static imports (Vite manifest); a lazy view = its dynamic chunk + static imports not in the first load',
    app: {
      firstLoad: brief(app.firstLoad),
      lazy: app.lazy.map((v) => ({ ...brief(v), module: v.module })),
    },
    floor: { firstLoad: brief(floor.firstLoad) },
    firstLoadRatioGzip: Math.round(ratio * 100) / 100,
    firstLoadRatioRaw:
      Math.round((app.firstLoad.raw / floor.firstLoad.raw) * 100) / 100,
    budget: {
      ...budget,
      appFirstLoadGzipBytes: app.firstLoad.gzip,
      withinBudget: app.firstLoad.gzip <= budget.firstLoadGzipBytes,
      floorMatchesBudgetFile:
        floor.firstLoad.gzip === budget.floor.firstLoadGzipBytes,
    },
  },
  lighthouse: lighthouse && {
    version: '12.2.3',
    note: 'median of 3 runs per preset, each in a fresh headless Chromium; simulated throttling of the preset; served gzip from 127.0.0.1',
    ...lighthouse,
  },
  answerToPaint: paint,
  headless,
  targets,
  ratios,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

// The short table.
const rows: string[][] = [['figure', 'app', 'floor']];
rows.push([
  'first load, raw (JS+CSS+HTML)',
  kb(app.firstLoad.raw),
  kb(floor.firstLoad.raw),
]);
rows.push([
  'first load, gzip (JS+CSS+HTML)',
  `${kb(app.firstLoad.gzip)} (${ratio.toFixed(2)} x)`,
  kb(floor.firstLoad.gzip),
]);
for (const view of app.lazy) {
  rows.push([
    `lazy ${view.module.split('/').at(-1)}${view.module.includes('node_modules') ? ` (${view.module.split('node_modules/')[1]?.split('/dist')[0]})` : ''}, gzip`,
    `${kb(view.gzip)} (raw ${kb(view.raw)})`,
    '',
  ]);
}
rows.push([
  'budget (bench/budget.json), gzip',
  kb(budget.firstLoadGzipBytes),
  '',
]);
for (const preset of ['mobile', 'desktop'] as const) {
  const a = lighthouse?.app.find((r) => r.preset === preset)?.median;
  const f = lighthouse?.floor.find((r) => r.preset === preset)?.median;
  if (!a || !f) continue;
  const scores = (m: typeof a) =>
    `${m.performance} / ${m.accessibility} / ${m.bestPractices}`;
  const times = (m: typeof a) =>
    `${Math.round(m.fcpMs)} / ${Math.round(m.lcpMs)} / ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}`;
  rows.push([`LH ${preset} perf / a11y / best-pr.`, scores(a), scores(f)]);
  rows.push([`LH ${preset} FCP / LCP / TBT`, times(a), times(f)]);
}
for (const cpuSlowdown of slowdowns) {
  const a = appPaint(cpuSlowdown);
  const f = paint?.find(
    (p) => p.walk === 'floor' && p.cpuSlowdown === cpuSlowdown,
  );
  if (!a || !f) continue;
  const spread = (s: Spread) => `${s.p50} / ${s.p95} ms`;
  rows.push([
    `answer to paint, CPU ${cpuSlowdown}x, p50 / p95`,
    `${spread(a.afterPaint)} (n=${a.afterPaint.n})`,
    `${spread(f.afterPaint)} (n=${f.afterPaint.n})`,
  ]);
  rows.push([`  click to DOM p50 / p95`, spread(a.toDom), spread(f.toDom)]);
  const et = (p: AnswerPaintResult) =>
    `${p.eventTiming.p95}${p.eventTiming.p95 === '<16' ? '' : ' ms'} (${p.eventTiming.reported}/${p.answers} >= 16 ms)`;
  rows.push([`  Event Timing p95 (>=16 reported)`, et(a), et(f)]);
  const cpu = (p: AnswerPaintResult) =>
    `${p.cpuPerAnswer.total} (${p.cpuPerAnswer.script} / ${p.cpuPerAnswer.style} / ${p.cpuPerAnswer.layout}) ms`;
  rows.push([
    `  main-thread CPU / answer (script / style / layout)`,
    cpu(a),
    cpu(f),
  ]);
  // The slowest steps (by median answer to paint): what makes the p95.
  for (const q of a.byQuestion.slice(0, 3)) {
    rows.push([
      `  slowest: ${q.question} (n=${q.n}) to DOM / to paint p50`,
      `${q.toDomP50} / ${q.afterPaintP50} ms`,
      '',
    ]);
  }
}
if (headless) {
  rows.push(['headless consults / s', String(headless.consults.perSecond), '']);
  rows.push([
    'getShortestPaths (bench events)',
    `${headless.pathGeneration.medianMs} ms, ${headless.pathGeneration.paths} paths`,
    '',
  ]);
  rows.push([
    'model.test.ts (file / wall)',
    `${headless.modelTest.fileMs} / ${headless.modelTest.wallMs} ms`,
    '',
  ]);
}
/** Prints rows as columns, the first row as the heading. */
function printTable(table: string[][]) {
  const widths = table[0]!.map((_, i) =>
    Math.max(...table.map((r) => r[i]!.length)),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
}
printTable(rows);
// The answer-cost targets (issue 20): app, floor and ratio, same run.
console.log('\nanswer cost against the floor, this run');
printTable([
  ['figure', 'app', 'floor', 'ratio', 'target', ''],
  ...ratios.map((r) => [
    r.figure,
    r.app,
    r.floor,
    r.ratio,
    r.target,
    r.met === null ? 'not measured' : r.met ? 'met' : 'NOT MET',
  ]),
]);
console.log('\ntargets');
for (const t of targets) {
  const mark = t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET';
  console.log(`  ${mark.padEnd(12)} ${t.target}: ${t.figure}`);
}
if (!report.size.budget.floorMatchesBudgetFile) {
  console.log(
    `\nnote: the floor now measures ${floor.firstLoad.gzip} B gzip; bench/budget.json says ${budget.floor.firstLoadGzipBytes} B (npm run bench -- --write-budget)`,
  );
}
console.log(
  `\nload average (1, 5, 15 min) at start ${loadAtStart.join(', ')}, at end ${report.environment.loadAverage.end.join(', ')} on ${cpus().length} CPUs`,
);
console.log(`\nreport: ${reportPath}`);

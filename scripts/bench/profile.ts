import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { measureAnswerToPaint } from './answer-paint.ts';
import { buildWithManifest } from './build.ts';
import { hotspots, type CpuProfile, type Hotspot } from './cpu-profile.ts';
import { consultsPerSecond } from './headless.ts';
import { serveDir } from './static-server.ts';

// npm run bench:profile [-- --skip=browser,node] [--top=N]
// Where the time goes: CPU profiles of the answer-to-paint walk (an
// unminified build, 4x CPU slowdown) and of headless consults, with their
// hotspots. The .cpuprofile files open in Chromium DevTools (Performance).
const args = process.argv.slice(2);
const skip = new Set(
  args
    .find((a) => a.startsWith('--skip='))
    ?.slice('--skip='.length)
    .split(',') ?? [],
);
const top = Number(
  args.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 25,
);
const outDir = 'bench-results/profiles';
const log = (line: string) => process.stderr.write(`bench:profile: ${line}\n`);
mkdirSync(outDir, { recursive: true });

function print(
  title: string,
  profiles: CpuProfile[],
  only?: (url: string) => boolean,
) {
  for (const by of ['selfMs', 'totalMs'] as const) {
    const {
      sampledMs,
      busyMs,
      hotspots: rows,
    } = hotspots(profiles, { by, top, ...(only ? { only } : {}) });
    console.log(
      `\n${title}, by ${by === 'selfMs' ? 'self' : 'total'} time (busy ${busyMs} of ${sampledMs} ms sampled)`,
    );
    const width = Math.max(...rows.map((r: Hotspot) => r.fn.length));
    for (const r of rows) {
      console.log(
        `  ${r.fn.padEnd(width)}  self ${String(r.selfMs).padStart(7)}  total ${String(r.totalMs).padStart(7)}`,
      );
    }
  }
}

if (!skip.has('browser')) {
  const appDir = 'node_modules/.tmp/bench-app-profile';
  log('building the app unminified');
  await buildWithManifest({ outDir: appDir, minify: false });
  const server = await serveDir(appDir);
  try {
    log('answer-to-paint walk, every scenario, CPU slowdown 4x, profiled');
    const result = await measureAnswerToPaint(server.url, {
      cpuSlowdown: 4,
      profile: true,
    });
    const profiles = result.profiles ?? [];
    profiles.forEach((p, i) =>
      writeFileSync(`${outDir}/answers-4x-${i}.cpuprofile`, JSON.stringify(p)),
    );
    console.log(
      `answer to paint at 4x (profiler on, unminified): p50 ${result.afterPaint.p50} / p95 ${result.afterPaint.p95} ms; to DOM p95 ${result.toDom.p95} ms; ${result.answers} answers`,
    );
    // Only the app's own code and what it calls, not the test driver's
    // injected scripts (playwright's selector engine).
    print('browser, every scenario answered at 4x', profiles, (url) =>
      url.startsWith(server.url),
    );
  } finally {
    await server.close();
  }
}

if (!skip.has('node')) {
  log('headless consults for 2 s, profiled');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  consultsPerSecond(0.3);
  await session.post('Profiler.start');
  const rate = consultsPerSecond(2);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(`${outDir}/consults.cpuprofile`, JSON.stringify(profile));
  console.log(`\nheadless consults (profiler on): ${rate.perSecond} / s`);
  print('node, runConsult round-robin over the scenarios', [
    profile as CpuProfile,
  ]);
}
console.log(`\nprofiles: ${outDir}/`);

import { loadavg } from 'node:os';
import { consultsPerSecond } from './headless.ts';

// npx tsx scripts/bench/consults.ts [--runs=3] [--seconds=2]
// The headless part of `npm run bench` alone (no build, no browser): the
// consults-per-second figure, measured `runs` times, with their median and
// the load average (other work on the machine moves every figure).
const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
      fallback,
  );
const runs = option('runs', 3);
const seconds = option('seconds', 2);
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

console.log(`load average at start: ${load()}`);
const rates: number[] = [];
for (let run = 1; run <= runs; run++) {
  const rate = consultsPerSecond(seconds);
  rates.push(rate.perSecond);
  console.log(
    `run ${run}: ${rate.perSecond} consults/s (${rate.consults} in ${rate.seconds} s, ${rate.scenarios} scenarios)`,
  );
}
const sorted = [...rates].sort((a, b) => a - b);
console.log(
  `median of ${runs}: ${sorted[Math.floor(sorted.length / 2)]} consults/s; load average at end: ${load()}`,
);

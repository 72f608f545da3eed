import { readdirSync, readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';

// npx tsx scripts/bench/microsteps.ts [--runs=200]
// The machine's own work per headless consult, apart from runConsult's:
// each scenario's event log (runConsult(...).events) is replayed through a
// fresh actor, counting xstate's microsteps and timing the replay alone.
const runs = Number(
  process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 200,
);
const logs = readdirSync('tests/scenarios')
  .filter((f) => f.endsWith('.answers.json'))
  .sort()
  .map((f) => {
    const consult = runConsult(
      parseAnswersFile(
        JSON.parse(readFileSync(`tests/scenarios/${f}`, 'utf8')) as unknown,
      ),
    );
    return {
      name: f.replace('.answers.json', ''),
      events: consult.events,
      answers: consult.answers,
    };
  });

/** Microsteps to resume a finished consult from its answers (a file, a link). */
const resume = (answers: unknown) => {
  let microsteps = 0;
  const actor = createActor(workupMachine, {
    input: { audience: 'clinician', answers: answers as never },
    inspect: (ev) => {
      if (ev.type === '@xstate.microstep') microsteps++;
    },
  }).start();
  actor.stop();
  return microsteps;
};

const replay = (events: readonly unknown[], count: boolean) => {
  let microsteps = 0;
  const actor = createActor(workupMachine, {
    input: {},
    inspect: count
      ? (ev) => {
          if (ev.type === '@xstate.microstep') microsteps++;
        }
      : undefined,
  }).start();
  for (const event of events) actor.send(event as never);
  actor.stop();
  return microsteps;
};

let total = 0;
let sent = 0;
for (const { name, events } of logs) {
  const microsteps = replay(events, true);
  total += microsteps;
  sent += events.length;
  console.log(`${name}: ${events.length} events, ${microsteps} microsteps`);
}
console.log(
  `all ${logs.length} scenarios: ${sent} events, ${total} microsteps (${(total / logs.length).toFixed(1)} per consult)`,
);
const resumed = logs.map((l) => resume(l.answers));
console.log(
  `resuming a finished consult from its answers: ${resumed.join(', ')} microsteps`,
);
for (let i = 0; i < 20; i++) for (const l of logs) replay(l.events, false);
const start = performance.now();
for (let i = 0; i < runs; i++) for (const l of logs) replay(l.events, false);
const ms = performance.now() - start;
console.log(
  `event-log replays (machine only): ${Math.round((runs * logs.length * 1000) / ms)} consults/s over ${runs * logs.length} replays`,
);

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { getShortestPaths } from 'xstate/graph';
import {
  parseAnswersFile,
  runConsult,
  type AnswersFile,
} from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { ConsultEvent } from '../../machines/consult.ts';

function scenarioFiles(): AnswersFile[] {
  return readdirSync('tests/scenarios')
    .filter((f) => f.endsWith('.answers.json'))
    .sort()
    .map((f) =>
      parseAnswersFile(
        JSON.parse(readFileSync(`tests/scenarios/${f}`, 'utf8')) as unknown,
      ),
    );
}

export interface ConsultRate {
  scenarios: number;
  consults: number;
  seconds: number;
  perSecond: number;
}

/**
 * Headless consults (runConsult) per second, round-robin over the scenario
 * answers files, for about `seconds` after a short warm-up.
 */
export function consultsPerSecond(seconds = 2): ConsultRate {
  const files = scenarioFiles();
  const runFor = (ms: number) => {
    let consults = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      runConsult(files[consults % files.length]!);
      consults++;
      now = performance.now();
    }
    return { consults, ms: now - start };
  };
  runFor(300);
  const { consults, ms } = runFor(seconds * 1000);
  return {
    scenarios: files.length,
    consults,
    seconds: Math.round(ms) / 1000,
    perSecond: Math.round((consults * 1000) / ms),
  };
}

export interface PathGeneration {
  /** The bench's own event set: every distinct answer the scenarios send. */
  events: number;
  paths: number;
  /** Median of `repeats` getShortestPaths calls. */
  medianMs: number;
  repeats: number;
}

/**
 * Times `getShortestPaths` over the workup machine with the distinct answer
 * events of the scenarios and a state-value serialization. This is not the
 * event set of tests/machines/model.test.ts (that one is not exported).
 */
export function pathGeneration(repeats = 5): PathGeneration {
  const seen = new Map<string, ConsultEvent>();
  for (const file of scenarioFiles()) {
    for (const audience of ['clinician', 'learner'] as const) {
      for (const event of runConsult(file, audience).events) {
        seen.set(JSON.stringify(event), event);
      }
    }
  }
  const events = [...seen.values()];
  const times: number[] = [];
  let paths = 0;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    paths = getShortestPaths(workupMachine, {
      events,
      serializeState: (snapshot) =>
        JSON.stringify([snapshot.value, snapshot.context.editing]),
      input: {},
    }).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    events: events.length,
    paths,
    medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    repeats,
  };
}

export interface ModelTestRun {
  passed: boolean;
  /**
   * Vitest's own duration for the file, as its default reporter prints it:
   * the hooks (the path traversal, in a beforeAll) and the tests.
   */
  fileMs: number;
  /** Wall time of the whole `vitest run` process. */
  wallMs: number;
}

/** Runs tests/machines/model.test.ts alone and times it. */
export function modelTestRun(): ModelTestRun {
  const outputFile = 'node_modules/.tmp/bench-model-test.json';
  const start = performance.now();
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'node',
      'tests/machines/model.test.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  const wallMs = Math.round(performance.now() - start);
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as {
      success: boolean;
    };
    // The JSON report's file times leave the hooks out.
    const printed = /model\.test\.ts \(\d+ tests?\) (\d+)ms/.exec(run.stdout);
    return {
      passed: run.status === 0 && report.success,
      fileMs: printed ? Number(printed[1]) : Number.NaN,
      wallMs,
    };
  } catch {
    throw new Error(`vitest model.test.ts did not report: ${run.stderr}`);
  } finally {
    rmSync(outputFile, { force: true });
  }
}

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import {
  answerScenario,
  loadScenario,
  openApp,
} from '../../tests/e2e/helpers.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import type { CpuProfile } from './cpu-profile.ts';

/** Percentiles of a sample in ms. */
export interface Spread {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface AnswerPaintResult {
  /** Which page was walked: the app, or the floor app's one click -> one message. */
  walk: 'app' | 'floor';
  /** CPU slowdown applied through DevTools (1 = this machine). */
  cpuSlowdown: number;
  consults: number;
  answers: number;
  /** Click (event.timeStamp) to the new message in the DOM: the app's own work. */
  toDom: Spread;
  /** Click (event.timeStamp) to the first task after the next frame that shows the new message (rAF + MessageChannel). */
  afterPaint: Spread;
  /** The same, ending at the second requestAnimationFrame (overstates by up to a frame). */
  doubleRaf: Spread;
  /**
   * Event Timing API: click entries on buttons (processing + presentation,
   * 8 ms granularity). Chromium only reports entries of 16 ms or more, so
   * `reported` of `answers` clicks reached 16 ms; the rest were faster.
   */
  eventTiming: { reported: number; durations: number[]; p95: number | '<16' };
  /**
   * Main-thread CPU time per answer (DevTools Performance metrics in thread
   * ticks, from a consult's first answer to its last message, divided by
   * the answers): less sensitive to other load on the machine than the
   * timings above. Includes the test driver's injected scripts.
   */
  cpuPerAnswer: CpuPerAnswer;
  /** With `profile`: one CPU profile per consult (from the first answer to the summary). */
  profiles?: CpuProfile[];
  /**
   * Per question answered (the composer's question at the click; 'floor' in
   * the floor walk): how many answers and their median click to DOM and
   * answer to paint, slowest first. Says which steps make the p95.
   */
  byQuestion: {
    question: string;
    n: number;
    toDomP50: number;
    afterPaintP50: number;
  }[];
}

/** Main-thread CPU ms per answer, by kind (DevTools Performance metrics). */
export interface CpuPerAnswer {
  /** Main-thread CPU time (`ThreadTime`). */
  total: number;
  script: number;
  style: number;
  layout: number;
}

const cpuMetrics = {
  total: 'ThreadTime',
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
} as const;

interface PageSamples {
  /** The question each timed answer answered, in the order of `toDom`. */
  questions: string[];
  toDom: number[];
  afterPaint: number[];
  doubleRaf: number[];
  buttonClicks: number;
  eventDurations: number[];
}

/** Runs in the page before the app: times each click to the next message painted. */
function instrument() {
  const buttonClickTimes = new Set<number>();
  const samples: PageSamples = {
    questions: [],
    toDom: [],
    afterPaint: [],
    doubleRaf: [],
    buttonClicks: 0,
    eventDurations: [],
  };
  (window as unknown as { __bench: PageSamples }).__bench = samples;
  let clickedAt: number | null = null;
  let question = 'floor';
  document.addEventListener(
    'click',
    (event) => {
      // Checkbox and radio clicks set this too; the submit click that follows
      // overwrites it, and only a new message ends a measurement.
      clickedAt = event.timeStamp;
      question =
        (event.target as Element | null)
          ?.closest?.('section.composer')
          ?.getAttribute('data-question') ?? 'floor';
      if ((event.target as Element | null)?.closest?.('button')) {
        samples.buttonClicks++;
        buttonClickTimes.add(event.timeStamp);
      }
    },
    true,
  );
  const isMessage = (record: MutationRecord) =>
    [...record.addedNodes].some(
      (node) =>
        node instanceof Element &&
        (node.closest('.transcript') !== null ||
          node.matches('.summary--final') ||
          node.querySelector('.summary--final') !== null),
    );
  new MutationObserver((records) => {
    if (clickedAt === null || !records.some(isMessage)) return;
    const start = clickedAt;
    clickedAt = null;
    samples.toDom.push(performance.now() - start);
    samples.questions.push(question);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () =>
        samples.afterPaint.push(performance.now() - start);
      channel.port2.postMessage(null);
      requestAnimationFrame(() =>
        samples.doubleRaf.push(performance.now() - start),
      );
    });
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEventTiming & {
      interactionId?: number;
    })[]) {
      // entry.target is null once React has removed the button, so match the
      // entry to a button click by its start time (the event's timeStamp).
      if (
        entry.name === 'click' &&
        entry.interactionId &&
        buttonClickTimes.has(entry.startTime)
      ) {
        samples.eventDurations.push(entry.duration);
      }
    }
  }).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  } as PerformanceObserverInit);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

async function collect(page: Page): Promise<PageSamples> {
  // Let the last frame and any late Event Timing entries land.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
  return page.evaluate(
    () => (window as unknown as { __bench: PageSamples }).__bench,
  );
}

/** One consult of a walk: open the page, then answer (resolves to the answers given). */
interface Consult {
  open: (page: Page, baseURL: string) => Promise<void>;
  answer: (page: Page) => Promise<number>;
}

/** The app: every scenario in tests/scenarios, answered through the UI. */
function appConsults(): Consult[] {
  return readdirSync('tests/scenarios')
    .filter((f) => f.endsWith('.answers.json'))
    .map((f) => f.replace(/\.answers\.json$/, ''))
    .sort()
    .map((name) => ({
      open: (page, baseURL) => openApp(page, baseURL),
      answer: async (page) => {
        const asked = await answerScenario(page, loadScenario(name));
        await page.locator('article.summary--final').waitFor();
        return asked.length;
      },
    }));
}

/**
 * The floor app's equivalent (bench/floor): one click, one new message in
 * the transcript; as many consults and clicks as the app's walk has.
 */
function floorConsults(consults = 7, answers = 11): Consult[] {
  return Array.from({ length: consults }, () => ({
    open: async (page, baseURL) => {
      await page.goto(baseURL);
      await page.getByRole('button', { name: 'Answer' }).waitFor();
    },
    answer: async (page) => {
      const answer = page.getByRole('button', { name: 'Answer' });
      const messages = page.locator('.transcript li');
      for (let i = 1; i <= answers; i++) {
        await answer.click();
        await messages.nth(i - 1).waitFor();
      }
      return answers;
    },
  }));
}

/**
 * Answers every scenario in tests/scenarios through the UI (by role and
 * label, with the e2e helpers) in headless Chromium, and times each answer
 * to the next message painted. `walk: 'floor'` times the floor app's one
 * click -> one message instead (serve bench/floor's build at `baseURL`).
 *
 * @example
 * const result = await measureAnswerToPaint('http://127.0.0.1:4173/');
 */
export async function measureAnswerToPaint(
  baseURL: string,
  {
    cpuSlowdown = 1,
    rounds = 1,
    profile = false,
    walk = 'app',
  }: {
    cpuSlowdown?: number;
    rounds?: number;
    profile?: boolean;
    walk?: 'app' | 'floor';
  } = {},
): Promise<AnswerPaintResult> {
  const consultsToRun = walk === 'app' ? appConsults() : floorConsults();
  const profileDir = mkdtempSync(join(tmpdir(), 'fhc-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1280, height: 900 },
  });
  const all: PageSamples = {
    questions: [],
    toDom: [],
    afterPaint: [],
    doubleRaf: [],
    buttonClicks: 0,
    eventDurations: [],
  };
  let consults = 0;
  let answers = 0;
  const profiles: CpuProfile[] = [];
  const cpuSeconds: CpuPerAnswer = { total: 0, script: 0, style: 0, layout: 0 };
  try {
    // tsx (esbuild keepNames) wraps functions in __name(), absent in the page.
    await context.addInitScript({
      content: `var __name = (f) => f; (${instrument.toString()})();`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const readCpu = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) =>
        metrics.find((m) => m.name === name)?.value ?? 0;
      return Object.fromEntries(
        Object.entries(cpuMetrics).map(([k, name]) => [k, value(name)]),
      ) as Record<keyof CpuPerAnswer, number>;
    };
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    for (let round = 0; round < rounds; round++) {
      for (const [i, consult] of consultsToRun.entries()) {
        await consult.open(page, baseURL);
        if (profile) await cdp.send('Profiler.start');
        const cpuBefore = await readCpu();
        const asked = await consult.answer(page);
        const cpuAfter = await readCpu();
        for (const k of Object.keys(cpuMetrics) as (keyof CpuPerAnswer)[]) {
          cpuSeconds[k] += cpuAfter[k] - cpuBefore[k];
        }
        if (profile) {
          const { profile: p } = await cdp.send('Profiler.stop');
          profiles.push(p as CpuProfile);
        }
        const samples = await collect(page);
        if (samples.afterPaint.length !== asked) {
          throw new Error(
            `${walk} consult ${i}: ${asked} answers but ${samples.afterPaint.length} messages timed`,
          );
        }
        consults++;
        answers += asked;
        all.questions.push(...samples.questions);
        all.toDom.push(...samples.toDom);
        all.afterPaint.push(...samples.afterPaint);
        all.doubleRaf.push(...samples.doubleRaf);
        all.buttonClicks += samples.buttonClicks;
        all.eventDurations.push(...samples.eventDurations);
      }
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const durations = [...all.eventDurations].sort((a, b) => a - b);
  const byQuestion = [...new Set(all.questions)]
    .map((question) => {
      const at = all.questions.flatMap((q, i) => (q === question ? [i] : []));
      return {
        question,
        n: at.length,
        toDomP50: spreadOf(at.map((i) => all.toDom[i]!)).p50,
        afterPaintP50: spreadOf(at.map((i) => all.afterPaint[i]!)).p50,
      };
    })
    .sort((a, b) => b.afterPaintP50 - a.afterPaintP50);
  // Unreported clicks were under 16 ms: they sort first.
  const p95Index = Math.ceil(0.95 * all.buttonClicks) - 1;
  const firstReported = all.buttonClicks - durations.length;
  return {
    walk,
    cpuSlowdown,
    consults,
    answers,
    toDom: spreadOf(all.toDom),
    afterPaint: spreadOf(all.afterPaint),
    doubleRaf: spreadOf(all.doubleRaf),
    eventTiming: {
      reported: durations.length,
      durations,
      p95:
        p95Index < firstReported ? '<16' : durations[p95Index - firstReported]!,
    },
    cpuPerAnswer: Object.fromEntries(
      Object.entries(cpuSeconds).map(([k, seconds]) => [
        k,
        Math.round((seconds * 10000) / answers) / 10,
      ]),
    ) as unknown as CpuPerAnswer,
    byQuestion,
    ...(profile ? { profiles } : {}),
  };
}

import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium.ts';

export type Preset = 'mobile' | 'desktop';

/** One Lighthouse run's scores (0-100) and metrics (ms; CLS unitless). */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Accessibility and best-practices audits that did not pass. */
  failedAudits: string[];
}

export interface LighthouseResult {
  preset: Preset;
  runs: LighthouseFigures[];
  /** Per-figure median over the runs. */
  median: Omit<LighthouseFigures, 'failedAudits'>;
  /** Every audit that failed in at least one run. */
  failedAudits: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function runOnce(
  url: string,
  preset: Preset,
): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) {
      throw new Error(
        `Lighthouse: ${runtimeError.code} ${runtimeError.message}`,
      );
    }
    const score = (id: string) =>
      Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => {
      const value = audits[id]?.numericValue;
      if (value === undefined)
        throw new Error(`Lighthouse audit ${id} has no value`);
      return value;
    };
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failedAudits: ['accessibility', 'best-practices'].flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => {
            const s = audits[ref.id]?.score;
            return ref.weight > 0 && s !== null && s !== undefined && s < 1;
          })
          .map((ref) => `${id}/${ref.id}`),
      ),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse 12 (simulated throttling of the preset) `runs` times, each in a
 * fresh headless Chromium, and the per-figure median.
 *
 * @example
 * const { median } = await runLighthouse('http://127.0.0.1:4173/', 'mobile');
 */
export async function runLighthouse(
  url: string,
  preset: Preset,
  runs = 3,
): Promise<LighthouseResult> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url, preset));
  const pick = (key: Exclude<keyof LighthouseFigures, 'failedAudits'>) =>
    median(results.map((r) => r[key]));
  return {
    preset,
    runs: results,
    failedAudits: [...new Set(results.flatMap((r) => r.failedAudits))].sort(),
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
    },
  };
}

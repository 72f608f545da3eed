import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { labelOf, type Audience } from '../../content/index.ts';
import {
  eventFor,
  parseAnswersFile,
  type AnswersFile,
} from '../../machines/consult.ts';
import type { QuestionId } from '../../machines/workup.types.ts';

import { chromiumFlags, chromiumPath } from '../../scripts/bench/chromium.ts';

export interface BrowserSession {
  context: BrowserContext;
  baseURL: string;
  /** A new page with every request URL recorded. */
  newPage: (options?: { width?: number; height?: number }) => Promise<{
    page: Page;
    requests: string[];
  }>;
  close: () => Promise<void>;
}

/**
 * Starts Debian's Chromium headless with a fresh profile; the app's URL
 * comes from the e2e global setup (`inject('baseURL')`).
 *
 * @example
 * const browser = await startBrowser();
 * const { page } = await browser.newPage();
 * await openApp(page, browser.baseURL);
 */
export async function startBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'fhc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1280, height: 900 },
  });
  const baseURL = inject('baseURL');
  return {
    context,
    baseURL,
    newPage: async ({ width = 1280, height = 900 } = {}) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      return { page, requests };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for the test file: started before its tests, closed after.
 * The session's fields are filled in when it has started.
 *
 * @example
 * const browser = browserForFile();
 * it('...', async () => { const { page } = await browser.newPage(); });
 */
export function browserForFile(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await startBrowser());
  });
  afterAll(() => session.close());
  return session;
}

/** Opens the app with an empty saved session. */
export async function openApp(page: Page, baseURL: string, fresh = true) {
  await page.goto(baseURL);
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  // The first screen is prerendered HTML: wait until React has taken over.
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

export function loadScenario(name: string): AnswersFile {
  return parseAnswersFile(
    JSON.parse(
      readFileSync(`tests/scenarios/${name}.answers.json`, 'utf8'),
    ) as unknown,
  );
}

export const composer = (page: Page) => page.locator('section.composer');

/** The question the composer is asking, or null (summary or nothing). */
export async function currentQuestionId(
  page: Page,
): Promise<QuestionId | null> {
  const c = composer(page);
  if ((await c.count()) === 0) return null;
  return (await c.getAttribute('data-question')) as QuestionId | null;
}

/** Answers the composer's current question from an answers file, as a user. */
export async function answerQuestion(
  page: Page,
  question: QuestionId,
  file: AnswersFile,
  audience: Audience = 'clinician',
  { double = false }: { double?: boolean } = {},
) {
  const c = composer(page);
  const option = (id: string) => labelOf(`option.${id}` as never, audience);
  // `double`: the button that sends the answer is double-clicked.
  const click = (name: string) => {
    const button = c.getByRole('button', { name, exact: true });
    return double ? button.dblclick() : button.click();
  };
  const event = eventFor(question, file, audience);
  switch (event.type) {
    case 'intake.audienceSelected':
      return click(option(event.audience));
    case 'intake.gestationalAgeEntered':
    case 'serology.infectionTimingEntered': {
      if (event.weeks === null) return click(option('unknown'));
      await c.getByRole('textbox').fill(String(event.weeks));
      return click('Continue');
    }
    case 'examination.findingsEntered': {
      if (typeof event.findings === 'string')
        return click(option(event.findings));
      if (event.findings.length === 0) {
        await c
          .getByRole('checkbox', {
            name: 'None besides the liver calcifications',
          })
          .check();
      }
      for (const f of event.findings) {
        await c
          .getByRole('checkbox', {
            name: labelOf(`finding.${f}`, audience),
            exact: true,
          })
          .check();
      }
      return click('Confirm findings');
    }
    case 'examination.headSizeEntered':
      return click(labelOf(`head-size.${event.headSize}`, audience));
    case 'serology.storchEntered':
    case 'serology.parvovirusEntered': {
      for (const [test, result] of Object.entries(event.results)) {
        await c
          .getByRole('group', {
            name: labelOf(`serology.${test}` as never, audience),
            exact: true,
          })
          .getByRole('radio', { name: option(result as string), exact: true })
          .check();
      }
      return click('Confirm results');
    }
    case 'serology.avidityEntered':
      return click(option(event.avidity));
    case 'genetics.diagnosisEntered':
      return click(labelOf(`diagnosis.${event.diagnosis}`, audience));
    case 'genetics.microarrayEntered':
    case 'genetics.karyotypeEntered':
    case 'genetics.cfScreeningEntered':
    case 'specialized.cmvPcrEntered':
    case 'specialized.mcaDopplerEntered':
    case 'specialized.mriEntered':
      return click(option(event.result));
    default:
      throw new Error(
        `answerQuestion: ${event.type} is not an interview answer`,
      );
  }
}

/** Waits until the composer asks something other than `question`. */
export async function waitForNext(page: Page, question: QuestionId | null) {
  await page.waitForFunction((q) => {
    const el = document.querySelector('section.composer');
    const summary = document.querySelector('#final-summary-title');
    return (
      summary !== null ||
      (el !== null && el.getAttribute('data-question') !== q)
    );
  }, question);
}

/**
 * Answers every question the app asks from an answers file until the
 * summary shows (or `until` is asked). Returns the questions asked.
 *
 * @example
 * await answerScenario(page, loadScenario('isolated-negative-workup'));
 */
export async function answerScenario(
  page: Page,
  file: AnswersFile,
  {
    audience = 'clinician',
    until,
    onQuestion,
  }: {
    audience?: Audience;
    until?: QuestionId;
    onQuestion?: (question: QuestionId) => Promise<void>;
  } = {},
): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let i = 0; i < 30; i++) {
    const question = await currentQuestionId(page);
    if (!question || question === until) return asked;
    await onQuestion?.(question);
    asked.push(question);
    await answerQuestion(page, question, file, audience);
    await waitForNext(page, question);
  }
  throw new Error(`The consult did not finish: ${asked.join(', ')}`);
}

/** The text of the final summary. */
export async function summaryText(page: Page): Promise<string> {
  return page.locator('article.summary--final').innerText();
}

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core (WCAG 2.0-2.2 A/AA and best practices) on the page; returns the violations. */
export async function axeViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The app's CSP forbids inline scripts, so addScriptTag({ content })
    // is refused; DevTools evaluation is not subject to the page's CSP.
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: [
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
          'wcag22aa',
          'best-practice',
        ],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }));
  });
}

/**
 * The text of the final summary's item (test or cause, the first with a
 * status) with this label; the folded causes are unfolded to read it.
 */
export async function summaryItem(page: Page, label: string): Promise<string> {
  await page.evaluate(() => {
    for (const fold of document.querySelectorAll<HTMLDetailsElement>(
      'article.summary--final details.summary__fold',
    ))
      fold.open = true;
  });
  return page
    .locator('article.summary--final li.item')
    .filter({
      // The label as written (a test's label may hold parentheses).
      has: page.locator('.item__label', {
        hasText: new RegExp(
          `^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ),
      }),
    })
    .filter({ has: page.locator('.item__head .badge') })
    .first()
    .innerText();
}

/**
 * Once the service worker is active and the first load's lazy chunks are
 * in, goes offline and reloads. Returns the worker's state before going
 * offline and the list of responses not served by the worker (and failed
 * requests), which an offline page should leave empty. The caller goes
 * back online (`context.setOffline(false)`) when done.
 */
export async function reloadOffline(session: BrowserSession, page: Page) {
  const workerState = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state ?? null;
  });
  // Lazy chunks fetched after first paint must be in before the connection
  // goes, or going offline aborts them.
  await page.waitForLoadState('networkidle');
  const fromNetwork: string[] = [];
  await session.context.setOffline(true);
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  page.on('requestfailed', (r) => fromNetwork.push(`failed ${r.url()}`));
  await page.reload();
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  return { workerState, fromNetwork };
}

/**
 * Opens the summary's one menu of actions (print, copy, export), when it is
 * closed: the actions are inside it.
 */
export async function openSummaryMenu(scope: Page | Locator) {
  const menu = scope.locator('details.summary__actions').first();
  if ((await menu.getAttribute('open')) === null)
    await menu.locator(':scope > summary').click();
}

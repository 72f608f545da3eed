import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { labelOf } from '../../content/index.ts';
import { runConsult } from '../../machines/consult.ts';
import { toAnswersFile } from '../../machines/answers-export.ts';
import { questionAnsweredBy } from '../../machines/rules/answers.ts';
import { isAnswerEventType } from '../../machines/questions.ts';
import type { AnswerEvent } from '../../machines/workup.types.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import {
  answerQuestion,
  answerScenario,
  axeViolations,
  composer,
  currentQuestionId,
  loadScenario,
  openApp,
  browserForFile,
  summaryText,
  waitForNext,
  summaryItem,
} from './helpers.ts';

const browser = browserForFile();

const item = summaryItem;

async function consult(name: string) {
  const { page, requests } = await browser.newPage();
  await openApp(page, browser.baseURL);
  await answerScenario(page, loadScenario(name));
  await page.locator('#final-summary-title').waitFor();
  return { page, requests };
}

describe('full consults of the worked scenarios', () => {
  it('isolated calcifications with a negative workup', async () => {
    const { page } = await consult('isolated-negative-workup');
    const text = await summaryText(page);
    expect(text).toMatch(/Classification\s+Isolated/);
    expect(await item(page, 'Serial ultrasound')).toMatch(/Recommended/i);
    expect(await item(page, 'CMV')).toMatch(/Excluded/i);
    await page.close();
  });

  it('primary CMV at 23 weeks, 8 weeks after infection: CMV PCR recommended', async () => {
    const { page } = await consult('primary-cmv-optimal');
    expect(await item(page, 'Amniotic-fluid CMV PCR')).toMatch(
      /Recommended[\s\S]*23 weeks of pregnancy, 8 weeks since maternal infection/i,
    );
    expect(await item(page, 'CMV')).toMatch(/Supported/i);
    await page.close();
  });

  it('primary CMV before 21 weeks: CMV PCR not yet optimal, with when', async () => {
    const { page } = await consult('primary-cmv-before-21-weeks');
    const pcr = await item(page, 'Amniotic-fluid CMV PCR');
    expect(pcr).toMatch(/Not yet optimal/i);
    expect(pcr).toMatch(/When:/);
    await page.close();
  });

  it('parvovirus IgM positive with hydrops: MCA-PSV Doppler recommended', async () => {
    const { page } = await consult('parvovirus-hydrops');
    expect(await item(page, 'MCA-PSV Doppler')).toMatch(
      /Recommended[\s\S]*Parvovirus infection confirmed/i,
    );
    expect(await item(page, 'Parvovirus B19')).toMatch(/Supported/i);
    expect(await summaryText(page)).toMatch(/hydrops/i);
    await page.close();
  });

  it('gives the same summary as the headless consult for the same answers', async () => {
    const file = loadScenario('primary-cmv-before-21-weeks');
    const { page } = await consult('primary-cmv-before-21-weeks');
    const stored = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('fhc-workup:v1') ?? 'null') as {
          answers: unknown;
        },
    );
    const headless = runConsult(file);
    // The session is saved as the answers file of the same answers.
    expect(stored.answers).toEqual(
      toAnswersFile(headless.answers, 'clinician'),
    );
    expect(buildSummary(headless.answers as never, 'clinician')).toEqual(
      headless.summary,
    );
    // What the page shows: the classification and each test's status.
    const text = await summaryText(page);
    expect(text).toContain(
      labelOf(`classification.${headless.summary.classification}`, 'clinician'),
    );
    // Tests not indicated sit in a collapsed list; the others are shown.
    for (const t of headless.summary.tests.filter(
      (t) => t.status !== 'not-indicated',
    )) {
      const shown = await item(page, labelOf(`test.${t.id}`, 'clinician'));
      const words: Record<string, RegExp> = {
        recommended: /Recommended/i,
        'not-yet-optimal': /Not yet optimal/i,
        pending: /Result awaited/i,
        repeat: /Repeat/i,
        done: /Done/i,
        'not-indicated': /Not indicated/i,
        optional: /Optional/i,
        // REVIEW.md third review, "After-birth steps".
        'after-birth': /After birth/i,
      };
      expect(shown, t.id).toMatch(words[t.status]!);
    }
    await page.close();
  });

  it('toxoplasmosis pattern: IgM to confirm at a reference laboratory', async () => {
    const { page } = await consult('toxoplasmosis-pattern');
    const toxo = await item(page, 'Toxoplasmosis');
    expect(toxo).toMatch(/Possible/i);
    expect(toxo).toMatch(/reference laboratory/i);
    await page.close();
  });

  it('trisomy with a cardiac defect', async () => {
    const { page } = await consult('aneuploidy-cardiac-defect');
    const text = await summaryText(page);
    expect(text).toMatch(/Classification\s+Associated/);
    expect(await item(page, 'Trisomy 13')).toMatch(/Supported/i);
    await page.close();
  });

  it('hydrops with negative infections', async () => {
    const { page } = await consult('hydrops-negative-infections');
    expect(await summaryText(page)).toMatch(/Classification\s+Associated/);
    expect(await item(page, 'Parvovirus B19')).toMatch(/Excluded/i);
    expect(await summaryText(page)).toMatch(/hydrops/i);
    await page.close();
  });
});

describe('one click is one answer', () => {
  const savedAnswers = (page: Page) =>
    page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('fhc-workup:v1') ?? 'null') as {
            answers: unknown;
          } | null
        )?.answers ?? null,
    );

  it.each([
    'aneuploidy-cardiac-defect',
    'primary-cmv-optimal',
    'hydrops-negative-infections',
  ])(
    'double-clicking every answer records exactly one answer per double-click (%s)',
    async (name) => {
      const file = loadScenario(name);
      const { events, answers } = runConsult(file);
      // The answers after each event, as one click each would record them.
      const actor = createActor(workupMachine, { input: {} }).start();
      const expected = events.map((event) => {
        actor.send(event);
        return actor.getSnapshot().context.answers;
      });
      actor.stop();

      const { page } = await browser.newPage();
      await openApp(page, browser.baseURL);
      for (const [i, event] of events.entries()) {
        // These scenarios record every result on the path the UI asks.
        if (!isAnswerEventType(event.type))
          throw new Error(`unexpected ${event.type}`);
        const question = await currentQuestionId(page);
        expect(question).toBe(questionAnsweredBy(event as AnswerEvent));
        await answerQuestion(page, question!, file, 'clinician', {
          double: true,
        });
        await waitForNext(page, question);
        expect(await savedAnswers(page)).toEqual(
          toAnswersFile(expected[i]!, 'clinician'),
        );
      }
      await page.locator('#final-summary-title').waitFor();
      expect(await savedAnswers(page)).toEqual(
        toAnswersFile(answers, 'clinician'),
      );
      // The second click of the last answer pressed nothing in the summary.
      expect(await page.getByText('Changing an earlier answer').count()).toBe(
        0,
      );
      await page.close();
    },
  );
});

describe('two tabs', () => {
  it('a tab is told when another tab changes the consult, not when it just opens it', async () => {
    const file = loadScenario('isolated-negative-workup');
    const a = await browser.newPage();
    await openApp(a.page, browser.baseURL);
    await answerScenario(a.page, file, { until: 'findings' });
    const b = await browser.newPage();
    await openApp(b.page, browser.baseURL, false);
    // The saved consult is read by the answers file's reader, which loads
    // on demand: the question appears once it has.
    await expect
      .poll(() => currentQuestionId(b.page), { timeout: 10_000 })
      .toBe('findings');
    expect(await a.page.locator('.other-tab').count()).toBe(0);
    await answerScenario(b.page, file, { until: 'storch' });
    const notice = a.page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/changed in another tab/i);
    await a.page
      .getByRole('button', { name: "Show the other tab's answers" })
      .click();
    // The other tab's save is read (lazily, by the answers file's reader)
    // before this tab moves to its question.
    await expect
      .poll(() => currentQuestionId(a.page), { timeout: 10_000 })
      .toBe('storch');
    await a.page.close();
    await b.page.close();
  });
});

describe('editing, resuming, broken sessions', () => {
  it('edits an earlier answer: shows what will be cleared, then clears it', async () => {
    const { page } = await consult('primary-cmv-optimal');
    await page.getByRole('button', { name: 'Edit STORCH serology' }).click();
    await composer(page)
      .getByRole('group', { name: 'CMV IgM', exact: true })
      .getByRole('radio', { name: 'Negative', exact: true })
      .check();
    await page.getByRole('button', { name: 'Confirm results' }).click();
    const warning = page.getByRole('alertdialog');
    // The avidity is a result and is kept; the timing is cleared.
    await expect(warning.innerText()).resolves.toMatch(/maternal infection/i);
    await expect(warning.innerText()).resolves.not.toMatch(/CMV IgG avidity/);
    await page.getByRole('button', { name: 'Apply change and clear' }).click();
    await page.locator('#final-summary-title').waitFor();
    expect(await page.getByText('8 weeks').count()).toBe(0);
    expect(await item(page, 'CMV')).not.toMatch(/Supported/i);
    await page.close();
  });

  it('reloads and resumes where the user was', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'storch',
    });
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await composer(page).waitFor();
    expect(await currentQuestionId(page)).toBe('storch');
    expect(await page.getByText('23 weeks').count()).toBe(1);
    await page.close();
  });

  it('refuses to restore a saved answer the machine would refuse (999 weeks)', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await answerScenario(page, loadScenario('primary-cmv-optimal'), {
      until: 'storch',
    });
    await page.evaluate(() => {
      const blob = JSON.parse(localStorage.getItem('fhc-workup:v1')!) as {
        answers: { gestationalAgeWeeks: number };
      };
      blob.answers.gestationalAgeWeeks = 999;
      localStorage.setItem('fhc-workup:v1', JSON.stringify(blob));
    });
    await page.reload();
    await page
      .getByRole('heading', {
        name: 'Your saved session could not be restored',
      })
      .waitFor();
    expect(await page.locator('main').innerText()).toMatch(
      /Gestational age must be from 10 to 42 weeks/,
    );
    expect(await page.getByText('999 weeks').count()).toBe(0);
    await page.close();
  });

  it('detects a corrupted saved session and offers a fresh start', async () => {
    const { page } = await browser.newPage();
    await page.goto(browser.baseURL);
    await page.evaluate(() =>
      localStorage.setItem('fhc-workup:v1', '{"version":1,"persisted":'),
    );
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page
      .getByRole('heading', {
        name: 'Your saved session could not be restored',
      })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start a fresh consult' }).click();
    await page
      .getByRole('button', { name: 'Clinician', exact: true })
      .waitFor();
    await page.close();
  });
});

describe('keyboard only', () => {
  async function tabTo(page: Page, name: string | RegExp, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        // Only controls in the consult (not the header's audience switch).
        if (!el?.closest('section.composer')) return '';
        return (
          el.getAttribute('aria-label') ??
          el.labels?.[0]?.textContent ??
          el.textContent ??
          ''
        ).trim();
      });
      if (typeof name === 'string' ? label === name : name.test(label)) return;
    }
    throw new Error(`Tab never reached ${String(name)}`);
  }
  const focusIsInComposer = (page: Page) =>
    page.evaluate(() => !!document.activeElement?.closest('section.composer'));

  it('completes a consult with the keyboard alone', async () => {
    const { page } = await browser.newPage({ width: 360, height: 740 });
    await openApp(page, browser.baseURL);
    await tabTo(page, 'Clinician');
    await page.keyboard.press('Enter');
    await page
      .getByRole('textbox', { name: 'Gestational age in weeks' })
      .waitFor();
    expect(await focusIsInComposer(page)).toBe(true);
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('section.composer')
          ?.getAttribute('data-question') === 'findings',
    );
    expect(await focusIsInComposer(page)).toBe(true);
    await tabTo(page, 'None besides the liver calcifications');
    await page.keyboard.press('Space');
    await tabTo(page, 'Confirm findings');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('section.composer')
          ?.getAttribute('data-question') === 'head-size',
    );
    // Focus is on the first quick reply: "Normal".
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('section.composer')
          ?.getAttribute('data-question') === 'storch',
    );
    // Radio group per row: arrow keys choose within a row.
    await tabTo(page, 'Positive');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(
      await composer(page)
        .getByRole('group', { name: 'Syphilis' })
        .getByRole('radio', { name: 'Negative' })
        .isChecked(),
    ).toBe(true);
    await tabTo(page, 'Mark all unanswered Negative', 60);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Confirm results', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('section.composer')
          ?.getAttribute('data-question') === 'parvovirus',
    );
    await tabTo(page, 'Mark all unanswered Negative');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Confirm results', 40);
    await page.keyboard.press('Enter');
    for (const q of ['microarray', 'karyotype', 'fetal-mri']) {
      await page.waitForFunction(
        (id) =>
          document
            .querySelector('section.composer')
            ?.getAttribute('data-question') === id,
        q,
      );
      expect(await focusIsInComposer(page)).toBe(true);
      await page.keyboard.press('Enter'); // first quick reply: Normal
    }
    await page.locator('#final-summary-title').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'final-summary-title',
    );
    expect(await summaryText(page)).toMatch(/Classification\s+Isolated/);
    await page.close();
  });
});

describe('accessibility and privacy', () => {
  it('has no axe violations on any step, the summary so far and the summary', async () => {
    for (const [name, width] of [
      ['primary-cmv-optimal', 1280],
      ['aneuploidy-cardiac-defect', 360],
      ['parvovirus-hydrops', 1280],
    ] as const) {
      const { page } = await browser.newPage({ width });
      await openApp(page, browser.baseURL);
      const found: { question: string; violations: unknown }[] = [];
      await answerScenario(page, loadScenario(name), {
        onQuestion: async (question) => {
          const violations = await axeViolations(page);
          if (violations.length) found.push({ question, violations });
          if (question === 'storch') {
            await page.getByRole('button', { name: 'Summary so far' }).click();
            const v = await axeViolations(page);
            if (v.length)
              found.push({ question: 'summary so far', violations: v });
            await page
              .getByRole('button', { name: 'Hide summary so far' })
              .click();
          }
        },
      });
      await page
        .getByText('Why this question?')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {});
      const final = await axeViolations(page);
      if (final.length) found.push({ question: 'summary', violations: final });
      expect(found).toEqual([]);
      await page.close();
    }
  });

  it('sends no request outside the page origin', async () => {
    const { page, requests } = await consult('parvovirus-hydrops');
    await page.getByRole('button', { name: 'Worked cases' }).click();
    await page.getByRole('button', { name: 'Algorithm map' }).click();
    await page.getByRole('button', { name: 'Consult' }).click();
    await page.reload();
    await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
    await page.locator('#final-summary-title').waitFor();
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(`${browser.baseURL}/`) && url !== browser.baseURL,
    );
    expect(foreign).toEqual([]);
    await page.close();
  });
});

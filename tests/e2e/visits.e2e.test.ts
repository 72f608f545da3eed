import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../content/index.ts';
import {
  answerScenario,
  browserForFile,
  composer,
  currentQuestionId,
  openApp,
} from './helpers.ts';
import { parseAnswersFile } from '../../machines/consult.ts';

const browser = browserForFile();

/**
 * REVIEW.md, third review, "Parvovirus B19: recent infection": MCA-PSV is
 * serial, every 1-2 weeks for 8-12 weeks after the infection; one normal
 * result does not end the monitoring; an abnormal result (above 1.5 MoM)
 * means urgent referral. Written from the review before the run: a
 * parvovirus B19 IgM positive at 18 weeks, MCA-PSV normal at 19 and 21
 * weeks, elevated at 23.
 */
const firstVisit = parseAnswersFile({
  audience: 'clinician',
  gestationalAgeWeeks: 18,
  findings: [],
  headSize: 'normal',
  serology: {
    syphilis: 'negative',
    'toxoplasma-igg': 'negative',
    'toxoplasma-igm': 'negative',
    'rubella-igg': 'positive',
    'rubella-igm': 'negative',
    'cmv-igg': 'negative',
    'cmv-igm': 'negative',
    'hsv-igg': 'negative',
    'hsv-igm': 'negative',
    'parvovirus-igg': 'negative',
    'parvovirus-igm': 'positive',
  },
  genetics: { 'chromosomal-microarray': 'normal', karyotype: 'not-done' },
  specialized: { 'mca-psv-doppler': 'not-done', 'fetal-mri': 'not-done' },
});

const followUp = (page: Page) =>
  page.getByRole('region', { name: 'Visits and new results' });

/** A new visit at `weeks`: no scan; the MCA-PSV check that falls due. */
async function visit(page: Page, weeks: number, mca: 'Normal' | 'Abnormal') {
  await followUp(page).getByRole('button', { name: 'New visit' }).click();
  expect(await currentQuestionId(page)).toBe('visit');
  await composer(page).getByRole('textbox').fill(String(weeks));
  await composer(page).getByRole('button', { name: 'Continue' }).click();
  await page
    .locator('section.composer[data-question="follow-up-scan"]')
    .waitFor();
  await composer(page)
    .getByRole('button', { name: 'No scan at this visit' })
    .click();
  // The serial MCA-PSV is due at every visit (1 week or more since the last).
  await page.locator('section.composer[data-question="mca-doppler"]').waitFor();
  await composer(page).getByRole('button', { name: mca, exact: true }).click();
  await page.locator('#final-summary-title').waitFor();
  await expect
    .poll(() => page.locator('.transcript').textContent())
    .toContain(`Visit at ${weeks} weeks`);
}

describe('a workup over visits', () => {
  it('walks three visits of serial MCA-PSV after parvovirus B19, to the urgent referral, and keeps them after a reload', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await answerScenario(page, firstVisit);
    await page.locator('#final-summary-title').waitFor();
    await visit(page, 19, 'Normal');
    await visit(page, 21, 'Normal');
    await visit(page, 23, 'Abnormal');
    const summary = page.locator('article.summary--final');
    await expect
      .poll(() => summary.innerText())
      .toContain(labelOf('follow-up.urgent-anemia-referral', 'clinician'));
    const transcript = await page.locator('.transcript').textContent();
    expect(transcript).toMatch(/MCA-PSV Doppler: Normal \(taken at 19 weeks\)/);
    expect(transcript).toMatch(/MCA-PSV Doppler: Normal \(taken at 21 weeks\)/);
    expect(transcript).toMatch(
      /MCA-PSV Doppler: Abnormal \(taken at 23 weeks\)/,
    );
    await page.reload();
    await page.locator('#final-summary-title').waitFor();
    expect(await page.locator('.transcript').textContent()).toContain(
      'Visit at 21 weeks',
    );
    await page.close();
  });
});

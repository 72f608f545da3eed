import { describe, expect, it } from 'vitest';
import { labelOf, textOf } from '../../content/index.ts';
import { browserForFile, openApp } from './helpers.ts';

const browser = browserForFile();

describe('learner wording in the production build (shipped in a lazy chunk)', () => {
  it('shows the learner wording once chosen, and the clinician wording after a switch', async () => {
    const { page } = await browser.newPage();
    await openApp(page, browser.baseURL);
    await page
      .getByRole('button', { name: labelOf('option.learner', 'clinician') })
      .click();
    const learnerPrompt = textOf('question.gestational-age', 'learner');
    const clinicianPrompt = textOf('question.gestational-age', 'clinician');
    expect(learnerPrompt).not.toBe(clinicianPrompt);
    await page.getByText(learnerPrompt, { exact: true }).first().waitFor();
    await page
      .getByText(textOf('app.disclaimer', 'learner'), { exact: true })
      .first()
      .waitFor();
    await page.getByRole('radio', { name: 'Clinician' }).click();
    await page.getByText(clinicianPrompt, { exact: true }).first().waitFor();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { contentVersion } from '../../../../content/version.ts';
import {
  classificationRegion,
  renderApp,
  renderSummaryOf,
  scenarioAnswers,
  storeAt,
} from '../../helpers.tsx';

describe('the summary', () => {
  it('shows the classification, a not-yet-optimal CMV PCR and excluded causes with why', async () => {
    renderApp(
      storeAt({
        audience: 'clinician',
        answers: scenarioAnswers('primary-cmv-before-21-weeks'),
      }),
    );
    // The first test here also loads the summary's lazy chunk.
    const summary = await screen.findByRole(
      'article',
      { name: 'Workup summary' },
      { timeout: 10_000 },
    );
    expect(
      within(
        within(summary).getByRole('region', { name: 'Classification' }),
      ).getByText('Associated'),
    ).toBeInTheDocument();
    const tests = within(summary).getByRole('region', { name: 'Next tests' });
    const pcr = within(tests)
      .getByText('Amniotic-fluid CMV PCR')
      .closest('li')!;
    expect(pcr).toHaveTextContent(/Not yet optimal/i);
    expect(pcr).toHaveTextContent(/When:/);
    expect(pcr).toHaveTextContent(/Based on:.*Gestational age: 18 weeks/);
    const toxo = within(
      within(summary).getByRole('region', { name: 'Differential diagnosis' }),
    )
      .getByText('Toxoplasmosis')
      .closest('li')!;
    expect(toxo).toHaveTextContent(/Excluded/i);
    expect(toxo).toHaveTextContent(/IgG and IgM negative/i);
    expect(
      within(summary).getByRole('heading', { name: 'References' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText(/educational/i, { selector: 'p' }),
    ).toBeInTheDocument();
  }, 20_000);

  it('calls an isolated finding isolated in plain words', async () => {
    renderApp(
      storeAt({
        audience: 'clinician',
        answers: scenarioAnswers('isolated-negative-workup'),
      }),
    );
    const summary = await screen.findByRole('article', {
      name: 'Workup summary',
    });
    expect(
      within(classificationRegion(summary)).getByText('Isolated'),
    ).toBeInTheDocument();
  });

  it('copies the summary as text', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: scenarioAnswers('parvovirus-hydrops'),
      }),
    );
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    await user.click(
      await screen.findByRole('button', { name: /Copy summary as text/ }),
    );
    expect(
      await screen.findByText('Summary copied as text.'),
    ).toBeInTheDocument();
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toMatch(/Classification: /);
    expect(text).toMatch(/MCA-PSV/);
    expect(text).toMatch(/References/);
    // What the summary rests on, the content version and the date.
    expect(text).toMatch(/Answers entered\n {2}- Gestational age: 20 weeks\n/);
    expect(text).toMatch(/ {2}- Associated findings: Ascites, Hydrops/);
    expect(text).toContain(`Content version ${contentVersion}`);
    expect(text).toMatch(/Date: \d{4}-\d{2}-\d{2}/);
    // Tests grouped by status, as on screen.
    expect(text).toMatch(/ {2}RECOMMENDED NOW\n {2}- /);
    expect(text.indexOf('  RECOMMENDED NOW')).toBeLessThan(
      text.indexOf('  NOT INDICATED'),
    );
  });

  it('opens with a one-screen overview, then a table of contents and the detail', async () => {
    const { summary } = await renderSummaryOf('primary-cmv-before-21-weeks');
    const overview = within(summary).getByRole('region', {
      name: 'At a glance',
    });
    expect(overview).toHaveTextContent(/Classification\s*Associated/);
    // What to do next, with the timing.
    const next = within(overview).getByRole('heading', {
      name: 'What to do next',
    }).parentElement!;
    expect(next).toHaveTextContent(/Amniotic-fluid CMV PCR/);
    expect(next).toHaveTextContent(/Not yet optimal/);
    expect(next).toHaveTextContent(/21 weeks/);
    // What is still open: the microarray result is pending.
    const open = within(overview).getByRole('heading', {
      name: 'Still open',
    }).parentElement!;
    expect(open).toHaveTextContent(/Chromosomal microarray: Pending/i);
    // The differential as a table.
    const table = within(overview).getByRole('table', {
      name: 'Differential at a glance',
    });
    const cmvRow = within(table).getByRole('row', {
      name: /^Congenital infection/,
    });
    expect(within(cmvRow).getAllByRole('cell')[0]).toHaveTextContent('CMV');
    // Contents, then the detail, with the answers entered and the version.
    const toc = within(summary).getByRole('navigation', { name: 'Contents' });
    expect(
      within(toc).getByRole('link', { name: 'Answers entered' }),
    ).toHaveAttribute('href', '#final-answers');
    expect(
      overview.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const answers = within(summary).getByRole('region', {
      name: 'Answers entered',
    });
    expect(answers).toHaveTextContent(/Gestational age\s*18 weeks/);
    expect(summary).toHaveTextContent(`Content version ${contentVersion}`);
    expect(
      summary.querySelector('[data-slot="export-actions"]'),
    ).not.toBeNull();
    expect(
      within(summary).queryByText(/fetal abnormalities are present/i),
    ).not.toBeInTheDocument();
  });

  it('shows the summary so far in the middle of the workup', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: ['hydrops'] },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Summary so far' }));
    const partial = await screen.findByRole('article', {
      name: 'Summary so far',
    });
    expect(partial).toHaveTextContent(/not finished/);
    expect(
      within(
        within(partial).getByRole('region', { name: 'Classification' }),
      ).getByText('Associated'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Hide summary so far' }),
    );
    expect(
      screen.queryByRole('article', { name: 'Summary so far' }),
    ).not.toBeInTheDocument();
  });
});

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
    const tests = within(summary).getByRole('region', { name: 'All tests' });
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

  it("opens with the first screen in the clinician's order, then a table of contents and the detail", async () => {
    const { summary } = await renderSummaryOf('primary-cmv-before-21-weeks');
    const region = (name: string) =>
      within(summary).getByRole('region', { name });
    // The classification in one line, with its reasons.
    const classification = region('Classification');
    expect(classification).toHaveTextContent(/^Classification\s*Associated /);
    // What to do now, with the timing.
    const now = region('What to do now');
    expect(now).toHaveTextContent(/Amniotic-fluid CMV PCR/);
    expect(now).toHaveTextContent(/Not yet optimal/);
    expect(now).toHaveTextContent(/21 weeks/);
    // What is awaited: the microarray result is pending.
    expect(region('Awaited')).toHaveTextContent(
      /Chromosomal microarray: Pending/i,
    );
    // No urgent item here, and the order on screen.
    expect(
      within(summary).queryByRole('region', { name: 'Urgent' }),
    ).not.toBeInTheDocument();
    const follows = (a: HTMLElement, b: HTMLElement) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const toc = within(summary).getByRole('navigation', { name: 'Contents' });
    const ddx = region('Differential diagnosis');
    const order = [
      classification,
      now,
      region('Awaited'),
      toc,
      ddx,
      region('Pitfalls'),
      region('Prognosis'),
      region('Follow-up'),
      region('All tests'),
      region('Background'),
      region('Answers entered'),
      region('References'),
    ];
    for (let i = 1; i < order.length; i++)
      expect(follows(order[i - 1]!, order[i]!), `order ${i}`).toBe(true);
    // The differential: live causes with for/against and what settles
    // them; the excluded causes folded, counted.
    expect(ddx).toHaveTextContent(/Live causes/);
    const cmv = within(ddx).getByText('CMV').closest('li')!;
    expect(cmv).toHaveTextContent(/For:/);
    expect(cmv).toHaveTextContent(/Settled by:\s*Amniotic-fluid CMV PCR/);
    const folded = ddx.querySelector('details.summary__fold')!;
    expect(folded.querySelector('summary')).toHaveTextContent(
      /Not supported or excluded \(\d+\)/,
    );
    expect(folded).toHaveTextContent(/Toxoplasmosis/);
    // The prognosis names what drives it.
    expect(region('Prognosis')).toHaveTextContent(/Driven by:/);
    expect(
      within(toc).getByRole('link', { name: 'Answers entered' }),
    ).toHaveAttribute('href', '#final-answers');
    expect(region('Answers entered')).toHaveTextContent(
      /Gestational age\s*18 weeks/,
    );
    expect(summary).toHaveTextContent(`Content version ${contentVersion}`);
    // One menu holds print, copy and the export actions.
    const menu = summary.querySelector('details.summary__actions')!;
    expect(menu.querySelector(':scope > summary')).toHaveTextContent(
      'Print and export',
    );
    expect(menu.querySelector('[data-slot="export-actions"]')).not.toBeNull();
    expect(
      within(menu as HTMLElement).getByRole('button', {
        name: /Copy summary as text/,
      }),
    ).toBeInTheDocument();
    expect(
      within(summary).queryByText(/fetal abnormalities are present/i),
    ).not.toBeInTheDocument();
  });

  it('puts anything urgent right after the classification, and marks the pitfalls that bear on the case', async () => {
    const { summary } = await renderSummaryOf('parvovirus-hydrops');
    const urgent = within(summary).getByRole('region', { name: 'Urgent' });
    expect(urgent).toHaveTextContent(/Urgent referral for hydrops/);
    const classification = within(summary).getByRole('region', {
      name: 'Classification',
    });
    expect(
      classification.compareDocumentPosition(urgent) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const pitfalls = within(summary).getByRole('region', { name: 'Pitfalls' });
    const others = pitfalls.querySelector('details.summary__fold')!;
    // The toxoplasmosis-microcephaly pitfall does not bear on this case:
    // folded, apart from those marked as bearing on it.
    expect(others).toHaveTextContent(/toxoplasmosis/);
    const marked = within(pitfalls).getAllByText('Bears on this case');
    expect(marked.length).toBeGreaterThan(0);
    for (const mark of marked) expect(others.contains(mark)).toBe(false);
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

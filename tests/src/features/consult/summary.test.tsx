import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, scenarioAnswers, storeAt } from '../../helpers.tsx';

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
    expect(within(summary).getByText('Associated')).toBeInTheDocument();
    const pcr = within(summary)
      .getByText('Amniotic-fluid CMV PCR')
      .closest('li')!;
    expect(pcr).toHaveTextContent(/Not yet optimal/i);
    expect(pcr).toHaveTextContent(/When:/);
    expect(pcr).toHaveTextContent(/Based on:.*Gestational age: 18 weeks/);
    const toxo = within(summary).getByText('Toxoplasmosis').closest('li')!;
    expect(toxo).toHaveTextContent(/Excluded/i);
    expect(toxo).toHaveTextContent(/IgG and IgM negative/i);
    expect(
      within(summary).getByRole('heading', { name: 'References' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText(/educational/i, { selector: 'p' }),
    ).toBeInTheDocument();
  });

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
    expect(within(summary).getByText('Isolated')).toBeInTheDocument();
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
    expect(within(partial).getByText('Associated')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Hide summary so far' }),
    );
    expect(
      screen.queryByRole('article', { name: 'Summary so far' }),
    ).not.toBeInTheDocument();
  });
});

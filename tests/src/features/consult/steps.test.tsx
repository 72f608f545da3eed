import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, storeAt } from '../../helpers.tsx';

const composer = () => document.querySelector<HTMLElement>('section.composer')!;

describe('consult steps', () => {
  it('starts with the disclaimer and the audience question as quick replies', async () => {
    const { user } = renderApp();
    expect(screen.getByText('Educational use only')).toBeInTheDocument();
    expect(
      screen.getAllByText('Which best describes you?').length,
    ).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Clinician' }));
    const input = await screen.findByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    expect(input).toHaveFocus();
    expect(
      screen.getByText('Clinician', { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('refuses an out-of-range gestational age inline with the machine reason', async () => {
    const { user } = renderApp(storeAt({ audience: 'clinician' }));
    const input = screen.getByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    await user.type(input, '50{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Gestational age must be from 10 to 42 weeks.',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a number of weeks.',
    );
    await user.clear(input);
    await user.type(input, '23{Enter}');
    expect(
      await screen.findByRole('checkbox', {
        name: 'Intracranial calcifications',
      }),
    ).toHaveFocus();
    expect(screen.getByText('23 weeks')).toBeInTheDocument();
  });

  it('takes findings from a checklist, with "none" and pending', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An answer is required.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hydrops' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cardiac defect' }));
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(
      await screen.findByText('Cardiac defect, Hydrops'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Normal' })).toHaveFocus();
  });

  it('records the detailed ultrasound as pending', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    await user.click(
      within(composer()).getByRole('button', { name: 'Pending' }),
    );
    expect(
      await screen.findByText('Detailed ultrasound: pending'),
    ).toBeInTheDocument();
  });

  it('takes STORCH results from a panel with a radio group per test and a mark-all shortcut', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: [], headSize: 'normal' },
      }),
    );
    const cmvIgm = screen.getByRole('group', { name: 'CMV IgM' });
    await user.click(within(cmvIgm).getByRole('radio', { name: 'Positive' }));
    await user.click(
      within(screen.getByRole('group', { name: 'CMV IgG' })).getByRole(
        'radio',
        { name: 'Positive' },
      ),
    );
    await user.click(
      screen.getByRole('button', { name: 'Mark all unanswered Negative' }),
    );
    expect(
      within(screen.getByRole('group', { name: 'Syphilis' })).getByRole(
        'radio',
        {
          name: 'Negative',
        },
      ),
    ).toBeChecked();
    expect(
      within(cmvIgm).getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    // IgM and IgG positive -> the avidity question follows.
    expect(await screen.findByRole('button', { name: 'Low' })).toHaveFocus();
    expect(
      screen.getByText(/Positive: CMV IgG, CMV IgM; Negative: Syphilis/),
    ).toBeInTheDocument();
  });

  it('accepts "unknown" for the time since maternal infection', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: {
          gestationalAgeWeeks: 23,
          findings: [],
          headSize: 'normal',
          serology: { 'cmv-igg': 'positive', 'cmv-igm': 'positive' },
          cmvAvidity: 'low',
          // parvovirus answered so the timing question is next
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    await user.click(await screen.findByRole('button', { name: 'Unknown' }));
    expect(await screen.findByText('Unknown')).toBeInTheDocument();
  });

  it('opens "Why this question?" with the rationale and citation links', async () => {
    const { user } = renderApp(storeAt({ audience: 'clinician' }));
    await user.click(screen.getByText('Why this question?'));
    const link = screen.getAllByRole('link', { name: /^Reference \d+:/ })[0]!;
    expect(link.getAttribute('href')).toMatch(/^#ref-/);
    expect(
      document.getElementById(link.getAttribute('href')!.slice(1)),
    ).not.toBeNull();
  });
});

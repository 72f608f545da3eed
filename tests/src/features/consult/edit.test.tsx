import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  renderApp,
  savedBlob,
  scenarioAnswers,
  storeAt,
} from '../../helpers.tsx';

const cmvAnswers = {
  gestationalAgeWeeks: 23,
  findings: [],
  headSize: 'normal' as const,
  serology: {
    'cmv-igg': 'positive' as const,
    'cmv-igm': 'positive' as const,
    'parvovirus-igg': 'negative' as const,
    'parvovirus-igm': 'negative' as const,
  },
  cmvAvidity: 'low' as const,
  weeksSinceMaternalInfection: 8,
};

describe('editing an earlier answer', () => {
  it('shows which later answers the change clears (choices, not results), then clears them', async () => {
    const { user, store } = renderApp(
      storeAt({ audience: 'clinician', answers: cmvAnswers }),
    );
    expect(screen.getByText('8 weeks')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Edit STORCH/ }));
    expect(screen.getByText('Changing an earlier answer')).toBeInTheDocument();
    const cmvIgm = screen.getByRole('group', { name: 'CMV IgM' });
    expect(
      within(cmvIgm).getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
    await user.click(within(cmvIgm).getByRole('radio', { name: 'Negative' }));
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));

    const warning = screen.getByRole('alertdialog');
    // The avidity is a result (kept and interpreted); the timing is a choice
    // of the primary-infection branch.
    expect(warning).toHaveTextContent(/This change will clear/);
    expect(within(warning).queryByText('CMV IgG avidity')).toBeNull();
    expect(
      within(warning).getByText(/maternal infection/i),
    ).toBeInTheDocument();
    // Not applied yet.
    expect(savedBlob(store)?.persisted.context.answers.cmvAvidity).toBe('low');

    await user.click(
      screen.getByRole('button', { name: 'Apply change and clear' }),
    );
    expect(screen.queryByText('8 weeks')).not.toBeInTheDocument();
    expect(savedBlob(store)?.persisted.context.answers.cmvAvidity).toBe('low');
    expect(
      savedBlob(store)?.persisted.context.answers.weeksSinceMaternalInfection,
    ).toBeUndefined();
    // The conversation goes on from the first open question.
    expect(await screen.findByRole('button', { name: 'Normal' })).toHaveFocus();
  });

  it('keeps the earlier answer when the change is not confirmed or is cancelled', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: cmvAnswers }),
    );
    await user.click(screen.getByRole('button', { name: /Edit STORCH/ }));
    await user.click(
      within(screen.getByRole('group', { name: 'CMV IgM' })).getByRole(
        'radio',
        {
          name: 'Negative',
        },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    await user.click(
      screen.getByRole('button', { name: 'Keep my earlier answer' }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel change' }));
    expect(screen.getByText('8 weeks')).toBeInTheDocument();
    expect(
      screen.queryByText('Changing an earlier answer'),
    ).not.toBeInTheDocument();
  });

  it('applies an edit that clears nothing at once', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: cmvAnswers }),
    );
    await user.click(
      screen.getByRole('button', { name: /Edit Gestational age/ }),
    );
    const input = screen.getByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    expect(input).toHaveValue('23');
    await user.clear(input);
    await user.type(input, '24{Enter}');
    expect(await screen.findByText('24 weeks')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('edits after the summary, which stays in view while the answer is changed', async () => {
    const answers = scenarioAnswers('primary-cmv-optimal');
    const { user } = renderApp(storeAt({ audience: 'clinician', answers }));
    expect(
      await screen.findByRole('heading', { name: 'Workup summary' }),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: /Edit Head circumference/ }),
    );
    // A clinician correcting one answer keeps the summary in view.
    expect(
      screen.getByRole('heading', { name: 'Workup summary' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Changing an earlier answer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Normal/ }));
    expect(
      await screen.findByRole('heading', { name: 'Workup summary' }),
    ).toBeInTheDocument();
    const summary = screen.getByRole('article', { name: 'Workup summary' });
    expect(
      within(summary).getAllByText(/Head circumference/).length,
    ).toBeGreaterThan(0);
    expect(within(summary).queryByText('Microcephaly')).not.toBeInTheDocument();
  });
});

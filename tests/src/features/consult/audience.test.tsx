import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, savedBlob, storeAt } from '../../helpers.tsx';

describe('audience switch', () => {
  it('changes the wording at any time and keeps the answers', async () => {
    const { user, store } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: [] },
      }),
    );
    expect(screen.getByRole('radio', { name: 'Clinician' })).toBeChecked();
    expect(
      screen.getByText('Head circumference?', { selector: '.bubble' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Learner' }));
    expect(screen.getByRole('radio', { name: 'Learner' })).toBeChecked();
    expect(
      screen.queryByText('Head circumference?', { selector: '.bubble' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('23 weeks')).toBeInTheDocument();
    expect(
      savedBlob(store)?.persisted.context.answers.gestationalAgeWeeks,
    ).toBe(23);
    expect(screen.getByText('Student or learner')).toBeInTheDocument();
  });
});

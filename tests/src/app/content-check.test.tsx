import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../helpers.tsx';

vi.mock('../../../content/validate.ts', () => ({
  validateContent: () => {
    throw new Error('Content node "cause.cmv": field "text.learner" Too small');
  },
}));

describe('content check at load', () => {
  it('replaces the consult with a clear message when the content is malformed', async () => {
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /cause\.cmv.*text\.learner/,
    );
    expect(
      screen.getByRole('heading', {
        name: /clinical content failed its check/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clinician' })).toBeNull();
  });
});

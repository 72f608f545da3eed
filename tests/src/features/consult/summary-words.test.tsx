import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { statusUi } from '../../../../content/ui/status.ts';
import { summaryUi } from '../../../../content/ui/summary.ts';
import { renderApp, scenarioAnswers, storeAt } from '../../helpers.tsx';

describe("the summary's own words (content/ui/summary.ts)", () => {
  it('names sections and statuses in the learner wording for a learner', async () => {
    renderApp(
      storeAt({
        audience: 'learner',
        answers: scenarioAnswers('primary-cmv-before-21-weeks'),
      }),
    );
    const summary = await screen.findByRole(
      'article',
      { name: 'Workup summary' },
      { timeout: 10_000 },
    );
    const causes = within(summary).getByRole('region', {
      name: summaryUi['summary.differential'].learner,
    });
    expect(
      within(summary).queryByRole('region', {
        name: summaryUi['summary.differential'].clinician,
      }),
    ).toBeNull();
    expect(causes).toHaveTextContent(statusUi['status.cause.excluded'].learner);
    const tests = within(summary).getByRole('region', { name: 'All tests' });
    expect(tests).toHaveTextContent(
      statusUi['status.test.not-yet-optimal'].learner,
    );
    // What to do now names the statuses in the learner wording too.
    expect(
      within(summary).getByRole('region', { name: 'What to do now' }),
    ).toHaveTextContent(statusUi['status.test.not-yet-optimal'].learner);
    expect(causes).toHaveTextContent(
      statusUi['status.cause.supported'].learner,
    );
  }, 20_000);
});

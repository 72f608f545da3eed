import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../../../content/index.ts';
import {
  renderApp,
  savedBlob,
  scenarioAnswers,
  storeAt,
} from '../../helpers.tsx';

const microarrayPending = () => {
  const answers = scenarioAnswers('isolated-negative-workup');
  return {
    ...answers,
    genetics: { ...answers.genetics, 'chromosomal-microarray': 'pending' },
  } as const;
};

describe('recording a result after the summary', () => {
  it(
    'lists the pending microarray, records it, and the summary updates in place',
    { timeout: 20_000 },
    async () => {
      const { user, store } = renderApp(
        storeAt({ audience: 'clinician', answers: microarrayPending() }),
      );
      const control = await screen.findByRole('region', {
        name: 'Visits and new results',
      });
      const awaited = within(control).getByRole('group', {
        name: 'Result awaited',
      });
      const microarray = labelOf('question.microarray', 'clinician');
      await user.click(
        within(awaited).getByRole('radio', { name: microarray }),
      );
      await user.click(
        within(control).getByRole('button', { name: 'Record a result' }),
      );

      // The machine asks the microarray for its new result, taken (by
      // default) today; the summary stays in view.
      expect(
        screen.queryByText('Changing an earlier answer'),
      ).not.toBeInTheDocument();
      expect(
        screen.getByRole('textbox', { name: 'Taken at (weeks)' }),
      ).toHaveValue('22');
      expect(screen.getByRole('button', { name: 'Normal' })).toHaveFocus();
      // Cancelling records nothing: it is not a change of an answer.
      expect(
        screen.getByRole('button', { name: 'Cancel, record nothing' }),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Cancel change' }),
      ).not.toBeInTheDocument();
      expect(
        screen.getByRole('heading', { name: 'Workup summary' }),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Abnormal' }));
      // An abnormal result opens the chromosomal diagnosis.
      await user.click(
        screen.getByRole('button', {
          name: labelOf('diagnosis.trisomy-21', 'clinician'),
        }),
      );

      await screen.findByRole('heading', { name: 'Workup summary' });
      expect(savedBlob(store)?.persisted.context.answers).toMatchObject({
        genetics: { 'chromosomal-microarray': 'abnormal' },
        chromosomalDiagnosis: 'trisomy-21',
      });
      expect(
        screen.getAllByText(labelOf('classification.cause-found', 'clinician'))
          .length,
      ).toBeGreaterThan(0);
      // Nothing is awaited any more.
      expect(
        within(
          screen.getByRole('region', { name: 'Visits and new results' }),
        ).queryByRole('group', { name: 'Result awaited' }),
      ).toBeNull();
    },
  );

  it('a new visit is cancelled as a visit, and nothing of it is kept', async () => {
    const { user, store } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: scenarioAnswers('isolated-negative-workup'),
      }),
    );
    const control = await screen.findByRole('region', {
      name: 'Visits and new results',
    });
    await user.click(
      within(control).getByRole('button', { name: 'New visit' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Cancel change' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel the visit' }));
    await screen.findByRole('region', { name: 'Visits and new results' });
    expect(savedBlob(store)?.persisted.context.answers.visits).toBeUndefined();
    expect(savedBlob(store)?.persisted.value).toEqual({ followUp: 'plan' });
  });
});

import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { workupMachine } from '../../../machines/workup.machine.ts';
import { saveSession, storageKey } from '../../../src/app/persistence.ts';
import { memoryStore, renderApp, savedBlob, storeAt } from '../helpers.tsx';

/** Another tab writes this session to the shared store. */
function otherTabWrites(
  store: ReturnType<typeof memoryStore>,
  answers: Parameters<typeof storeAt>[0]['answers'] | null,
) {
  if (answers === null) store.data.delete(storageKey);
  else {
    const actor = createActor(workupMachine, {
      input: { audience: 'clinician', answers },
    }).start();
    saveSession(store, actor.getSnapshot());
    actor.stop();
  }
  act(() => {
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: storageKey,
        newValue: store.data.get(storageKey) ?? null,
      }),
    );
  });
}

describe('the same consult open in two tabs', () => {
  it('says so, stops saving over the other tab, and keeps the answers the user chooses', async () => {
    const { user, store } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    otherTabWrites(store, { gestationalAgeWeeks: 30 });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /changed in another tab/i,
    );
    // An answer here does not silently overwrite the other tab's.
    await user.click(
      screen.getByRole('checkbox', {
        name: 'None besides the liver calcifications',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(savedBlob(store)?.persisted.context.answers).toEqual({
      gestationalAgeWeeks: 30,
    });
    await user.click(
      screen.getByRole('button', { name: "Keep this tab's answers" }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(savedBlob(store)?.persisted.context.answers).toEqual({
      gestationalAgeWeeks: 23,
      findings: [],
    });
  });

  it('shows the other tab\'s consult when chosen, also after "Start over" there', async () => {
    const { user, store } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    otherTabWrites(store, { gestationalAgeWeeks: 30 });
    await user.click(
      await screen.findByRole('button', {
        name: "Show the other tab's answers",
      }),
    );
    expect(screen.getByText('30 weeks')).toBeInTheDocument();
    expect(screen.queryByText('23 weeks')).not.toBeInTheDocument();

    otherTabWrites(store, null);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', {
        name: "Show the other tab's answers",
      }),
    );
    expect(screen.queryByText('30 weeks')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Clinician' }),
    ).toBeInTheDocument();
  });

  it('is quiet when the other tab saved the same consult (it was just opened there)', () => {
    const store = storeAt({
      audience: 'clinician',
      answers: { gestationalAgeWeeks: 23 },
    });
    renderApp(store);
    otherTabWrites(store, { gestationalAgeWeeks: 23 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

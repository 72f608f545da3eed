import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { memoryStore, renderApp, storeAt } from '../helpers.tsx';
import { storageKey } from '../../../src/app/persistence.ts';

/**
 * Issue 23, "Saves that cannot fail silently": a write the browser refuses
 * (storage full, private mode) shows a notice that stays where the user is
 * looking, with "Download answers" as the way out; so does a tab that
 * stopped saving because another tab changed the consult.
 */
function fullStore(initial: Record<string, string> = {}) {
  const store = memoryStore(initial);
  let full = false;
  const setItem = store.setItem;
  store.setItem = (key, value) => {
    if (full) throw new DOMException('quota', 'QuotaExceededError');
    setItem(key, value);
  };
  return { store, fill: () => (full = true), free: () => (full = false) };
}

describe('a save that fails is never silent (issue 23)', () => {
  it('says so, in a notice fixed in view, with "Download answers", until a write holds', async () => {
    const { store, fill, free } = fullStore();
    const { user } = renderApp(store);
    await user.click(screen.getByRole('button', { name: 'Clinician' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fill();
    await user.type(
      screen.getByRole('textbox', { name: 'Gestational age in weeks' }),
      '23',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(/not saving/i);
    // Fixed in view (not only at the page top): the class that pins it.
    expect(notice).toHaveClass('save-notice');
    const download = within(notice).getByRole('button', {
      name: 'Download answers',
    });
    const createObjectURL = vi.fn(() => 'blob:answers');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await user.click(download);
    const blob = (createObjectURL.mock.calls[0] as unknown[])[0] as Blob;
    expect(JSON.parse(await blob.text())).toMatchObject({
      audience: 'clinician',
      gestationalAgeWeeks: 23,
    });
    free();
    await user.click(
      screen.getByRole('checkbox', {
        name: 'None besides the liver calcifications',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.data.get(storageKey)).toMatch(/"findings":\[\]/);
  });

  it('the other-tab notice is fixed in view too, with "Download answers"', async () => {
    const store = storeAt({
      audience: 'clinician',
      answers: { gestationalAgeWeeks: 23 },
    });
    renderApp(store);
    const other = storeAt({
      audience: 'clinician',
      answers: { gestationalAgeWeeks: 30 },
    });
    store.data.set(storageKey, other.data.get(storageKey)!);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: storageKey,
          newValue: store.data.get(storageKey) ?? null,
        }),
      );
    });
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveClass('save-notice');
    expect(
      await within(notice).findByRole('button', { name: 'Download answers' }),
    ).toBeInTheDocument();
  });
});

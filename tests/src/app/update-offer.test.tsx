import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentVersion } from '../../../content/version.ts';
import {
  offerUpdates,
  type RegisterServiceWorker,
} from '../../../src/app/update-offer.tsx';

type Callbacks = Parameters<RegisterServiceWorker>[0];

/** A stand-in for vite-plugin-pwa's registerSW that lets the test play the worker. */
function fakeWorker() {
  let callbacks: Callbacks = {};
  const applyUpdate = vi.fn(() => Promise.resolve());
  const register: RegisterServiceWorker = (options) => {
    callbacks = options;
    return applyUpdate;
  };
  return {
    register,
    applyUpdate,
    needRefresh: () => act(() => callbacks.onNeedRefresh?.()),
    needReload: () => act(() => callbacks.onNeedReload?.()),
  };
}

let container: HTMLElement;
function setUp(newVersion: string | null) {
  container = document.createElement('div');
  document.body.append(container);
  const worker = fakeWorker();
  const reload = vi.fn();
  offerUpdates({
    register: worker.register,
    fetchVersion: () => Promise.resolve(newVersion),
    reload,
    container,
  });
  return { worker, reload };
}
afterEach(() => container.remove());

const prompt = () =>
  screen.findByRole('complementary', { name: /update of the app is ready/ });

describe('service worker updates are offered, never forced', () => {
  it('shows nothing until an update waits', () => {
    setUp('9.9.9');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('offers a waiting update with its content version and this copy’s', async () => {
    const { worker, reload } = setUp('9.9.9');
    await worker.needRefresh();
    const aside = await prompt();
    expect(aside).toHaveTextContent(
      `Content version 9.9.9 (this copy: ${contentVersion})`,
    );
    expect(within(aside).getByRole('status')).toBeInTheDocument();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('names this copy’s version when the update’s is unknown', async () => {
    const { worker } = setUp(null);
    await worker.needRefresh();
    expect(await prompt()).toHaveTextContent(
      `This copy shows content version ${contentVersion}.`,
    );
  });

  it('applies the update and reloads only after "Reload now"', async () => {
    const { worker, reload } = setUp('9.9.9');
    await worker.needRefresh();
    await userEvent.click(
      within(await prompt()).getByRole('button', { name: 'Reload now' }),
    );
    expect(worker.applyUpdate).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    // The new worker takes control: now the page reloads.
    await worker.needReload();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('"Later" hides the offer and changes nothing', async () => {
    const { worker, reload } = setUp('9.9.9');
    await worker.needRefresh();
    await userEvent.click(
      within(await prompt()).getByRole('button', { name: 'Later' }),
    );
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(worker.applyUpdate).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload a tab whose user did not ask: another tab applied the update', async () => {
    const { worker, reload } = setUp('9.9.9');
    await worker.needRefresh();
    await prompt();
    await worker.needReload();
    expect(reload).not.toHaveBeenCalled();
    const aside = await screen.findByRole('complementary', {
      name: 'The app was updated in another tab',
    });
    await userEvent.click(
      within(aside).getByRole('button', { name: 'Reload now' }),
    );
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

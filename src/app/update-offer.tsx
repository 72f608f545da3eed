import { createRoot, type Root } from 'react-dom/client';
import { contentVersion } from '../../content/version.ts';
import { UpdatePrompt } from './update-prompt.tsx';
import './update-prompt.css';

/** The part of vite-plugin-pwa's `registerSW` this module uses. */
export type RegisterServiceWorker = (options: {
  onNeedRefresh?: () => void;
  onNeedReload?: () => void;
}) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateOfferOptions {
  register: RegisterServiceWorker;
  /** The update's content version (the server's content-version.json). */
  fetchVersion?: () => Promise<string | null>;
  reload?: () => void;
  container?: HTMLElement;
}

/** Asks the server (past the service worker's cache) for its content version. */
export async function fetchContentVersion(): Promise<string | null> {
  try {
    const response = await fetch('/content-version.json', {
      cache: 'no-store',
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { contentVersion?: unknown };
    return typeof body.contentVersion === 'string' ? body.contentVersion : null;
  } catch {
    return null;
  }
}

/**
 * Registers the service worker and offers each update it installs: nothing
 * reloads until the user chooses "Reload now". When another tab applied the
 * update, this one is told so (its lazy chunks may be gone from the cache)
 * instead of being reloaded.
 */
export function offerUpdates({
  register,
  fetchVersion = fetchContentVersion,
  reload = () => window.location.reload(),
  container,
}: UpdateOfferOptions): void {
  let root: Root | null = null;
  let requested = false;
  const render = (node: React.ReactNode) => {
    if (!root) {
      const host = container ?? document.createElement('div');
      if (!container) document.body.append(host);
      root = createRoot(host);
    }
    root.render(node);
  };
  const show = (reason: 'waiting' | 'elsewhere', newVersion: string | null) =>
    render(
      <UpdatePrompt
        currentVersion={contentVersion}
        newVersion={newVersion}
        reason={reason}
        onReload={() => {
          if (reason === 'elsewhere') return reload();
          requested = true;
          void applyUpdate();
        }}
        onLater={() => render(null)}
      />,
    );
  const applyUpdate = register({
    onNeedRefresh: () => void fetchVersion().then((v) => show('waiting', v)),
    // The new worker controls this page now.
    onNeedReload: () => (requested ? reload() : show('elsewhere', null)),
  });
}

import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { InspectionEvent, Observer } from 'xstate';
import { App } from './app/app.tsx';
import { browserStore, loadSession } from './app/persistence.ts';
import './styles/app.css';

function hasSavedSession(): boolean {
  return loadSession(browserStore()).kind !== 'empty';
}

async function start() {
  let inspect:
    | (Observer<InspectionEvent> | ((event: InspectionEvent) => void))
    | undefined;
  if (new URLSearchParams(window.location.search).has('inspect')) {
    const { createBrowserInspector } = await import('@statelyai/inspect');
    inspect = createBrowserInspector().inspect;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const app = (
    <StrictMode>
      <App {...(inspect ? { inspect } : {})} />
    </StrictMode>
  );
  // The build prerenders a fresh consult's first screen: hydrate it when
  // that is what this visit shows; a resumed session renders anew.
  if (root.hasAttribute('data-prerendered') && !hasSavedSession()) {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Offline use: a lazy chunk registers the service worker and offers its
  // updates (never in the first load, never in the dev server).
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('./app/register-service-worker.ts');
  }
}

void start();

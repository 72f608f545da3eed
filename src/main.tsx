import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { InspectionEvent, Observer } from 'xstate';
import { App } from './app/app.tsx';
import {
  browserStore,
  savedRaw,
  type LoadedSession,
  type SessionReader,
} from './app/persistence.ts';
import './styles/app.css';

async function start() {
  let inspect:
    | (Observer<InspectionEvent> | ((event: InspectionEvent) => void))
    | undefined;
  const search = new URLSearchParams(window.location.search);
  // A link can carry ?inspect: the inspector (off-origin, stately.ai) opens
  // only when the user says yes.
  if (search.has('inspect')) {
    const [{ sessionUi }, { inspectorWanted }] = await Promise.all([
      import('../content/ui/session.ts'),
      import('./app/inspect-flag.ts'),
    ]);
    if (
      inspectorWanted(() =>
        window.confirm(sessionUi['session.inspect-confirm']),
      )
    ) {
      const { createBrowserInspector } = await import('@statelyai/inspect');
      inspect = createBrowserInspector().inspect;
    }
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A saved session is read (by the answers file's reader, a lazy chunk)
  // before the first render; a fresh visit loads none of it.
  const store = browserStore();
  let loaded: LoadedSession = { kind: 'empty' };
  let readSession: SessionReader | undefined;
  if (savedRaw(store) !== null) {
    ({ loadSession: readSession } = await import('./app/saved-session.ts'));
    loaded = readSession(store);
  }
  const app = (
    <StrictMode>
      <App
        store={store}
        loaded={loaded}
        {...(readSession ? { readSession } : {})}
        {...(inspect ? { inspect } : {})}
      />
    </StrictMode>
  );
  // The build prerenders a fresh consult's first screen: hydrate it when
  // that is what this visit shows; a resumed session renders anew.
  // In a transition, hydration yields to the browser between components
  // (a click on a control not yet hydrated hydrates it first): no long task
  // after the first paint.
  if (root.hasAttribute('data-prerendered') && loaded.kind === 'empty') {
    startTransition(() => {
      hydrateRoot(root, app);
    });
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

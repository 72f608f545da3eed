import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { InspectionEvent, Observer } from 'xstate';
import { App } from './app/app.tsx';
import './styles/app.css';

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
  createRoot(root).render(
    <StrictMode>
      <App {...(inspect ? { inspect } : {})} />
    </StrictMode>,
  );
}

void start();

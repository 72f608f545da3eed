import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useMachine } from '@xstate/react';
import { setup } from 'xstate';

// The smallest page that uses both libraries the app is built on: the
// baseline the app's first-load transfer is compared with.
const toggleMachine = setup({
  types: { events: {} as { type: 'toggle.flip' } },
}).createMachine({
  id: 'toggle',
  initial: 'off',
  states: {
    off: { on: { 'toggle.flip': 'on' } },
    on: { on: { 'toggle.flip': 'off' } },
  },
});

function Floor() {
  const [snapshot, send] = useMachine(toggleMachine);
  return (
    <main>
      <h1>Floor</h1>
      <button
        type="button"
        aria-pressed={snapshot.matches('on')}
        onClick={() => send({ type: 'toggle.flip' })}
      >
        Toggle
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);

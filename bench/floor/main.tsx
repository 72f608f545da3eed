import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useMachine } from '@xstate/react';
import { assign, setup } from 'xstate';

// The smallest page that uses both libraries the app is built on: the
// baseline the app's first-load transfer is compared with, and the
// framework's own cost of one click -> one message for the answer-to-paint
// walk (scripts/bench/answer-paint.ts).
const chatMachine = setup({
  types: {
    context: {} as { messages: number },
    events: {} as { type: 'chat.answer' },
  },
}).createMachine({
  id: 'chat',
  context: { messages: 0 },
  on: {
    'chat.answer': {
      actions: assign({ messages: ({ context }) => context.messages + 1 }),
    },
  },
});

function Floor() {
  const [snapshot, send] = useMachine(chatMachine);
  return (
    <main>
      <h1>Floor</h1>
      <ol className="transcript">
        {Array.from({ length: snapshot.context.messages }, (_, i) => (
          <li key={i}>Message {i + 1}</li>
        ))}
      </ol>
      <button type="button" onClick={() => send({ type: 'chat.answer' })}>
        Answer
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

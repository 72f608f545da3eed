import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { QuestionId, WorkupInput } from '../../machines/workup.types.ts';
import { App } from '../../src/app/app.tsx';
import {
  saveSession,
  storageKey,
  type Store,
} from '../../src/app/persistence.ts';
import { loadSession } from '../../src/app/saved-session.ts';

/** An in-memory Storage stand-in. */
export function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const store: Store & { data: Map<string, string> } = {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return store;
}

/**
 * A store holding a session resumed from these inputs (as if saved), with
 * `editing` a correction of that answer open.
 */
export function storeAt({
  editing,
  ...input
}: WorkupInput & { editing?: QuestionId }) {
  const actor = createActor(workupMachine, { input }).start();
  if (editing) actor.send({ type: 'answer.edit', question: editing });
  const store = memoryStore();
  saveSession(store, actor.getSnapshot());
  actor.stop();
  return store;
}

export function scenarioAnswers(name: string) {
  const file = parseAnswersFile(
    JSON.parse(readFileSync(`tests/scenarios/${name}.answers.json`, 'utf8')),
  );
  return runConsult(file).answers;
}

/** The app on `store`, the saved session read first as the browser does. */
export function renderApp(store = memoryStore()) {
  const user = userEvent.setup();
  const utils = render(
    <App store={store} loaded={loadSession(store)} readSession={loadSession} />,
  );
  return { user, store, ...utils };
}

/**
 * The saved blob, and the consult a reload resumes from it (`persisted`:
 * its state and context), or null when nothing is saved.
 */
export const savedBlob = (store: ReturnType<typeof memoryStore>) => {
  const raw = store.data.get(storageKey);
  if (raw === undefined) return null;
  const loaded = loadSession(store);
  const snapshot =
    loaded.kind === 'restored'
      ? loaded.snapshot
      : loaded.kind === 'broken'
        ? loaded.partial
        : null;
  return {
    ...(JSON.parse(raw) as { version: number; answers: unknown }),
    persisted: snapshot as unknown as {
      value: unknown;
      context: { answers: Record<string, unknown> };
    },
  };
};

/**
 * The app resumed at a scenario's summary (clinician wording): the rendered
 * app and the summary article, once its lazy chunk has loaded.
 */
export async function renderSummaryOf(scenario: string) {
  const app = renderApp(
    storeAt({ audience: 'clinician', answers: scenarioAnswers(scenario) }),
  );
  const summary = await screen.findByRole(
    'article',
    { name: 'Workup summary' },
    { timeout: 15_000 },
  );
  return { ...app, summary };
}

/** The classification a summary shows (its Classification region). */
export const classificationRegion = (summary: HTMLElement) =>
  within(summary).getByRole('region', { name: 'Classification' });

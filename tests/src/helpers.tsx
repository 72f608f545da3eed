import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { WorkupInput } from '../../machines/workup.types.ts';
import { App } from '../../src/app/app.tsx';
import {
  saveSession,
  storageKey,
  type Store,
} from '../../src/app/persistence.ts';

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

/** A store holding a session resumed from these inputs (as if saved). */
export function storeAt(input: WorkupInput) {
  const actor = createActor(workupMachine, { input }).start();
  const store = memoryStore();
  saveSession(store, actor.getPersistedSnapshot());
  actor.stop();
  return store;
}

export function scenarioAnswers(name: string) {
  const file = parseAnswersFile(
    JSON.parse(readFileSync(`tests/scenarios/${name}.answers.json`, 'utf8')),
  );
  return runConsult(file).answers;
}

export function renderApp(store = memoryStore()) {
  const user = userEvent.setup();
  const utils = render(<App store={store} />);
  return { user, store, ...utils };
}

export const savedBlob = (store: ReturnType<typeof memoryStore>) =>
  JSON.parse(store.data.get(storageKey) ?? 'null') as {
    version: number;
    persisted: {
      value: unknown;
      context: { answers: Record<string, unknown> };
    };
  } | null;

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

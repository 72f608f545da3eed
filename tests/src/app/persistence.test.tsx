import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  loadSession,
  storageKey,
  storageVersion,
} from '../../../src/app/persistence.ts';
import {
  memoryStore,
  renderApp,
  savedBlob,
  scenarioAnswers,
  storeAt,
} from '../helpers.tsx';

describe('persistence', () => {
  it('saves a versioned blob and resumes where the user was', async () => {
    const first = renderApp();
    await first.user.click(screen.getByRole('button', { name: 'Clinician' }));
    const blob = savedBlob(first.store)!;
    expect(blob.version).toBe(storageVersion);
    expect(blob.persisted.value).toEqual({ intake: 'gestationalAge' });
    first.unmount();
    renderApp(first.store);
    expect(
      screen.getByRole('textbox', { name: 'Gestational age in weeks' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['not JSON', '{not json'],
    ['another version', JSON.stringify({ version: 0, persisted: {} })],
    [
      'an unknown state',
      JSON.stringify({
        version: storageVersion,
        savedAt: '',
        persisted: {
          status: 'active',
          value: { intake: 'nope' },
          context: {},
          children: {},
        },
      }),
    ],
  ])(
    'tells the user about a broken session (%s) and offers a fresh start',
    async (_, raw) => {
      const store = memoryStore({ [storageKey]: raw });
      expect(loadSession(store).kind).toBe('broken');
      const { user } = renderApp(store);
      expect(
        screen.getByRole('heading', {
          name: 'Your saved session could not be restored',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Copy the broken data' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Saved data' })).toHaveValue(
        raw,
      );
      // Nothing is dropped until the user chooses.
      expect(store.data.get(storageKey)).toBe(raw);
      await user.click(
        screen.getByRole('button', { name: 'Start a fresh consult' }),
      );
      expect(
        screen.getByRole('button', { name: 'Clinician' }),
      ).toBeInTheDocument();
      expect(savedBlob(store)?.persisted.value).toEqual({ intake: 'audience' });
    },
  );

  const tampered = (edit: (answers: Record<string, unknown>) => void) => {
    const store = storeAt({
      audience: 'clinician',
      answers: scenarioAnswers('primary-cmv-optimal'),
    });
    const blob = savedBlob(store)!;
    edit(blob.persisted.context.answers);
    const raw = JSON.stringify(blob);
    store.data.set(storageKey, raw);
    return { store, raw };
  };

  it.each([
    [
      'a gestational age of 999 weeks',
      (a: Record<string, unknown>) => (a.gestationalAgeWeeks = 999),
      /Gestational age must be from 10 to 42 weeks/,
    ],
    [
      'a serology result "banana"',
      (a: Record<string, unknown>) =>
        ((a.serology as Record<string, unknown>)['cmv-igg'] = 'banana'),
      /not one of the offered answers/,
    ],
    [
      'an answer to a question that does not apply',
      (a: Record<string, unknown>) => (a.chromosomalDiagnosis = 'trisomy-18'),
      /does not match/,
    ],
    [
      'an unknown field',
      (a: Record<string, unknown>) => (a.patientName = 'x'),
      /does not match/,
    ],
  ])(
    'refuses to restore %s and shows the recovery screen',
    async (_, edit, problem) => {
      const { store, raw } = tampered(edit);
      const loaded = loadSession(store);
      expect(loaded.kind).toBe('broken');
      renderApp(store);
      expect(
        screen.getByRole('heading', {
          name: 'Your saved session could not be restored',
        }),
      ).toBeInTheDocument();
      expect(screen.getByText(problem)).toBeInTheDocument();
      expect(store.data.get(storageKey)).toBe(raw);
    },
  );

  it('restores a finished consult and a consult mid-edit unchanged', () => {
    const done = storeAt({
      audience: 'learner',
      answers: scenarioAnswers('parvovirus-hydrops'),
    });
    expect(loadSession(done).kind).toBe('restored');
    const editing = storeAt({
      audience: 'clinician',
      answers: scenarioAnswers('primary-cmv-optimal'),
      editing: 'storch',
    });
    expect(loadSession(editing).kind).toBe('restored');
  });

  it('restores a session whose edit opened an earlier question with later answers kept', () => {
    const answers = scenarioAnswers('isolated-negative-workup');
    // CMV IgM changed to positive: avidity is open, genetics stay answered.
    const store = storeAt({
      audience: 'clinician',
      answers: {
        ...answers,
        serology: {
          ...answers.serology,
          'cmv-igg': 'positive',
          'cmv-igm': 'positive',
        },
      },
    });
    expect(savedBlob(store)!.persisted.value).toEqual({
      serology: 'cmvAvidity',
    });
    expect(savedBlob(store)!.persisted.context.answers.genetics).toBeDefined();
    expect(loadSession(store).kind).toBe('restored');
  });

  it('starts over only after confirmation', async () => {
    const { user, store } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('23 weeks')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, start over' }));
    expect(screen.queryByText('23 weeks')).not.toBeInTheDocument();
    expect(savedBlob(store)?.persisted.context.answers).toEqual({});
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { workupMachine } from '../../../machines/workup.machine.ts';
import { storageKey, storageVersion } from '../../../src/app/persistence.ts';
import { loadSession } from '../../../src/app/saved-session.ts';
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
    // Issue 23: the answers as an answers file, and no calendar date.
    expect(blob.answers).toEqual({
      audience: 'clinician',
      contentVersion: expect.any(String),
    });
    expect(first.store.data.get(storageKey)).not.toMatch(
      /savedAt|\d{4}-\d\d-\d\d/,
    );
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
        await screen.findByRole('heading', {
          name: 'Your saved session could not be restored',
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Copy what was saved' }),
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
    const blob = JSON.parse(store.data.get(storageKey)!) as {
      answers: Record<string, unknown>;
    };
    edit(blob.answers);
    const raw = JSON.stringify(blob);
    store.data.set(storageKey, raw);
    return { store, raw };
  };

  it.each([
    [
      'a serology result "banana"',
      (a: Record<string, unknown>) =>
        ((a.serology as Record<string, unknown>)['cmv-igg'] = 'banana'),
      /serology\.cmv-igg/,
    ],
    [
      'an unknown field',
      (a: Record<string, unknown>) => (a.patientName = 'x'),
      /patientName/,
    ],
    [
      'a negative number of weeks since the infection',
      (a: Record<string, unknown>) => (a.weeksSinceMaternalInfection = -3),
      /weeksSinceMaternalInfection/,
    ],
  ])(
    'one bad field (%s) costs that field, not the consult: named, the rest kept on request (issue 23)',
    async (_, edit, field) => {
      const { store, raw } = tampered(edit);
      const loaded = loadSession(store);
      expect(loaded.kind).toBe('broken');
      const { user } = renderApp(store);
      expect(
        await screen.findByRole('heading', {
          name: 'Your saved session could not be restored',
        }),
      ).toBeInTheDocument();
      expect(screen.getByRole('listitem')).toHaveTextContent(field);
      expect(
        screen.getByRole('button', { name: 'Copy what was saved' }),
      ).toBeInTheDocument();
      expect(store.data.get(storageKey)).toBe(raw);
      await user.click(
        screen.getByRole('button', { name: 'Keep what can be read' }),
      );
      // The rest of the consult resumes (a question set aside is asked again).
      expect(
        screen.queryByRole('heading', {
          name: 'Your saved session could not be restored',
        }),
      ).not.toBeInTheDocument();
      expect(loadSession(store).kind).toBe('restored');
      const kept = savedBlob(store)!.persisted.context.answers;
      expect(kept.gestationalAgeWeeks).toBe(23);
      expect([...(kept.findings as string[])].sort()).toEqual([
        'intracranial-calcifications',
        'ventriculomegaly',
      ]);
      expect(kept.patientName).toBeUndefined();
    },
    20_000,
  );

  it('a gestational age of 999 weeks is named; what does not depend on it (the wording) is kept', async () => {
    const { store } = tampered((a) => (a.gestationalAgeWeeks = 999));
    const { user } = renderApp(store);
    expect((await screen.findAllByRole('listitem'))[0]!).toHaveTextContent(
      /gestationalAgeWeeks: Gestational age must be from 10 to 42 weeks/,
    );
    await user.click(
      screen.getByRole('button', { name: 'Keep what can be read' }),
    );
    expect(
      screen.getByRole('textbox', { name: 'Gestational age in weeks' }),
    ).toBeInTheDocument();
  });

  it('an answer to a question that does not apply is dropped, as from an answers file', () => {
    const { store } = tampered((a) => (a.chromosomalDiagnosis = 'trisomy-18'));
    const loaded = loadSession(store);
    expect(loaded.kind).toBe('restored');
    expect(
      savedBlob(store)!.persisted.context.answers.chromosomalDiagnosis,
    ).toBeUndefined();
  });

  it('still opens a save of the first format (the machine snapshot, with a date)', () => {
    const actor = createActor(workupMachine, {
      input: {
        audience: 'clinician',
        answers: scenarioAnswers('parvovirus-hydrops'),
      },
    }).start();
    const persisted = actor.getPersistedSnapshot();
    const answers = actor.getSnapshot().context.answers;
    actor.stop();
    const store = memoryStore({
      [storageKey]: JSON.stringify({
        version: 1,
        savedAt: '2026-11-30T10:00:00.000Z',
        persisted,
      }),
    });
    const loaded = loadSession(store);
    expect(loaded.kind).toBe('restored');
    expect(savedBlob(store)!.persisted.context.answers).toEqual(answers);
  });

  it('a first-format save whose context holds a bad rejection resumes (it is not an answer) (issue 23)', async () => {
    const actor = createActor(workupMachine, {
      input: {
        audience: 'clinician',
        answers: scenarioAnswers('parvovirus-hydrops'),
      },
    }).start();
    const persisted = actor.getPersistedSnapshot() as unknown as {
      context: Record<string, unknown>;
    };
    actor.stop();
    persisted.context.rejection = { question: 'storch', reason: 'x' };
    const store = memoryStore({
      [storageKey]: JSON.stringify({ version: 1, persisted }),
    });
    renderApp(store);
    expect(
      await screen.findByRole(
        'article',
        { name: 'Workup summary' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
  });

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
    expect(savedBlob(editing)!.persisted.context).toMatchObject({
      editing: 'storch',
      editMode: 'correct',
    });
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
    // The avidity is asked on its own (the machine's gap fill).
    expect(loadSession(store).kind).toBe('restored');
    const resumed = savedBlob(store)!.persisted as unknown as {
      value: unknown;
      context: { editing: unknown; answers: Record<string, unknown> };
    };
    expect(resumed.value).toBe('editing');
    expect(resumed.context.editing).toBe('cmv-avidity');
    expect(resumed.context.answers.genetics).toBeDefined();
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

describe('the crash screen (issue 23: never only "delete")', () => {
  it('offers to copy what was saved before starting afresh', async () => {
    const { render } = await import('@testing-library/react');
    const { ActorErrorBoundary } =
      await import('../../../src/app/recovery.tsx');
    const Boom = () => {
      throw new Error('boom');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ActorErrorBoundary saved={() => '{"version":2}'} onReset={() => {}}>
        <Boom />
      </ActorErrorBoundary>,
    );
    expect(
      await screen.findByRole('button', { name: 'Copy what was saved' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start a fresh consult' }),
    ).toBeInTheDocument();
    spy.mockRestore();
  });
});

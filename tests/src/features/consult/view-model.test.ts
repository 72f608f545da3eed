import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import type { WorkupInput } from '../../../../machines/workup.types.ts';
import {
  connect,
  droppedLabels,
  toAnswerEvent,
} from '../../../../src/features/consult/view-model.ts';
import { activeStateIds } from '../../../../src/shared/lib/workup-actor.ts';

const actorAt = (input: WorkupInput) =>
  createActor(workupMachine, { input }).start();

describe('connect (snapshot -> view model)', () => {
  it('asks the audience first, in the source words, as quick replies', () => {
    const view = connect(actorAt({}).getSnapshot());
    expect(view.active?.id).toBe('audience');
    expect(view.active?.prompt).toBe('Which best describes you?');
    expect(view.active?.control.kind).toBe('choice');
    expect(view.phases.find((p) => p.status === 'current')?.id).toBe('intake');
  });

  it('puts answered questions in the transcript and the open one last', () => {
    const view = connect(
      actorAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23 },
      }).getSnapshot(),
    );
    expect(
      view.entries.map((e) =>
        e.kind === 'answered'
          ? e.question
          : e.kind === 'active'
            ? `>${e.question.id}`
            : e.key,
      ),
    ).toEqual(['audience', 'gestational-age', '>findings']);
    expect(view.phases.map((p) => p.status)).toEqual([
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('shows a refused answer with the validation text', () => {
    const actor = actorAt({ audience: 'clinician' });
    actor.send({ type: 'intake.gestationalAgeEntered', weeks: '9' });
    expect(connect(actor.getSnapshot()).active?.error).toMatch(/10 to 42/);
  });

  it('prefills the question being edited and offers edits the machine accepts', () => {
    const actor = actorAt({
      audience: 'clinician',
      answers: { gestationalAgeWeeks: 23 },
    });
    const before = connect(actor.getSnapshot());
    expect(
      before.entries.every((e) => e.kind !== 'answered' || e.canEdit),
    ).toBe(true);
    actor.send({ type: 'answer.edit', question: 'gestational-age' });
    const view = connect(actor.getSnapshot());
    expect(view.active?.editing).toBe(true);
    expect(view.active?.initial).toBe('23');
  });

  it('turns control values into answer events and previews what an edit clears', () => {
    expect(toAnswerEvent('infection-timing', 'unknown')).toEqual({
      type: 'serology.infectionTimingEntered',
      weeks: null,
    });
    const answers = {
      gestationalAgeWeeks: 23,
      serology: {
        'cmv-igm': 'positive' as const,
        'cmv-igg': 'positive' as const,
      },
      // Pending: not a result yet, so a choice of the branch, cleared.
      cmvAvidity: 'pending' as const,
    };
    expect(
      droppedLabels(
        answers,
        toAnswerEvent('storch', { 'cmv-igm': 'negative' }),
        'clinician',
      ),
    ).toEqual(['CMV IgG avidity']);
  });

  it('lists the state ids for the map', () => {
    expect(activeStateIds({ serology: 'storch' })).toEqual([
      'workup.serology',
      'workup.serology.storch',
    ]);
    expect(activeStateIds('summary')).toEqual(['workup.summary']);
  });
});

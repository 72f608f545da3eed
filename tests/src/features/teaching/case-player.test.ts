import { describe, expect, it } from 'vitest';
import { teachingCases } from '../../../../content/cases/cases.ts';
import {
  decidingGuards,
  decisionsAt,
  isCorrectPick,
  predictionsAfter,
  replayCase,
} from '../../../../src/features/teaching/case-player.ts';

describe('replayCase and predictionsAfter', () => {
  it.each(teachingCases.map((c) => [c.id, c] as const))(
    '%s: the last prediction is the expected classification',
    (_, c) => {
      const { steps, summary } = replayCase(c, 'learner');
      expect(summary.classification).toBe(c.expected.classification);
      expect(steps.at(-1)?.next).toBe('summary');
      const last = predictionsAfter(steps.at(-1)!).find(
        (p) => p.kind === 'classification',
      );
      expect(last?.correct).toBe(c.expected.classification);
      const all = steps.flatMap(predictionsAfter);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const p of all) {
        expect(p.options as readonly string[]).toEqual(
          expect.arrayContaining(
            p.kind === 'remaining-causes' ? p.correct : [p.correct],
          ),
        );
      }
    },
  );

  it('asks which question comes next where the machine skips one', () => {
    const c = teachingCases.find((t) => t.id === 'isolated-negative-workup')!;
    const storch = replayCase(c, 'clinician').steps.find(
      (s) => s.question === 'storch',
    )!;
    expect(storch.skipped).toEqual(['cmv-avidity']);
    const [p] = predictionsAfter(storch);
    expect(p).toEqual({
      kind: 'next-question',
      options: ['cmv-avidity', 'parvovirus'],
      correct: 'parvovirus',
    });
    expect(isCorrectPick(p!, ['parvovirus'])).toBe(true);
    expect(isCorrectPick(p!, ['cmv-avidity'])).toBe(false);
  });

  it('names the decision behind each asked or skipped question, from the machine', () => {
    expect(decidingGuards('cmv-avidity')).toEqual(['cmvAvidityIndicated']);
    expect(decidingGuards('mca-doppler')).toEqual([
      'parvovirusRecent',
      'hydropsSeen',
    ]);
    expect(decidingGuards('storch')).toEqual([]);
    const storchOf = (id: string) =>
      replayCase(
        teachingCases.find((t) => t.id === id)!,
        'clinician',
      ).steps.find((s) => s.question === 'storch')!;
    expect(decisionsAt(storchOf('isolated-negative-workup'))).toEqual([
      {
        question: 'cmv-avidity',
        asked: false,
        decisions: [{ id: 'cmvAvidityIndicated', held: false }],
      },
    ]);
    expect(decisionsAt(storchOf('primary-cmv-optimal'))).toEqual([
      {
        question: 'cmv-avidity',
        asked: true,
        decisions: [{ id: 'cmvAvidityIndicated', held: true }],
      },
    ]);
  });
});

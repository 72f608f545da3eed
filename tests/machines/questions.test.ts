import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnyStateNode } from 'xstate';
import {
  parvovirusTestIds,
  questionIds,
  storchTestIds,
} from '../../content/ids.ts';
import { questionList, questions } from '../../machines/questions.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { WorkupMeta } from '../../machines/workup.types.ts';
import { guardRef } from '../../src/shared/lib/statechart/machine-graph.ts';
import { guardNames } from '../../src/shared/lib/statechart/guard-words.ts';
import { runConsult } from '../../machines/consult.ts';
import { answersFile, primaryCmvSerology } from './helpers.ts';

/** Every question state of the machine, by its state id. */
function questionStates(): Map<string, AnyStateNode> {
  const out = new Map<string, AnyStateNode>();
  const visit = (node: AnyStateNode) => {
    if ((node.meta as WorkupMeta | undefined)?.question) out.set(node.id, node);
    Object.values(node.states).forEach(visit);
  };
  visit(workupMachine.root);
  return out;
}

describe('the question registry', () => {
  const states = questionStates();

  it('lists every question once, in the interview order', () => {
    expect(questionList.map((q) => q.id)).toEqual([...questionIds]);
    expect(Object.keys(questions).sort()).toEqual([...questionIds].sort());
  });

  it('names, for each question, the machine state that asks it, its phase and its answer event', () => {
    expect([...states.keys()].sort()).toEqual(
      questionList.map((q) => q.state).sort(),
    );
    for (const spec of questionList) {
      const node = states.get(spec.state)!;
      const meta = node.meta as WorkupMeta;
      expect(meta.question, spec.state).toBe(spec.id);
      expect(meta.phase, spec.id).toBe(spec.phase);
      expect(Object.keys(node.config.on ?? {}), spec.id).toEqual([spec.event]);
    }
  });

  it('asks a conditional question on the same decisions as the machine', () => {
    for (const spec of questionList) {
      const always = states.get(spec.state)!.always ?? [];
      // The skip that leaves the question unless one of its decisions holds.
      const decisions = always
        .flatMap((t) => {
          const ref = guardRef(t.guard);
          return ref?.kind === 'not' ? guardNames(ref) : [];
        })
        .filter((name) => name !== 'isBeingEdited');
      expect(decisions, spec.id).toEqual([...spec.askedWhen]);
    }
  });

  it('reads back what it writes, and clears it', () => {
    const answers = runConsult(
      answersFile({
        serology: primaryCmvSerology,
        cmvAvidity: 'low',
        weeksSinceMaternalInfection: 8,
        findings: ['echogenic-bowel'],
        genetics: {
          'chromosomal-microarray': 'abnormal',
          karyotype: 'normal',
          'cf-carrier-screening': 'normal',
        },
        chromosomalDiagnosis: 'trisomy-21',
        specialized: { 'amniotic-fluid-cmv-pcr': 'positive' },
      }),
    ).answers;
    // Every question but the audience has an answer here.
    expect(
      questionList
        .filter((q) => q.read(answers) === undefined)
        .map((q) => q.id),
    ).toEqual(['audience', 'mca-doppler']);
    for (const spec of questionList.filter((q) => q.id !== 'audience')) {
      const value = spec.read(answers);
      if (value === undefined) continue;
      expect(value, spec.id).not.toBeNull();
      const event = spec.toEvent(value);
      expect(spec.problem(event as never), spec.id).toBeNull();
      const cleared = spec.clear(answers);
      expect(spec.read(cleared), spec.id).toBeUndefined();
      expect(spec.read(spec.write(cleared, event as never)), spec.id).toEqual(
        value,
      );
    }
  });

  it('names the answers-file field each question fills', () => {
    expect(questions['cmv-pcr'].field).toBe(
      'specialized.amniotic-fluid-cmv-pcr',
    );
    expect(questions.storch.field).toBe('serology');
    expect(questions['infection-timing'].field).toBe(
      'weeksSinceMaternalInfection',
    );
  });

  it('says a question is answered exactly when its read gives a value', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) =>
      fc.oneof(fc.constant(undefined), arb);
    const result = maybe(fc.constantFrom('positive', 'negative', 'pending'));
    const answersArb = fc.record({
      gestationalAgeWeeks: maybe(fc.double({ min: 0, max: 45 })),
      weeksSinceMaternalInfection: maybe(
        fc.oneof(fc.constant(null), fc.double({ min: 0, max: 45 })),
      ),
      serology: maybe(
        fc.record(
          Object.fromEntries(
            [...storchTestIds, ...parvovirusTestIds].map((t) => [t, result]),
          ),
          { requiredKeys: [] },
        ),
      ),
    });
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const spec of questionList) {
          if (!spec.answered) continue;
          expect(spec.answered(answers as never), spec.id).toBe(
            spec.read(answers as never) !== undefined,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnyStateNode } from 'xstate';
import {
  parvovirusTestIds,
  questionIds,
  storchTestIds,
} from '../../content/ids.ts';
import {
  allQuestions,
  answerEventOf,
  eventProblem,
  questionList,
  questions,
  valueOf,
} from '../../machines/questions.ts';
import { decidingGuards } from '../../src/features/teaching/case-player.ts';
import {
  clearOf,
  hasAnswer,
  readAnswer,
  valueProblem,
  writeAnswer,
} from '../../machines/codecs.ts';
import { samplesOf } from './codec-samples.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type { QuestionId, WorkupMeta } from '../../machines/workup.types.ts';
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
    for (const spec of Object.values(allQuestions)) {
      const node = states.get(spec.state);
      expect(node, spec.state).toBeDefined();
      const meta = node!.meta as WorkupMeta;
      expect(meta.question, spec.state).toBe(spec.id);
      expect(meta.phase, spec.id).toBe(spec.phase);
    }
    // Every state that asks a question takes that question's answer event
    // (the follow-up's due checks ask interview questions again).
    for (const [id, node] of states) {
      const question = (node.meta as WorkupMeta).question!;
      expect(Object.keys(node.config.on ?? {}), id).toContain(
        allQuestions[question].event,
      );
    }
  });

  it('has no eventless step on a question state: skipping is a decision state, resuming is the one route', () => {
    for (const [id, node] of states) {
      expect(node.config.always, id).toBeUndefined();
    }
  });

  it('asks a conditional question on the same decisions as the machine', () => {
    for (const spec of questionList) {
      expect(decidingGuards(spec.id as QuestionId), spec.id).toEqual([
        ...spec.askedWhen,
      ]);
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
        .filter((q) => readAnswer(q.codec, answers) === undefined)
        .map((q) => q.id),
    ).toEqual(['audience', 'mca-doppler']);
    for (const spec of questionList.filter((q) => q.id !== 'audience')) {
      const { codec } = spec;
      const value = readAnswer(codec, answers);
      if (value === undefined) continue;
      expect(value, spec.id).not.toBeNull();
      const event = answerEventOf(spec.id, value);
      expect(eventProblem(event, answers), spec.id).toBeNull();
      const cleared = clearOf(codec, answers);
      expect(readAnswer(codec, cleared), spec.id).toBeUndefined();
      expect(
        readAnswer(
          codec,
          writeAnswer(codec, cleared, valueOf(event) as never, {
            mode: 'answer',
          }),
        ),
        spec.id,
      ).toEqual(value);
    }
  });

  it("refuses each codec's invalid sample values and takes its valid ones", () => {
    for (const spec of Object.values(allQuestions)) {
      for (const value of samplesOf(spec.codec).valid)
        expect(
          valueProblem(spec.codec, value),
          `${spec.id} ${String(value)}`,
        ).toBeNull();
      for (const value of samplesOf(spec.codec).invalid)
        expect(
          valueProblem(spec.codec, value),
          `${spec.id} ${JSON.stringify(value)}`,
        ).not.toBeNull();
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
          if (spec.id === 'audience') continue;
          expect(hasAnswer(spec.codec, answers as never), spec.id).toBe(
            readAnswer(spec.codec, answers as never) !== undefined,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('weeks since maternal infection (issue 23: no absurd interval)', () => {
  const answers = { gestationalAgeWeeks: 23 };
  const event = (weeks: number) =>
    ({ type: 'serology.infectionTimingEntered', weeks }) as const;

  it('takes more weeks than the pregnancy, up to a year before it', () => {
    expect(eventProblem(event(30), answers)).toBeNull();
    expect(eventProblem(event(23 + 52), answers)).toBeNull();
  });

  it('refuses an interval longer than the pregnancy and a year (1e308 weeks), as the answers file does', () => {
    expect(eventProblem(event(23 + 52.5), answers)).toBe(
      'weeks-since-infection-too-long',
    );
    expect(eventProblem(event(1e308), answers)).toBe(
      'weeks-since-infection-too-long',
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  chromosomalDiagnosisIds,
  findingIds,
  headSizeIds,
  questionIds,
  storchTestIds,
} from '../../content/ids.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import {
  InvalidAnswersError,
  eventFor,
  runConsult,
} from '../../machines/consult.ts';
import { nextQuestion } from '../../machines/rules/answers.ts';
import { currentQuestion } from '../../machines/workup.selectors.ts';
import { summaryOf } from '../../machines/workup.summary.ts';
import type { WorkupEvent } from '../../machines/workup.types.ts';
import {
  expectInvariants,
  invariantViolations,
  keptViolations,
  latest,
  type RawAnswers,
} from './invariants.ts';
import { answersFileArb, genetic, serology, weeks } from './arbitraries.ts';

/** Runs per property; CI and the README use the default of 10,000. */
const numRuns = Number(process.env.FC_RUNS ?? 10_000);
let runsDone = 0;

/** Every result an answers file gives (not pending, not "not done"), read raw. */
function resultsOf(file: RawAnswers): [path: string, result: string][] {
  const rows = (key: string): [string, string | undefined][] =>
    Object.entries((file[key] ?? {}) as Record<string, unknown>).map(
      ([id, value]) => [`${key}.${id}`, latest(value)],
    );
  const all: [string, string | undefined][] = [
    ['cmvAvidity', latest(file.cmvAvidity)],
    ...rows('serology'),
    ...rows('genetics'),
    ...rows('specialized'),
  ];
  return all.filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined &&
      entry[1] !== 'pending' &&
      entry[1] !== 'not-done',
  );
}

/** The latest result at `serology.cmv-igm`, `cmvAvidity`, ... of kept answers. */
function resultAt(answers: RawAnswers, path: string): string | undefined {
  const [key, id] = path.split(/\.(.*)/s) as [string, string | undefined];
  const value = id
    ? ((answers[key] ?? {}) as Record<string, unknown>)[id]
    : answers[key];
  return latest(value);
}

/** Any event a user (or a buggy client) could send, valid or not. */
const eventArb: fc.Arbitrary<WorkupEvent> = fc.oneof(
  fc.record({
    type: fc.constant('intake.audienceSelected'),
    audience: fc.constantFrom('clinician', 'learner'),
  }),
  fc.record({ type: fc.constant('intake.gestationalAgeEntered'), weeks }),
  fc.record({
    type: fc.constant('examination.findingsEntered'),
    findings: fc.oneof(
      fc.subarray([...findingIds]),
      fc.constantFrom('pending', 'not-done'),
    ),
  }),
  fc.record({
    type: fc.constant('examination.headSizeEntered'),
    headSize: fc.constantFrom(...headSizeIds),
  }),
  fc.record({
    type: fc.constant('serology.storchEntered'),
    results: fc.record(
      Object.fromEntries(storchTestIds.map((t) => [t, serology])) as Record<
        string,
        fc.Arbitrary<'positive'>
      >,
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('serology.avidityEntered'),
    avidity: fc.constantFrom(
      'low',
      'intermediate',
      'high',
      'pending',
      'not-done',
    ),
  }),
  fc.record({
    type: fc.constant('serology.parvovirusEntered'),
    results: fc.record(
      { 'parvovirus-igg': serology, 'parvovirus-igm': serology },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    type: fc.constant('serology.infectionTimingEntered'),
    weeks: fc.oneof(fc.constant(null), weeks),
  }),
  fc.record({
    type: fc.constant('genetics.microarrayEntered'),
    result: genetic,
  }),
  fc.record({
    type: fc.constant('genetics.karyotypeEntered'),
    result: genetic,
  }),
  fc.record({
    type: fc.constant('genetics.diagnosisEntered'),
    diagnosis: fc.constantFrom(...chromosomalDiagnosisIds),
  }),
  fc.record({
    type: fc.constant('genetics.cfScreeningEntered'),
    result: genetic,
  }),
  fc.record({
    type: fc.constant('specialized.cmvPcrEntered'),
    result: fc.constantFrom('positive', 'negative', 'pending', 'not-done'),
  }),
  fc.record({
    type: fc.constant('specialized.mcaDopplerEntered'),
    result: genetic,
  }),
  fc.record({ type: fc.constant('specialized.mriEntered'), result: genetic }),
  fc.record({
    type: fc.constant('answer.edit'),
    question: fc.constantFrom(...questionIds),
  }),
  fc.constant({ type: 'answer.editCancelled' as const }),
  fc.record({
    type: fc.constant('audience.change'),
    audience: fc.constantFrom('clinician', 'learner'),
  }),
) as fc.Arbitrary<WorkupEvent>;

describe('property: random answer sets', () => {
  it(
    `${numRuns} random answer files give a valid summary or a named refusal`,
    { timeout: 300_000 },
    () => {
      let refused = 0;
      fc.assert(
        fc.property(answersFileArb, (file) => {
          runsDone++;
          try {
            const { answers, summary } = runConsult(file);
            expect(invariantViolations(answers, summary)).toEqual([]);
            // Every result in the file is kept, asked for or not (REVIEW.md
            // second review, "Any recorded test result").
            for (const [path, result] of resultsOf(
              file as unknown as RawAnswers,
            ))
              expect(resultAt(answers as RawAnswers, path), path).toBe(result);
          } catch (error) {
            if (!(error instanceof InvalidAnswersError)) throw error;
            refused++;
          }
        }),
        { numRuns },
      );
      // A well-typed file is never refused (weeks since infection >= 0;
      // longer than the pregnancy is accepted).
      expect(refused).toBe(0);
      console.log(
        `property runs (answer files): ${numRuns}, refused as invalid: ${refused}`,
      );
    },
  );
});

// The sequences are drawn without looking at the machine's state: most
// events are refused or ignored where they land, few sequences get past the
// serology and few edits are taken (issue 22; the state-aware generator
// comes with the new machine). The counts are printed, not asserted.
describe('property: random event sequences (state-blind)', () => {
  it(
    `${numRuns} random event sequences never throw, never keep an abandoned answer (clinical pairs), always end in a valid summary`,
    { timeout: 300_000 },
    () => {
      let pastSerology = 0;
      let editsTaken = 0;
      fc.assert(
        fc.property(
          fc.array(eventArb, { maxLength: 40 }),
          answersFileArb,
          (events, completion) => {
            runsDone++;
            const actor = createActor(workupMachine, { input: {} });
            const errors: unknown[] = [];
            actor.subscribe({ error: (e) => errors.push(e) });
            actor.start();
            for (const event of events) {
              if (actor.getSnapshot().status !== 'active') break;
              actor.send(event);
              const snapshot = actor.getSnapshot();
              if (
                event.type === 'answer.edit' &&
                snapshot.context.editing === event.question
              )
                editsTaken++;
              expect(keptViolations(snapshot.context.answers)).toEqual([]);
            }
            if (
              !actor.getSnapshot().matches('intake') &&
              !actor.getSnapshot().matches('examination') &&
              !actor.getSnapshot().matches('serology')
            )
              pastSerology++;
            // Finish the consult with the completion file; a refused answer
            // falls back to "unknown"/"not done" as a user would.
            for (
              let i = 0;
              i < 40 && !actor.getSnapshot().hasTag('summary');
              i++
            ) {
              const snapshot = actor.getSnapshot();
              const question = currentQuestion(snapshot)!;
              actor.send(eventFor(question, completion, 'clinician'));
              if (actor.getSnapshot().context.rejection) {
                actor.send({
                  type: 'serology.infectionTimingEntered',
                  weeks: null,
                });
              }
            }
            expect(errors).toEqual([]);
            const final = actor.getSnapshot();
            expect(final.status).toBe('active');
            expect(final.hasTag('summary')).toBe(true);
            // At the summary no applicable question is left unanswered.
            expect(
              nextQuestion(final.context.answers, { audienceChosen: true }),
            ).toBeNull();
            expectInvariants(final.context.answers, summaryOf(final)!);
          },
        ),
        { numRuns },
      );
      console.log(
        `property runs (event sequences): ${numRuns}; past the serology before the completion: ${pastSerology}; edits taken: ${editsTaken}; total property runs: ${runsDone}`,
      );
    },
  );
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidAnswersError, runConsult } from '../../machines/consult.ts';
import { invariantViolations, latest, type RawAnswers } from './invariants.ts';
import { answersFileArb } from './arbitraries.ts';

/** Runs per property; CI and the README use the default of 10,000. */
const numRuns = Number(process.env.FC_RUNS ?? 10_000);

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

describe('property: random answer sets', () => {
  it(
    `${numRuns} random answer files give a valid summary or a named refusal`,
    { timeout: 300_000 },
    () => {
      let refused = 0;
      fc.assert(
        fc.property(answersFileArb, (file) => {
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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
  type AnswersFile,
} from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { currentQuestion } from '../../machines/workup.selectors.ts';
import { entriesOf } from '../../machines/rules/results.ts';
import type { Answers, Summary } from '../../machines/workup.types.ts';
import { answersFileArb, timedAnswersFileArb } from './arbitraries.ts';

/**
 * Time (REVIEW.md, "Time, follow-up and next steps"): every timing rule
 * reads the age a sample was taken at, never the consult's; a new visit
 * keeps every result. Property tests over random answers files.
 */
const numRuns = Number(process.env.FC_RUNS ?? 1000);

const groups = ['serology', 'genetics', 'specialized'] as const;

/** Every recorded result entry of the answers, with its field ("not done" is none). */
function resultEntries(answers: Answers) {
  const found: string[] = [];
  const today = answers.gestationalAgeWeeks;
  for (const group of groups) {
    for (const [row, value] of Object.entries(answers[group] ?? {})) {
      for (const entry of entriesOf(value, today))
        if (entry.result !== 'not-done')
          found.push(JSON.stringify([group, row, entry.result, entry.atWeeks]));
    }
  }
  for (const entry of entriesOf(answers.cmvAvidity, today))
    if (entry.result !== 'not-done')
      found.push(JSON.stringify(['cmvAvidity', entry.result, entry.atWeeks]));
  return found.sort();
}

/** The file's consult, or null when its answers are refused. */
function consult(file: AnswersFile) {
  try {
    return runConsult(parseAnswersFile(file));
  } catch (error) {
    if (error instanceof InvalidAnswersError) return null;
    throw error;
  }
}

const statuses = (summary: Summary) => ({
  causes: summary.differential.map((cause) => [cause.id, cause.status]),
});

describe('time: results read at their own gestational age', () => {
  it(
    `${numRuns} files: a bare result reads as one taken at the consult's gestational age`,
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(answersFileArb, (file) => {
          const plain = consult(file);
          if (!plain) return;
          const today = file.gestationalAgeWeeks;
          const pin = (value: unknown) =>
            typeof value === 'string' && value !== 'not-done'
              ? { result: value, atWeeks: today }
              : value;
          const pinned = {
            ...file,
            cmvAvidity: pin(file.cmvAvidity),
            ...Object.fromEntries(
              groups.map((group) => [
                group,
                Object.fromEntries(
                  Object.entries(file[group] ?? {}).map(([row, value]) => [
                    row,
                    pin(value),
                  ]),
                ),
              ]),
            ),
          } as unknown as AnswersFile;
          const timed = consult(pinned);
          expect(timed?.summary).toEqual(plain.summary);
        }),
        { numRuns },
      );
    },
  );

  it(
    `${numRuns} files: moving today's gestational age later never changes what a result means (the causes' statuses)`,
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(
          timedAnswersFileArb,
          fc.double({ min: 0, max: 12, noNaN: true }),
          (file, later) => {
            // The infection and every result keep their point in the pregnancy.
            const today = file.gestationalAgeWeeks;
            const fixed = { ...file } as Record<string, unknown>;
            if (typeof file.weeksSinceMaternalInfection === 'number') {
              fixed.maternalInfectionAtWeeks =
                today - file.weeksSinceMaternalInfection;
              delete fixed.weeksSinceMaternalInfection;
            }
            const pin = (value: unknown) =>
              typeof value === 'string' && value !== 'not-done'
                ? { result: value, atWeeks: today }
                : value;
            for (const group of groups) {
              fixed[group] = Object.fromEntries(
                Object.entries(file[group] ?? {}).map(([row, value]) => [
                  row,
                  pin(value),
                ]),
              );
            }
            fixed.cmvAvidity = pin(file.cmvAvidity);
            const now = consult(fixed as unknown as AnswersFile);
            if (!now) return;
            const moved = Math.min(42, today + later);
            const after = consult({
              ...fixed,
              gestationalAgeWeeks: moved,
            } as unknown as AnswersFile);
            expect(after, 'the later consult is refused').not.toBeNull();
            expect(statuses(after!.summary)).toEqual(statuses(now.summary));
          },
        ),
        { numRuns },
      );
    },
  );

  it(
    `${numRuns} consults: a new visit keeps every result, each at the age it was taken`,
    { timeout: 120_000 },
    () => {
      let visited = 0;
      fc.assert(
        fc.property(
          timedAnswersFileArb,
          fc.double({ min: 0.15, max: 6, noNaN: true }),
          (file, gap) => {
            const done = consult(file);
            if (!done || file.gestationalAgeWeeks + gap > 42) return;
            const before = resultEntries(done.answers);
            const actor = createActor(workupMachine, {
              input: { audience: 'clinician', answers: done.answers },
            }).start();
            actor.send({ type: 'followUp.visitStarted' });
            actor.send({
              type: 'followUp.visitEntered',
              weeks: file.gestationalAgeWeeks + gap,
            });
            expect(actor.getSnapshot().context.rejection).toBeNull();
            // No scan, and nothing done at the checks that fall due.
            for (
              let i = 0;
              i < 8 && !actor.getSnapshot().hasTag('summary');
              i++
            ) {
              const asked = currentQuestion(actor.getSnapshot());
              actor.send(
                asked === 'follow-up-scan'
                  ? { type: 'followUp.scanEntered', scan: 'not-done' }
                  : asked === 'storch'
                    ? { type: 'serology.storchEntered', results: {} }
                    : asked === 'parvovirus'
                      ? { type: 'serology.parvovirusEntered', results: {} }
                      : asked === 'mca-doppler'
                        ? {
                            type: 'specialized.mcaDopplerEntered',
                            result: 'not-done',
                          }
                        : {
                            type: 'specialized.cmvPcrEntered',
                            result: 'not-done',
                          },
              );
            }
            const after = actor.getSnapshot().context.answers;
            actor.stop();
            expect(after.visits?.at(-1)?.atWeeks).toBe(
              file.gestationalAgeWeeks,
            );
            expect(resultEntries(after)).toEqual(before);
            visited++;
          },
        ),
        { numRuns },
      );
      expect(visited).toBeGreaterThan(numRuns / 4);
    },
  );
});

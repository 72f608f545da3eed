import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { workupMachine } from '../../machines/workup.machine.ts';
import { readAnswersFile, toAnswersFile } from '../../machines/answers-file.ts';
import type { Answers, Timed } from '../../machines/workup.types.ts';
import { questionIds } from '../../content/ids.ts';
import { questions } from '../../machines/questions.ts';
import { isApplicable } from '../../machines/rules/answers.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import { entriesOf } from '../../machines/rules/results.ts';
import {
  newCoverage,
  placeOf,
  play,
  restingStates,
  sequenceArb,
  type Coverage,
  type Gap,
} from './sequences.ts';

/*
 * State-aware event sequences (sequences.ts; issue 22): each event is chosen
 * from the current snapshot, so a sequence goes through the interview,
 * edits, fills the gaps an edit opens, records new results, starts visits
 * and records follow-up scans. `play` checks every event; the coverage the
 * generator reaches is asserted below, so a generator that stops reaching
 * the follow-up, editing or refusing fails here.
 */

/**
 * Runs of the main property; FC_RUNS overrides (the README says so). The
 * 10,000 took 54 s of CPU here (110 s wall on the shared 2-core machine,
 * load 6 to 9): about 7.7 distinct summaries are built and checked per
 * sequence, which is most of it.
 */
const numRuns = Number(process.env.FC_RUNS ?? 10_000);
/** Runs of each known gap's strict property and of the export round trip. */
const fewerRuns = Number(process.env.FC_RUNS ?? 1_000);
/** Steps per generated sequence (before the consult is completed). */
const maxSteps = 80;

const timeout = { timeout: 900_000 };

/**
 * The coverage asserted, per 1,000 sequences: about 10% below what the
 * generator reached over 10,000 sequences (the measured rate per 1,000 in
 * each comment). Below 1,000 runs (FC_RUNS) the counts are printed only.
 */
const minimumPer1000: Partial<Record<keyof Coverage, number>> = {
  // Sequences that reach the genetics, and the summary (the follow-up's
  // plan), before the consult is completed: 850, 758.
  reachedGenetics: 780,
  reachedSummary: 700,
  // Answers taken (21,419), invalid values refused (2,816), results given
  // a "taken at" in range (2,537) or refused for one out of range (1,433).
  accepted: 19_000,
  invalidRefused: 2_500,
  takenAtAccepted: 2_250,
  takenAtRefused: 1_250,
  // Edits taken (6,181), of them with the consult past the serology
  // (5,116), and cancelled (881); gaps an edit opened, filled (614).
  edits: 5_500,
  editsPastSerology: 4_500,
  cancels: 780,
  gapFills: 540,
  // At the follow-up: new results begun (2,147) and recorded (1,680),
  // visits begun (1,897) and entered (1,441), scans recorded (2,075), due
  // checks asked (830).
  resultsAdded: 1_900,
  newResultsRecorded: 1_500,
  visitsStarted: 1_700,
  visitsEntered: 1_300,
  scansRecorded: 1_850,
  dueChecks: 730,
  // Events the snapshot cannot take, sent and ignored (1,810); audience
  // changes (869); distinct summaries checked (7,684).
  ignored: 1_600,
  audienceChanges: 760,
  summariesChecked: 6_800,
};

/**
 * Every resting state is reached at least this often per 1,000 sequences
 * (the rarest: the follow-up's CMV PCR check 45, CF screening 58, CMV
 * avidity 62).
 */
const minimumStatePer1000 = 25;

function expectCoverage(coverage: Coverage, runs: number): void {
  if (runs < 1_000) return;
  const short: string[] = [];
  for (const [key, per1000] of Object.entries(minimumPer1000)) {
    const reached = coverage[key as keyof Coverage] as number;
    const wanted = Math.ceil((per1000 * runs) / 1000);
    if (reached < wanted) short.push(`${key}: ${reached} < ${wanted}`);
  }
  for (const state of Object.keys(restingStates)) {
    const reached = coverage.states[state]!;
    const wanted = Math.ceil((minimumStatePer1000 * runs) / 1000);
    if (reached < wanted) short.push(`state ${state}: ${reached} < ${wanted}`);
  }
  expect(short, 'coverage below the minimum').toEqual([]);
}

function report(name: string, coverage: Coverage, started: number): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${name}: ${coverage.sequences} sequences in ${seconds} s; ${JSON.stringify(coverage)}`,
  );
}

/** Weeks compared to a thousandth (a figure typed back is rounded to 1e-4). */
const weeksOf = (weeks: number) => Math.round(weeks * 1e3) / 1e3;

/**
 * Answers in one form for comparison, as the answers format defines them
 * (PLAN.md): a bare result is one taken at today's gestational age, one
 * `{ result, atWeeks }` is a list of one, and the infection is a point in
 * the pregnancy whichever field gives it (weeks since it, counted back from
 * today, or `maternalInfectionAtWeeks`; null: unknown).
 */
function comparable(answers: Answers): unknown {
  const today = answers.gestationalAgeWeeks!;
  // A pending result followed by a result of a test the workup no longer
  // asks for (an edit took it off the path after it was sent) is history a
  // file cannot always carry: the replay asks with the final answers, and
  // drops a pending result of a test off the path (docs/consult-api.md).
  const offPath = new Set(
    questionIds
      .filter((id) => !isApplicable(id, answers))
      .flatMap((id) => {
        const { codec } = questions[id];
        return codec.kind === 'result' ? [codec.path] : [];
      }),
  );
  const entries = (value: unknown, path?: string) =>
    value === undefined
      ? undefined
      : (typeof value === 'string'
          ? [{ result: value, atWeeks: today }]
          : ((Array.isArray(value) ? value : [value]) as Timed<string>[])
        )
          .filter(
            (entry, index, all) =>
              !(
                path !== undefined &&
                offPath.has(path) &&
                entry.result === 'pending' &&
                index < all.length - 1
              ),
          )
          .map(({ result, atWeeks, recordedAtWeeks }) => ({
            result,
            atWeeks: weeksOf(atWeeks),
            ...(recordedAtWeeks !== undefined && {
              recordedAtWeeks: weeksOf(recordedAtWeeks),
            }),
          }));
  const group = (rows: object | undefined, name?: string) =>
    rows &&
    Object.fromEntries(
      Object.entries(rows).map(([row, value]) => [
        row,
        entries(value, name && `${name}.${row}`),
      ]),
    );
  const {
    weeksSinceMaternalInfection: since,
    maternalInfectionAtWeeks: at,
    ...rest
  } = answers;
  const infection =
    at !== undefined
      ? at
      : since === undefined || since === null
        ? since
        : today - since;
  return JSON.parse(
    JSON.stringify({
      ...rest,
      serology: group(answers.serology),
      genetics: group(answers.genetics, 'genetics'),
      specialized: group(answers.specialized, 'specialized'),
      cmvAvidity: entries(answers.cmvAvidity, 'cmvAvidity'),
      infectionAt:
        infection === undefined || infection === null
          ? infection
          : weeksOf(infection),
    }),
  );
}

/** What the answers mean: the summary's classification and statuses. */
function statusesOf(answers: Answers) {
  const summary = buildSummary(answers, 'clinician');
  return {
    classification: summary.classification,
    tests: summary.tests.map((test) => [test.id, test.status]),
    causes: summary.differential.map((cause) => [cause.id, cause.status]),
  };
}

/** Every result recorded (pending and not done are none), with its age. */
function resultsOf(answers: Answers): string[] {
  const today = answers.gestationalAgeWeeks;
  const found: string[] = [];
  const see = (path: string, value: unknown) => {
    for (const entry of entriesOf(value as never, today))
      if (entry.result !== 'pending' && entry.result !== 'not-done')
        found.push(`${path}:${entry.result}@${weeksOf(entry.atWeeks)}`);
  };
  for (const group of ['serology', 'genetics', 'specialized'] as const)
    for (const [row, value] of Object.entries(answers[group] ?? {}))
      see(`${group}.${row}`, value);
  see('cmvAvidity', answers.cmvAvidity);
  for (const scanned of answers.scans ?? [])
    found.push(`scan@${weeksOf(scanned.atWeeks)}`);
  return found.sort();
}

describe('property: state-aware event sequences', () => {
  it(
    `${numRuns} event sequences, each event chosen from the snapshot: each does what the state allows, in a known state; no kept answer breaks a clinical pair; every summary reached meets the invariants; the consult completes; the coverage reached is asserted`,
    timeout,
    () => {
      const coverage = newCoverage();
      const started = performance.now();
      fc.assert(
        fc.property(sequenceArb(maxSteps), (steps) => {
          const { final } = play(steps, { coverage, complete: true });
          expect(final.hasTag('summary')).toBe(true);
        }),
        { numRuns },
      );
      report('state-aware sequences', coverage, started);
      expectCoverage(coverage, numRuns);
    },
  );

  // What the machine does not do yet (sequences.ts, Gap): the main property
  // counts these; each of these properties fails until it is done.
  const gaps: [Gap, string][] = [
    [
      'scan-findings',
      "a follow-up scan's new findings reach the summary (a finding makes it associated)",
    ],
    [
      'stale-refusal',
      'a question opened afresh, or left by a cancel, shows no earlier refusal (a visit age refused, cancelled, then a new visit)',
    ],
  ];
  for (const [gap, rule] of gaps) {
    it(`${fewerRuns} event sequences: ${rule}`, timeout, () => {
      const coverage = newCoverage();
      fc.assert(
        fc.property(sequenceArb(maxSteps), (steps) => {
          play(steps, { coverage, complete: true, strict: gap });
        }),
        { numRuns: fewerRuns },
      );
    });
  }

  it(
    `${fewerRuns} event sequences: the answers at the end, exported (toAnswersFile) and opened (readAnswersFile), resume at the same place, read the same (the summary's statuses), with every result at the age it was taken`,
    timeout,
    () => {
      let checked = 0;
      let exact = 0;
      fc.assert(
        fc.property(sequenceArb(maxSteps), (steps) => {
          // At the end of the steps, an open correction or visit cancelled
          // and a visit's scan and due checks answered: a file carries no
          // edit in progress.
          const { answers, audience, place, events } = play(steps, {
            rest: true,
          });
          // An answers file needs the gestational age (the second question).
          if (answers.gestationalAgeWeeks === undefined) return;
          checked++;
          const file = JSON.parse(
            JSON.stringify(toAnswersFile(answers, audience)),
          );
          const where = `events: ${JSON.stringify(events)}\nfile: ${JSON.stringify(file)}`;
          let opened;
          try {
            opened = readAnswersFile(file);
          } catch (error) {
            throw new Error(`the file is refused: ${String(error)}\n${where}`);
          }
          const actor = createActor(workupMachine, {
            input: opened.input,
          }).start();
          const resumed = actor.getSnapshot();
          actor.stop();
          const back = resumed.context.answers;
          expect(resumed.context.audience, where).toBe(audience);
          expect(placeOf(resumed), where).toBe(place);
          expect(statusesOf(back), where).toEqual(statusesOf(answers));
          expect(resultsOf(back), where).toEqual(resultsOf(answers));
          if (isDeepStrictEqual(comparable(back), comparable(answers))) exact++;
        }),
        { numRuns: fewerRuns },
      );
      // The history of pending results and of when each was recorded
      // follows the order of edits within a visit, which a file does not
      // carry: it is compared exactly, and the share is reported.
      console.log(
        `export round trip: ${checked} of ${fewerRuns} sequences had a gestational age to export; ${exact} came back with the same history exactly`,
      );
      expect(checked).toBeGreaterThan(fewerRuns * 0.8);
      expect(exact).toBeGreaterThan(checked * 0.9);
    },
  );
});

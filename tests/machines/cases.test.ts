import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { teachingCases } from '../../content/cases/cases.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { caseProblems } from '../../machines/case-check.ts';
import { summaryOf } from '../../machines/workup.summary.ts';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import type {
  CauseId,
  TestId,
  WorkupEvent,
} from '../../machines/workup.types.ts';
import {
  meetsTestStatus,
  scenarioExpectations,
} from '../scenarios/expected.ts';

const scenario = (id: string) =>
  runConsult(
    parseAnswersFile(
      JSON.parse(
        readFileSync(
          fileURLToPath(
            new URL(`../scenarios/${id}.answers.json`, import.meta.url),
          ),
          'utf8',
        ),
      ),
    ),
  );

describe('teaching cases', () => {
  it('cover the seven worked scenarios of the source, and serial MCA-PSV over visits (REVIEW.md)', () => {
    expect(teachingCases.map((c) => c.id).sort()).toEqual([
      'aneuploidy-cardiac-defect',
      'hydrops-negative-infections',
      'isolated-negative-workup',
      'parvovirus-hydrops',
      'parvovirus-serial-mca',
      'primary-cmv-before-21-weeks',
      'primary-cmv-optimal',
      'toxoplasmosis-pattern',
    ]);
  });

  describe.each(teachingCases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const replay = () => {
      const actor = createActor(workupMachine, { input: {} }).start();
      for (const step of c.steps) {
        actor.send(step.event as WorkupEvent);
        expect(actor.getSnapshot().context.rejection).toBeNull();
      }
      const snapshot = actor.getSnapshot();
      actor.stop();
      return snapshot;
    };

    it('passes the case checks (machines/case-check.ts, also run on every opened case file)', () => {
      expect(caseProblems(c)).toEqual([]);
    });

    it('replays to the summary with its expected summary', () => {
      const snapshot = replay();
      expect(snapshot.hasTag('summary')).toBe(true);
      const output = summaryOf(snapshot)!;
      expect(output.classification).toBe(c.expected.classification);
      for (const [id, status] of Object.entries(c.expected.tests)) {
        expect(output.tests.find((t) => t.id === id)?.status, id).toBe(status);
      }
      for (const [id, status] of Object.entries(c.expected.causes)) {
        expect(output.differential.find((d) => d.id === id)?.status, id).toBe(
          status,
        );
      }
    });

    it('is the same consult as its scenario file (answers and event log)', () => {
      const consult = scenario(c.id);
      expect(replay().context.answers).toEqual(consult.answers);
      expect(c.steps.map((s) => s.event)).toEqual(consult.events);
    });

    it("agrees with its scenario's hand-written expectation (tests/scenarios/expected.ts)", () => {
      const expected = scenarioExpectations[c.id];
      // A missing expectation fails: every case has its scenario's.
      expect(
        expected,
        `tests/scenarios/expected.ts has no ${c.id}`,
      ).toBeDefined();
      expect(c.expected.classification).toBe(expected!.classification);
      for (const [id, status] of Object.entries(c.expected.tests)) {
        const wanted = expected!.tests[id as TestId];
        expect(
          meetsTestStatus(wanted, status),
          `${id}: the case expects ${status}, the scenario ${wanted}`,
        ).toBe(true);
      }
      for (const [id, status] of Object.entries(c.expected.causes)) {
        expect(status, id).toBe(expected!.causes[id as CauseId]);
      }
    });

    it('has teaching notes (content ids checked by caseProblems)', () => {
      const notes = [...c.steps.flatMap((s) => s.notes), ...c.closingNotes];
      expect(notes.length).toBeGreaterThan(0);
    });
  });
});

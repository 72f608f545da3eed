import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersFileArb } from '../machines/arbitraries.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, type AnyStateNode } from 'xstate';
import { contentNodes, recordContentUse } from '../../content/index.ts';
import { reasonNodes } from '../../content/nodes/reasons.ts';
import { audiences, type Audience } from '../../content/schema.ts';
import { teachingCases } from '../../content/cases/cases.ts';
import { buildSummary } from '../../machines/rules/summary.ts';
import {
  parseAnswersFile,
  runConsult,
  type AnswersFile,
} from '../../machines/consult.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { summaryOf } from '../../machines/workup.summary.ts';
import type { Answers, WorkupEvent } from '../../machines/workup.types.ts';
import { connect } from '../../src/features/consult/view-model.ts';
import { summaryView } from '../../src/features/consult/summary-view.ts';
import { recordResultView } from '../../src/features/consult/record-result-view.ts';
import {
  predictionsAfter,
  renderNote,
  replayCase,
} from '../../src/features/teaching/case-player.ts';
import {
  caseSummaryView,
  predictionForm,
  revealView,
} from '../../src/features/teaching/teaching-view-model.ts';

/**
 * A content node is used when something looks it up: the rules (every
 * summary), the machine (a state's `meta`, a guard named in a transition:
 * the map and the teaching view word each guard with `decision.<guard>`),
 * or the app's view-models (the consult screen at every step, the summary,
 * Record a result, the worked cases). Lookups are recorded by
 * `recordContentUse` (content/index.ts) while the real code runs; nothing
 * is counted as used because of its id's family.
 */

const root = join(import.meta.dirname, '..', '..');
const readJson = (...path: string[]) =>
  JSON.parse(readFileSync(join(root, ...path), 'utf8')) as unknown;

const scenarioFiles: AnswersFile[] = readdirSync(
  join(root, 'tests', 'scenarios'),
)
  .filter((f) => f.endsWith('.answers.json'))
  .map((f) => parseAnswersFile(readJson('tests', 'scenarios', f)));
// The clinical probes cover the patterns off the main paths.
const probeFiles: AnswersFile[] = readdirSync(
  join(root, 'tests', 'clinical', 'probes'),
).map((f) =>
  parseAnswersFile(
    (readJson('tests', 'clinical', 'probes', f) as { answers: unknown })
      .answers,
  ),
);
const randomFiles = fc.sample(answersFileArb, { numRuns: 3000, seed: 42 });

/** Answer sets that reach every branch of the rules. */
const answerSets: Answers[] = (() => {
  const negative = runConsult(scenarioFiles[0]!).answers;
  // Branches that random sets reach too rarely to rely on.
  const targeted: Answers[] = [
    {
      ...negative,
      findings: ['intracranial-calcifications'],
      serology: { ...negative.serology, syphilis: 'negative' },
    },
    {
      ...negative,
      serology: {
        ...negative.serology,
        'cmv-igg': 'positive',
        'cmv-igm': 'positive',
      },
      cmvAvidity: 'low',
      weeksSinceMaternalInfection: null,
      specialized: {},
    },
  ];
  return [
    ...[...scenarioFiles, ...probeFiles].map(
      (file) => runConsult(file).answers,
    ),
    ...targeted,
    ...(randomFiles as Answers[]),
  ];
})();

/** Every guard a transition of the machine names (inside not/and/or too). */
function guardNames(node: AnyStateNode): string[] {
  const named = (guard: unknown): string[] => {
    if (typeof guard === 'string') return [guard];
    if (typeof guard === 'function') {
      return ((guard as { guards?: unknown[] }).guards ?? []).flatMap(named);
    }
    if (guard && typeof guard === 'object' && 'type' in guard)
      return [String((guard as { type: unknown }).type)];
    return [];
  };
  const transitions = [
    ...(node.always ?? []),
    ...[...node.transitions.values()].flat(),
  ];
  return [
    ...transitions.flatMap((t) => named(t.guard)),
    ...Object.values(node.states).flatMap(guardNames),
  ];
}

const metaIds = (node: AnyStateNode): string[] => [
  ...(node.meta ? [(node.meta as { contentId: string }).contentId] : []),
  ...Object.values(node.states).flatMap(metaIds),
];

/**
 * A consult replayed as the browser shows it: the consult screen at every
 * step, then the summary and Record a result.
 */
function showConsult(file: AnswersFile, audience: Audience) {
  const { events } = runConsult(file, audience);
  const actor = createActor(workupMachine, { input: {} }).start();
  connect(actor.getSnapshot());
  for (const event of events) {
    actor.send(event as WorkupEvent);
    connect(actor.getSnapshot());
  }
  const snapshot = actor.getSnapshot();
  const summary = summaryOf(snapshot, audience)!;
  summaryView(summary, snapshot.context.answers);
  recordResultView(snapshot.context.answers, summary, audience);
  actor.stop();
}

/** Answers the machine refuses, shown with its reason (one per reason). */
function showRefusals(audience: Audience) {
  const cmv = scenarioFiles.find(
    (file) =>
      file.serology?.['cmv-igm'] === 'positive' && file.cmvAvidity === 'low',
  )!;
  const { events } = runConsult(cmv, audience);
  const refused: WorkupEvent[] = [
    { type: 'intake.gestationalAgeEntered', weeks: '' },
    { type: 'intake.gestationalAgeEntered', weeks: 'abc' },
    { type: 'intake.gestationalAgeEntered', weeks: 50 },
    {
      type: 'examination.findingsEntered',
      findings: ['ascites', 'ascites'],
    },
    { type: 'examination.headSizeEntered', headSize: 'small' as never },
    { type: 'serology.infectionTimingEntered', weeks: -1 },
    { type: 'serology.infectionTimingEntered', weeks: 1e308 },
    // Taken after today (REVIEW.md third review: a result has its own age).
    {
      type: 'serology.storchEntered',
      results: { 'cmv-igm': 'positive' },
      atWeeks: 41,
    },
  ];
  for (const bad of refused) {
    const actor = createActor(workupMachine, { input: {} }).start();
    for (const event of events) {
      if (event.type === bad.type) break;
      actor.send(event as WorkupEvent);
    }
    actor.send(bad);
    expect(actor.getSnapshot().context.rejection, bad.type).not.toBeNull();
    connect(actor.getSnapshot());
    actor.stop();
  }
  // A new visit that is not later than today's.
  const actor = createActor(workupMachine, { input: {} }).start();
  for (const event of events) actor.send(event as WorkupEvent);
  actor.send({ type: 'followUp.visitStarted' });
  actor.send({ type: 'followUp.visitEntered', weeks: cmv.gestationalAgeWeeks });
  expect(actor.getSnapshot().context.rejection?.reason).toBe('visit-not-later');
  connect(actor.getSnapshot());
  actor.stop();
  // Today's age edited back to before a result was taken.
  const dated = createActor(workupMachine, { input: {} }).start();
  for (const event of [
    events[0]!,
    { type: 'intake.gestationalAgeEntered', weeks: 24 },
    { type: 'examination.findingsEntered', findings: [] },
    { type: 'examination.headSizeEntered', headSize: 'normal' },
    {
      type: 'serology.storchEntered',
      results: { 'cmv-igm': 'negative' },
      atWeeks: 23,
    },
    { type: 'answer.edit', question: 'gestational-age' },
    { type: 'intake.gestationalAgeEntered', weeks: 22 },
  ])
    dated.send(event as WorkupEvent);
  expect(dated.getSnapshot().context.rejection?.reason).toBe(
    'gestational-age-before-results',
  );
  connect(dated.getSnapshot());
  dated.stop();
}

/** Every worked case as the teaching view shows it, predictions revealed. */
function showCases(audience: Audience) {
  for (const teachingCase of teachingCases) {
    const { steps } = replayCase(teachingCase, audience);
    for (const step of steps) {
      for (const note of step.notes) renderNote(note, audience);
      for (const prediction of predictionsAfter(step)) {
        predictionForm(prediction, audience);
        revealView(prediction, step, audience, true);
        revealView(prediction, step, audience, false);
      }
    }
    for (const note of teachingCase.closingNotes) renderNote(note, audience);
    caseSummaryView(teachingCase, steps, audience);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.tsx$/.test(name)
        ? [path]
        : [];
  });
}

/**
 * Ids the app's components (.tsx, rendered only in the browser and the dom
 * tests) pass literally to a content lookup: `textOf('app.overview', ...)`.
 */
function literalLookupsInComponents(): Set<string> {
  const lookup =
    /\b(?:labelOf|textOf|rationaleOf|citationsOf|getNode)\(\s*'([a-z-]+\.[a-zA-Z0-9-]+)'/g;
  const ids = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(lookup))
      ids.add(match[1]!);
  }
  return ids;
}

describe('every content node is used', () => {
  it('every reason template is used by the rules', { timeout: 60_000 }, () => {
    const used = recordContentUse(() => {
      for (const answers of answerSets) {
        buildSummary(answers, 'clinician');
        buildSummary(answers, 'learner');
      }
    });
    const unused = reasonNodes.map((n) => n.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it(
    'every node is looked up by the rules, the machine or the app',
    { timeout: 120_000 },
    () => {
      const used = recordContentUse(() => {
        for (const answers of answerSets) buildSummary(answers, 'clinician');
        for (const audience of audiences) {
          for (const file of [...scenarioFiles, ...probeFiles])
            showConsult(file, audience);
          showRefusals(audience);
          showCases(audience);
        }
      });
      const fromMachine = [
        ...metaIds(workupMachine.root),
        ...guardNames(workupMachine.root).map((guard) => `decision.${guard}`),
      ];
      for (const id of fromMachine) used.add(id);
      const literal = literalLookupsInComponents();
      const unused = [...contentNodes.keys()].filter(
        (id) => !used.has(id) && !literal.has(id),
      );
      expect(unused).toEqual([]);
    },
  );

  it('a decision node is used only when the machine names its guard', () => {
    const named = new Set(
      guardNames(workupMachine.root).map((guard) => `decision.${guard}`),
    );
    const decisions = [...contentNodes.keys()].filter((id) =>
      id.startsWith('decision.'),
    );
    expect(decisions.filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((id) => !contentNodes.has(id))).toEqual([]);
  });
});

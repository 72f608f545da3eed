import { beforeAll, describe, expect, it } from 'vitest';
import {
  createActor,
  type ActorScope,
  type AnyStateNode,
  type Observer,
  type InspectionEvent,
} from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { workupMachine } from '../../machines/workup.machine.ts';
import { currentQuestion } from '../../machines/workup.selectors.ts';
import { summaryOf } from '../../machines/workup.summary.ts';
import { questionIds as questionOrder } from '../../content/ids.ts';
import { interpret } from '../../machines/rules/facts.ts';
import { nextQuestion } from '../../machines/rules/answers.ts';
import type {
  AnswerEvent,
  QuestionId,
  WorkupEvent,
} from '../../machines/workup.types.ts';
import { runConsult } from '../../machines/consult.ts';
import { answersFile, negativeStorch } from './helpers.ts';
import { invariantViolations } from './invariants.ts';

/** The bounded event set: every answer kind, invalid inputs, edits. */
const events = [
  { type: 'intake.audienceSelected', audience: 'clinician' },
  { type: 'intake.audienceSelected', audience: 'learner' },
  { type: 'intake.audienceSelected', audience: 'robot' as never },
  { type: 'intake.gestationalAgeEntered', weeks: 23 },
  { type: 'intake.gestationalAgeEntered', weeks: 18 },
  { type: 'intake.gestationalAgeEntered', weeks: 9 },
  { type: 'intake.gestationalAgeEntered', weeks: 'abc' },
  { type: 'examination.findingsEntered', findings: [] },
  {
    type: 'examination.findingsEntered',
    findings: ['hydrops', 'echogenic-bowel'],
  },
  { type: 'examination.findingsEntered', findings: 'pending' },
  { type: 'examination.findingsEntered', findings: ['hydrops', 'hydrops'] },
  { type: 'examination.headSizeEntered', headSize: 'normal' },
  { type: 'examination.headSizeEntered', headSize: 'microcephaly' },
  { type: 'serology.storchEntered', results: negativeStorch },
  {
    type: 'serology.storchEntered',
    results: {
      ...negativeStorch,
      'cmv-igg': 'positive',
      'cmv-igm': 'positive',
    },
  },
  { type: 'serology.storchEntered', results: { 'toxoplasma-igm': 'pending' } },
  {
    type: 'serology.storchEntered',
    results: { ...negativeStorch, 'cmv-igg': 'positive' },
  },
  { type: 'serology.storchEntered', results: { 'cmv-igm': 'equivocal' } },
  { type: 'serology.storchEntered', results: { 'cmv-igm': 'maybe' as never } },
  { type: 'serology.avidityEntered', avidity: 'low' },
  { type: 'serology.avidityEntered', avidity: 'high' },
  {
    type: 'serology.parvovirusEntered',
    results: { 'parvovirus-igg': 'negative', 'parvovirus-igm': 'negative' },
  },
  {
    type: 'serology.parvovirusEntered',
    results: { 'parvovirus-igg': 'positive', 'parvovirus-igm': 'positive' },
  },
  { type: 'serology.infectionTimingEntered', weeks: 8 },
  { type: 'serology.infectionTimingEntered', weeks: null },
  { type: 'serology.infectionTimingEntered', weeks: -1 },
  { type: 'serology.infectionTimingEntered', weeks: 40 },
  { type: 'genetics.microarrayEntered', result: 'normal' },
  { type: 'genetics.microarrayEntered', result: 'abnormal' },
  { type: 'genetics.microarrayEntered', result: 'pending' },
  { type: 'genetics.karyotypeEntered', result: 'not-done' },
  { type: 'genetics.diagnosisEntered', diagnosis: 'trisomy-13' },
  { type: 'genetics.cfScreeningEntered', result: 'pending' },
  { type: 'specialized.cmvPcrEntered', result: 'positive' },
  { type: 'specialized.cmvPcrEntered', result: 'not-done' },
  { type: 'specialized.mcaDopplerEntered', result: 'abnormal' },
  { type: 'specialized.mriEntered', result: 'normal' },
  { type: 'examination.headSizeEntered', headSize: 'huge' as never },
  { type: 'serology.avidityEntered', avidity: 'borderline' as never },
  {
    type: 'serology.parvovirusEntered',
    results: { 'parvovirus-igm': 'maybe' as never },
  },
  { type: 'genetics.microarrayEntered', result: 'unclear' as never },
  { type: 'genetics.karyotypeEntered', result: 'unclear' as never },
  { type: 'genetics.diagnosisEntered', diagnosis: 'trisomy-99' as never },
  { type: 'genetics.cfScreeningEntered', result: 'unclear' as never },
  { type: 'specialized.cmvPcrEntered', result: 'abnormal' as never },
  { type: 'specialized.mcaDopplerEntered', result: 'positive' as never },
  { type: 'specialized.mriEntered', result: 'unclear' as never },
  { type: 'audience.change', audience: 'learner' },
  { type: 'answer.editCancelled' },
  ...questionOrder.map(
    (question) => ({ type: 'answer.edit', question }) as const,
  ),
  // Time: results taken earlier, new results, visits and follow-up scans.
  {
    type: 'serology.storchEntered',
    results: { ...negativeStorch, 'cmv-igm': 'positive' },
  },
  {
    type: 'serology.parvovirusEntered',
    results: { 'parvovirus-igg': 'negative', 'parvovirus-igm': 'equivocal' },
  },
  { type: 'specialized.mcaDopplerEntered', result: 'normal' },
  { type: 'specialized.cmvPcrEntered', result: 'negative' },
  { type: 'specialized.cmvPcrEntered', result: 'negative', atWeeks: 30 },
  { type: 'result.add', question: 'cmv-pcr' },
  { type: 'result.add', question: 'mca-doppler' },
  { type: 'followUp.visitStarted' },
  { type: 'followUp.visitEntered', weeks: 24 },
  { type: 'followUp.visitEntered', weeks: 12 },
  { type: 'followUp.scanStarted' },
  { type: 'followUp.scanEntered', scan: 'not-done' },
  {
    type: 'followUp.scanEntered',
    scan: { findings: ['ascites'], liverCalcifications: 'increased' },
  },
  {
    type: 'followUp.scanEntered',
    scan: { findings: [], liverCalcifications: 'gone' as never },
  },
] satisfies WorkupEvent[];

/** State value plus only what steers the branches, so the graph stays finite. */
function serializeState(
  snapshot: ReturnType<typeof workupMachine.getInitialSnapshot>,
): string {
  const { context } = snapshot;
  const f = interpret(context.answers);
  return JSON.stringify([
    snapshot.value,
    context.editing,
    context.editMode,
    context.rejection?.reason ?? null,
    context.audience,
    f.cmvAvidityIndicated,
    f.primaryCmvSuspected,
    f.cmvPcrIndicated,
    f.mcaDopplerIndicated,
    f.echogenicBowelSeen,
    f.chromosomalResultAbnormal,
    // What a visit will check: it matters only in the follow-up.
    snapshot.matches('followUp')
      ? [
          f.due,
          f.gestationalAgeWeeks,
          f.cmv.repeat,
          f.agents.toxoplasmosis.repeat,
          f.agents['parvovirus-b19'].repeat,
        ]
      : null,
  ]);
}

/**
 * Whether the event takes a transition from the snapshot (`can`: one is
 * enabled, and every transition of the machine has a target or actions,
 * checked below). One that takes none leaves the snapshot as it is: a
 * self-loop, which adds no state, no path and no transition taken.
 */
function takesATransition(
  snapshot: ReturnType<typeof workupMachine.getInitialSnapshot>,
  event: WorkupEvent,
): boolean {
  return snapshot.can(event);
}

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [
    node,
    ...Object.values(node.states).flatMap((child) => allStateNodes(child)),
  ];
}

function transitionKeys(): string[] {
  return allStateNodes(workupMachine.root).flatMap((node) => [
    ...[...node.transitions.entries()].flatMap(([eventType, defs]) =>
      defs.map((_, i) => `${node.id}|${eventType}|${i}`),
    ),
    ...(node.always ?? []).map((_, i) => `${node.id}|always|${i}`),
  ]);
}

function keyOf(t: { source: AnyStateNode; eventType: string }): string {
  const list =
    t.eventType === '' || t.eventType === undefined
      ? (t.source.always ?? [])
      : (t.source.transitions.get(t.eventType) ?? []);
  const index = list.indexOf(t as never);
  return `${t.source.id}|${t.eventType ? t.eventType : 'always'}|${index}`;
}

/** JSON that keeps what JSON.stringify would blur (undefined, NaN, -0). */
function exactly(_key: string, value: unknown): unknown {
  if (value === undefined) return '(undefined)';
  if (
    typeof value === 'number' &&
    (!Number.isFinite(value) || Object.is(value, -0))
  )
    return `(${Object.is(value, -0) ? '-0' : String(value)})`;
  return value;
}

type WorkupSnapshot = ReturnType<typeof workupMachine.getInitialSnapshot>;

/**
 * The machine's own transition function with the scope an actor would give
 * it (the machine's actions are all assigns, applied by the transition):
 * `step(snapshot, event)` is what `actor.send(event)` makes of the actor's
 * snapshot, without an actor to create, restore and stop per event. An
 * `inspect` observer sees the microsteps an actor's inspector would.
 */
function stepper(
  inspect?: (event: InspectionEvent) => void,
): (snapshot: WorkupSnapshot, event: WorkupEvent) => WorkupSnapshot {
  const host = createActor(workupMachine, {
    input: {},
    ...(inspect ? { inspect: inspect as Observer<InspectionEvent> } : {}),
  });
  const scope = {
    self: host,
    id: '',
    sessionId: '',
    system: host.system,
    logger: () => {},
    defer: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as ActorScope<WorkupSnapshot, WorkupEvent>;
  return (snapshot, event) =>
    workupMachine.transition(snapshot, event, scope as never);
}

/** Answers whatever is still asked with a plain default, to reach the summary. */
function completeWith(
  start: WorkupSnapshot,
  step: (snapshot: WorkupSnapshot, event: WorkupEvent) => WorkupSnapshot,
): WorkupSnapshot {
  const defaults: Record<QuestionId, AnswerEvent> = {
    audience: { type: 'intake.audienceSelected', audience: 'clinician' },
    'gestational-age': { type: 'intake.gestationalAgeEntered', weeks: 22 },
    findings: { type: 'examination.findingsEntered', findings: [] },
    'head-size': {
      type: 'examination.headSizeEntered',
      headSize: 'not-measured',
    },
    storch: { type: 'serology.storchEntered', results: {} },
    'cmv-avidity': { type: 'serology.avidityEntered', avidity: 'pending' },
    parvovirus: { type: 'serology.parvovirusEntered', results: {} },
    'infection-timing': {
      type: 'serology.infectionTimingEntered',
      weeks: null,
    },
    microarray: { type: 'genetics.microarrayEntered', result: 'pending' },
    karyotype: { type: 'genetics.karyotypeEntered', result: 'not-done' },
    'chromosomal-diagnosis': {
      type: 'genetics.diagnosisEntered',
      diagnosis: 'other',
    },
    'cf-screening': { type: 'genetics.cfScreeningEntered', result: 'not-done' },
    'cmv-pcr': { type: 'specialized.cmvPcrEntered', result: 'pending' },
    'mca-doppler': { type: 'specialized.mcaDopplerEntered', result: 'pending' },
    'fetal-mri': { type: 'specialized.mriEntered', result: 'not-done' },
  };
  let snapshot = start;
  for (let i = 0; i < 30 && !snapshot.hasTag('summary'); i++) {
    const question = currentQuestion(snapshot)!;
    snapshot = step(
      snapshot,
      question === 'visit'
        ? { type: 'answer.editCancelled' }
        : question === 'follow-up-scan'
          ? { type: 'followUp.scanEntered', scan: 'not-done' }
          : defaults[question],
    );
  }
  return snapshot;
}

describe('model-based paths (xstate/graph)', () => {
  // Every transition the traversal computes goes through the inspector:
  // the graph's edges (each state reached, and each event of the set that
  // takes a transition from it) are the machine's own transitions, seen
  // once, as they are computed.
  const seenStates = new Set<string>();
  const seenTransitions = new Set<string>();
  const inspect = (ev: InspectionEvent) => {
    if (ev.type !== '@xstate.microstep') return;
    const { _transitions } = ev as unknown as {
      _transitions: { source: AnyStateNode; eventType: string }[];
    };
    for (const t of _transitions) {
      seenTransitions.add(keyOf(t));
      // Transient (decision, routing) states are passed in microsteps.
      seenStates.add(t.source.id);
    }
  };
  const record = (snapshot: { _nodes: readonly AnyStateNode[] }) => {
    for (const node of snapshot._nodes) seenStates.add(node.id);
  };
  const inspected = stepper(inspect);
  const observed = Object.create(workupMachine, {
    transition: {
      value: (snapshot: WorkupSnapshot, event: WorkupEvent) => {
        const next = inspected(snapshot, event);
        record(next);
        return next;
      },
    },
  }) as typeof workupMachine;
  // A finished consult resumed (at its follow-up): edits of answers far
  // back, and the route's branches to every question a later edit opens.
  const resumeInput = {
    audience: 'clinician' as const,
    answers: runConsult(
      answersFile({ findings: ['hydrops', 'echogenic-bowel'] }),
    ).answers,
  };
  const shortestPaths = <I extends object>(input: I) =>
    // Skipping the self-loops of events that take no transition leaves the
    // same paths (with the same events) and spares the traversal most of
    // its transitions; its queue (Array#shift) grows with every edge.
    getShortestPaths(observed, {
      events,
      serializeState,
      filterEvents: takesATransition,
      input,
    }).map((p) => ({ ...p, input }));
  type Path = ReturnType<typeof shortestPaths<object>>[number];
  let paths: Path[] = [];
  let resumedPaths: Path[] = [];
  let allPaths: Path[] = [];
  /** Shortest first: a path comes after its prefix, one event shorter. */
  let byLength: Path[] = [];
  // In a hook, not at collection: the file's time (the bench's figure)
  // counts the traversal.
  beforeAll(() => {
    paths = shortestPaths({});
    resumedPaths = shortestPaths(resumeInput);
    allPaths = [...paths, ...resumedPaths];
    byLength = [...allPaths].sort((a, b) => a.steps.length - b.steps.length);
  }, 120_000);
  /** A path by its input and events (the first is xstate.init). */
  const pathKey = (input: object, sent: readonly { type: string }[]) =>
    JSON.stringify([input === resumeInput, sent]);

  it(
    'reaches every state and every transition of the machine',
    { timeout: 120_000 },
    () => {
      // What makes takesATransition (`can`) exact: no transition of the
      // machine is without a target and without actions.
      const inert = allStateNodes(workupMachine.root).flatMap((node) =>
        [...node.transitions.values(), node.always ?? []]
          .flat()
          .filter((t) => t.target === undefined && t.actions.length === 0)
          .map(keyOf),
      );
      expect(inert).toEqual([]);
      // Each input's start, by an actor: the initial transitions (the
      // traversal starts from the initial snapshot, already taken).
      for (const input of [{}, resumeInput]) {
        const actor = createActor(workupMachine, { input, inspect }).start();
        record(actor.getSnapshot());
        actor.stop();
      }
      const allStates = allStateNodes(workupMachine.root).map((n) => n.id);
      const allTransitions = transitionKeys();
      const missingStates = allStates.filter((s) => !seenStates.has(s));
      const missingTransitions = allTransitions.filter(
        (t) => !seenTransitions.has(t),
      );
      console.log(
        `model-based coverage: ${paths.length + resumedPaths.length} shortest paths; ` +
          `states ${allStates.length - missingStates.length}/${allStates.length}; ` +
          `transitions ${allTransitions.length - missingTransitions.length}/${allTransitions.length}`,
      );
      expect(missingStates).toEqual([]);
      expect(missingTransitions, missingTransitions.join('\n')).toEqual([]);
    },
  );

  it(
    'every path, completed, ends in a summary that satisfies the invariants',
    { timeout: 120_000 },
    () => {
      let checked = 0;
      // The summary and its invariants are a pure function of the final
      // answers and audience, and the 3,877 paths end in 826 distinct ones:
      // each is checked once, every path is held to its verdict.
      const violationsOf = new Map<string, string[]>();
      // A path's end is its prefix's end (kept) and its last event: the
      // same snapshot as a replay from the start. Only starts are replayed.
      const prefixes = new Set(
        allPaths.map((p) =>
          pathKey(
            p.input,
            p.steps.slice(0, -1).map((s) => s.event),
          ),
        ),
      );
      const endOf = new Map<string, WorkupSnapshot>();
      const step = stepper();
      for (const path of byLength) {
        const sent = path.steps.map((s) => s.event);
        const prefixEnd = endOf.get(pathKey(path.input, sent.slice(0, -1)));
        let end: WorkupSnapshot;
        if (prefixEnd) {
          end = step(prefixEnd, sent.at(-1)!);
        } else {
          const actor = createActor(workupMachine, {
            input: path.input,
          }).start();
          for (const { event } of path.steps) {
            if (actor.getSnapshot().status !== 'active') break;
            actor.send(event);
          }
          end = actor.getSnapshot();
          actor.stop();
        }
        const at = pathKey(path.input, sent);
        if (prefixes.has(at)) endOf.set(at, end);
        const snapshot = completeWith(end, step);
        expect(snapshot.hasTag('summary')).toBe(true);
        // done => no applicable question left unanswered
        expect(
          nextQuestion(snapshot.context.answers, { audienceChosen: true }),
        ).toBeNull();
        const { answers, audience } = snapshot.context;
        const key = JSON.stringify([audience, answers], exactly);
        let violations = violationsOf.get(key);
        if (!violations) {
          violations = invariantViolations(answers, summaryOf(snapshot)!);
          violationsOf.set(key, violations);
        }
        expect(violations).toEqual([]);
        checked++;
      }
      console.log(`model-based invariants: ${checked} completed paths checked`);
      expect(checked).toBe(paths.length + resumedPaths.length);
    },
  );
});

import { and, not, or, setup, stateIn, type AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { audiences } from '../../../../content/schema.ts';
import { decisionIds } from '../../../../content/ids.ts';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import {
  edgeWords,
  guardClause,
  guardWords,
  type DecisionLookup,
} from '../../../../src/shared/lib/statechart/guard-words.ts';
import { chartWords } from '../../../../src/features/map/chart-words.ts';
import {
  allEdges,
  allStates,
  guardRef,
  machineGraph,
} from '../../../../src/shared/lib/statechart/machine-graph.ts';

/** Every transition of a machine, walked from its definition. */
function transitions(node: AnyStateNode): { id: string; guard: unknown }[] {
  const own = [
    ...(node.always ?? []).map((t, i) => ({
      id: `${node.id}|always|${i}`,
      guard: t.guard,
    })),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      list.map((t, i) => ({ id: `${node.id}|${event}|${i}`, guard: t.guard })),
    ),
  ];
  return [...own, ...Object.values(node.states).flatMap(transitions)];
}

const lookup: DecisionLookup = (name) =>
  ({
    cmvIgmPositive: 'CMV IgM is positive',
    primaryCmvSuspected: 'primary CMV infection is suspected',
    hydropsSeen: 'hydrops is seen',
  })[name] ?? null;

describe('the machine in words', () => {
  const graph = machineGraph();
  const edges = allEdges(graph);

  it('reads every transition of the machine, guards included', () => {
    const walked = transitions(workupMachine.root);
    expect(edges.map((e) => e.id)).toEqual(walked.map((t) => t.id));
    expect(walked.filter((t) => t.guard).length).toBeGreaterThan(30);
  });

  it.each(audiences)(
    'puts every transition and guard in words (%s): no guard lacks a decision node',
    (audience) => {
      const missing = edges.flatMap((e) =>
        edgeWords(e, audience).missing.map((m) => `${e.id}: ${m}`),
      );
      expect(missing).toEqual([]);
      for (const e of edges.filter((x) => x.guard)) {
        const words = guardWords(e.guard!, audience);
        expect(words.missing, e.id).toEqual([]);
        expect(words.text.trim(), e.id).not.toBe('');
      }
    },
  );

  it('shows no internals: no guard name, parameter or event type', () => {
    const internals = [
      ...Object.keys(workupMachine.implementations.guards),
      ...edges.map((e) => e.event).filter((e) => e !== 'always'),
      'workup.',
      '[no words',
    ];
    for (const audience of audiences) {
      for (const e of edges) {
        const text = edgeWords(e, audience).text;
        for (const bit of internals) expect(text, e.id).not.toContain(bit);
      }
    }
  });

  it('reads a question’s answer and refusal, and nothing eventless', () => {
    const storch = edges.filter((e) => e.source === 'workup.serology.storch');
    expect(storch.map((e) => [e.kind, edgeWords(e, 'clinician').text])).toEqual(
      [
        ['answer', 'answered when the answer is complete and valid'],
        ['stay', 'otherwise stays on the question'],
      ],
    );
  });

  it('reads a decision’s branches, and the decision as a question', () => {
    const state = allStates(graph).find(
      (s) => s.id === 'workup.serology.avidityDecision',
    )!;
    expect(state.edges.map((e) => edgeWords(e, 'clinician').text)).toEqual([
      'next when CMV IgM and IgG are both positive',
      'otherwise next',
    ]);
    const clinician = chartWords('clinician');
    expect(clinician.state(state)).toBe('CMV IgM and IgG are both positive?');
    expect(state.edges.map((e) => clinician.branch(state, e))).toEqual([
      'yes',
      'no',
    ]);
    expect(chartWords('learner').state(state)).toBe(
      "The mother's CMV IgM and IgG are both positive?",
    );
    // Two guards to one question: one "yes", the question joins them.
    const mca = allStates(graph).find(
      (s) => s.id === 'workup.specialized.mcaDecision',
    )!;
    expect(clinician.state(mca)).toBe(
      'Parvovirus B19 IgM is positive or hydrops is seen?',
    );
    expect(mca.edges.map((e) => clinician.branch(mca, e))).toEqual([
      'yes',
      'yes',
      'no',
    ]);
  });

  it('reads the events that are not answers by their own verbs', () => {
    const visit = edges.filter((e) => e.source === 'workup.followUp.visit');
    expect(visit.map((e) => [e.kind, edgeWords(e, 'clinician').text])).toEqual([
      ['answer', 'answered when the answer is complete and valid'],
      ['stay', 'otherwise stays on the question'],
      ['event', 'cancel'],
    ]);
  });

  it.each(audiences)(
    'names every state by its content node (%s)',
    (audience) => {
      const words = chartWords(audience);
      const names = allStates(graph).map((s) => words.state(s));
      expect(names.filter((n) => n.startsWith('[no words'))).toEqual([]);
      expect(
        allStates(graph).filter((s) => s.id !== graph.id && !s.contentId),
      ).toEqual([]);
    },
  );

  it('has a guard in the machine for every decision node', () => {
    const guards = Object.keys(workupMachine.implementations.guards);
    expect(decisionIds.filter((id) => !guards.includes(id))).toEqual([]);
  });
});

describe('guard words', () => {
  const g = (guard: unknown) => guardRef(guard)!;

  it('reads a named guard, with or without params, from its decision node', () => {
    expect(guardWords(g('cmvIgmPositive'), 'clinician', lookup)).toEqual({
      text: 'CMV IgM is positive',
      missing: [],
    });
    expect(
      guardWords(
        g({ type: 'cmvIgmPositive', params: { test: 'cmv-igm' } }),
        'clinician',
        lookup,
      ).text,
    ).toBe('CMV IgM is positive');
  });

  it('reads a negated guard as "unless", and eventless skips as its negation', () => {
    expect(
      guardClause(g(not('cmvIgmPositive')), 'clinician', lookup).text,
    ).toBe('unless CMV IgM is positive');
    expect(
      edgeWords(
        {
          kind: 'skip',
          event: 'always',
          guard: g(not('cmvIgmPositive')),
          otherwise: false,
        },
        'clinician',
        lookup,
      ).text,
    ).toBe('skipped unless CMV IgM is positive');
  });

  it('joins and/or combinators, bracketing nested ones', () => {
    const guard = g(
      and(['cmvIgmPositive', or(['primaryCmvSuspected', not('hydropsSeen')])]),
    );
    expect(guardWords(guard, 'clinician', lookup).text).toBe(
      'CMV IgM is positive and (primary CMV infection is suspected or not hydrops is seen)',
    );
  });

  it('reads combinators as xstate builds them in a machine', () => {
    const machine = setup({
      guards: { cmvIgmPositive: () => true, hydropsSeen: () => false },
    }).createMachine({
      initial: 'a',
      states: {
        a: {
          always: [
            { guard: not('cmvIgmPositive'), target: 'b' },
            { guard: and(['cmvIgmPositive', 'hydropsSeen']), target: 'b' },
            { target: 'b' },
          ],
        },
        b: {},
      },
    });
    const words = allEdges(machineGraph(machine.root)).map(
      (e) => edgeWords(e, 'clinician', lookup).text,
    );
    expect(words).toEqual([
      'next unless CMV IgM is positive',
      'next when CMV IgM is positive and hydrops is seen',
      'otherwise next',
    ]);
  });

  it('shows a visible placeholder for a guard without words, and reports it', () => {
    const words = guardWords(
      g(and(['cmvIgmPositive', 'notWritten'])),
      'clinician',
      lookup,
    );
    expect(words.text).toBe(
      'CMV IgM is positive and [no words for decision.notWritten]',
    );
    expect(words.missing).toEqual(['decision.notWritten']);
    expect(
      guardWords(g(stateIn('#x.y')), 'clinician', lookup).missing,
    ).toHaveLength(1);
    expect(
      guardWords(
        g(() => true),
        'clinician',
        lookup,
      ).missing,
    ).toHaveLength(1);
    expect(
      edgeWords(
        { kind: 'event', event: 'x.unknown', guard: null, otherwise: false },
        'clinician',
        lookup,
      ).missing,
    ).toEqual(['event x.unknown']);
  });
});

import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import {
  guardRef,
  guardText,
} from '../../../../src/shared/lib/statechart/machine-graph.ts';

/**
 * The chart draws the algorithm: each clinical decision is a branch of the
 * graph, and the question states carry no resuming or editing mechanics.
 * Read from the machine definition itself (xstate's state nodes), so the
 * test holds the machine to it whatever the map does with the graph.
 */

/** The clinical decisions of the workup and its visits, written by hand. */
const clinicalDecisions = [
  'cmvAvidityIndicated',
  'primaryCmvSuspected',
  'chromosomalResultAbnormal',
  'echogenicBowelSeen',
  'cmvPcrIndicated',
  'parvovirusRecent',
  'hydropsSeen',
  'mcaCheckDue',
  'cmvPcrDue',
  'storchRepeatDue',
  'parvovirusRepeatDue',
];

function nodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(nodes)];
}

/** Every transition of a state node: eventless ones first. */
function transitionsOf(node: AnyStateNode) {
  return [
    ...(node.always ?? []).map((t) => ({ event: 'always', t })),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      list.map((t) => ({ event, t })),
    ),
  ];
}

const all = nodes(workupMachine.root);
const isQuestion = (n: AnyStateNode) =>
  n.tags.includes('question') && n.parent?.parent !== undefined;

describe('the statechart draws the algorithm', () => {
  it('puts every clinical decision guard on a branch of a decision state: yes to a question, no elsewhere', () => {
    const branches = all
      .filter((n) => n.tags.includes('decision'))
      .flatMap((n) =>
        (n.always ?? []).map((t) => ({
          from: n,
          guard: t.guard ? guardText(guardRef(t.guard)!) : null,
          to: (t.target ?? []).map((x) => x),
        })),
      );
    for (const name of clinicalDecisions) {
      const yes = branches.filter((b) => b.guard === name);
      expect(yes.length, name).toBeGreaterThan(0);
      for (const branch of yes) {
        expect(branch.to.length, name).toBe(1);
        expect(isQuestion(branch.to[0]!), `${name} leads to a question`).toBe(
          true,
        );
        // The same decision state has a "no" that goes somewhere else.
        const no = branches.filter((b) => b.from === branch.from && !b.guard);
        expect(no.length, `${name} has a no branch`).toBe(1);
        expect(no[0]!.to[0], name).not.toBe(branch.to[0]);
      }
    }
    // And no decision state asks anything else.
    expect(
      [...new Set(branches.flatMap((b) => (b.guard ? [b.guard] : [])))].sort(),
    ).toEqual([...clinicalDecisions].sort());
  });

  it('leaves no alreadyAnswered or isBeingEdited guard, and no eventless step, on question states', () => {
    const questions = all.filter(isQuestion);
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) {
      expect(q.always ?? [], q.id).toEqual([]);
      for (const { event, t } of transitionsOf(q)) {
        const text = t.guard ? guardText(guardRef(t.guard)!) : '';
        expect(text, `${q.id} ${event}`).not.toMatch(
          /alreadyAnswered|isBeingEdited/,
        );
      }
    }
    expect(Object.keys(workupMachine.implementations.guards)).not.toEqual(
      expect.arrayContaining(['alreadyAnswered']),
    );
    expect(Object.keys(workupMachine.implementations.guards)).not.toContain(
      'isBeingEdited',
    );
  });

  it('edits through one transition, and resumes through one routing state', () => {
    expect(workupMachine.root.transitions.get('answer.edit')).toHaveLength(1);
    const routes = all.filter((n) =>
      (n.always ?? []).some((t) => {
        const g = t.guard ? guardText(guardRef(t.guard)!) : '';
        return g.startsWith('isNextQuestion');
      }),
    );
    expect(routes.map((n) => n.id)).toEqual(['workup.route']);
  });
});

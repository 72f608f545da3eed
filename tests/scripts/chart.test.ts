import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { audiences } from '../../content/schema.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import { chartDir, chartFiles, renderChart } from '../../scripts/chart.ts';
import { mermaidId } from '../../src/features/map/mermaid.ts';

/** Every state node id, walked from the machine definition itself. */
function stateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(stateIds)];
}

/** Every transition (`source|event|index` and its targets), from the machine. */
function transitions(node: AnyStateNode): { id: string; targets: string[] }[] {
  const of = (
    event: string,
    list: readonly { target?: readonly AnyStateNode[] }[],
  ) =>
    list.map((t, i) => ({
      id: `${node.id}|${event}|${i}`,
      targets: (t.target ?? []).map((n) => n.id),
    }));
  return [
    ...of('always', node.always ?? []),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      of(event, list),
    ),
    ...Object.values(node.states).flatMap(transitions),
  ];
}

const states = stateIds(workupMachine.root);
const machineTransitions = transitions(workupMachine.root);

const machinery = ['workup.route', 'workup.editing'];

/** Transitions that refuse an answer and stay: drawn only for developers. */
const refusals = machineTransitions.filter(
  (t) => t.targets.length === 0 && !t.id.startsWith('workup|'),
);

describe.each(audiences)('npm run chart (%s wording)', (audience) => {
  const { svg, mermaid } = renderChart(audience);

  it('draws every clinical state in the SVG, and the resuming and editing steps in words', () => {
    const drawn = [...svg.matchAll(/ data-state-id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(drawn.sort()).toEqual(
      states.filter((id) => !machinery.includes(id)).sort(),
    );
    const about = new Set(
      [...svg.matchAll(/ data-about-state="([^"]+)"/g)].map((m) => m[1]),
    );
    expect([...about]).toEqual(machinery);
    // Ten decisions, each a diamond.
    expect(svg.match(/<polygon /g)).toHaveLength(10);
  });

  it('draws every transition in the SVG, on an arrow or in words (refusals aside)', () => {
    const drawn = new Set(
      [...svg.matchAll(/ data-edge-ids?="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(' '),
      ),
    );
    expect(machineTransitions.length).toBeGreaterThan(45);
    expect(refusals.length).toBeGreaterThan(15);
    expect(
      machineTransitions
        .filter((t) => !refusals.includes(t))
        .filter((t) => !drawn.has(t.id)),
    ).toEqual([]);
    expect(svg).not.toMatch(
      /alreadyAnswered|cmvPcrIndicated|isValidAnswer|isNextQuestion|stays on the question|\[no words/,
    );
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('declares every state in the Mermaid text, "From any state" last', () => {
    expect(mermaid).toMatch(/^stateDiagram-v2$/m);
    for (const id of states) {
      expect(mermaid, id).toMatch(
        new RegExp(`^\\s*state "[^"]+" as ${mermaidId(id)}( \\{)?$`, 'm'),
      );
    }
    const declared = mermaid
      .split('\n')
      .filter((l) => /^\s*state /.test(l))
      .at(-1);
    expect(declared).toBe('  state "From any state" as workup');
  });

  it('draws one arrow per transition and target in the Mermaid text', () => {
    const arrows = mermaid
      .split('\n')
      .filter((l) => / --> /.test(l) && !l.includes('[*]'));
    const expected = machineTransitions.reduce(
      (n, t) => n + Math.max(1, t.targets.length),
      0,
    );
    expect(arrows).toHaveLength(expected);
    expect(mermaid).not.toMatch(
      /alreadyAnswered|cmvPcrIndicated|isValidAnswer|isEditOf|\[no words/,
    );
  });
});

describe('the chart reads as the algorithm (lines written by hand)', () => {
  const lines = (audience: 'clinician' | 'learner') =>
    renderChart(audience)
      .mermaid.split('\n')
      .map((l) => l.trim());

  it('draws a decision as its question, with yes and no branches', () => {
    expect(lines('clinician')).toEqual(
      expect.arrayContaining([
        'state "CMV IgM and IgG are both positive?" as workup_serology_avidityDecision',
        'workup_serology_storch --> workup_serology_avidityDecision : answered when the answer is complete and valid',
        'workup_serology_avidityDecision --> workup_serology_cmvAvidity : yes',
        'workup_serology_avidityDecision --> workup_serology_parvovirus : no',
        'state "Parvovirus B19 IgM is positive or hydrops is seen?" as workup_specialized_mcaDecision',
        'workup_specialized_mcaDecision --> workup_specialized_mcaDoppler : yes',
        'workup_specialized_mcaDecision --> workup_specialized_fetalMri : no',
        'state "Echogenic bowel is seen?" as workup_genetics_cfDecision',
        'workup_genetics_cfDecision --> workup_genetics_cfScreening : yes',
        'workup_genetics_cfDecision --> workup_specialized : no',
      ]),
    );
    expect(lines('learner')).toEqual(
      expect.arrayContaining([
        'state "The mother\'s CMV IgM and IgG are both positive?" as workup_serology_avidityDecision',
        'workup_serology_avidityDecision --> workup_serology_cmvAvidity : yes',
      ]),
    );
  });

  it('draws the follow-up visit loop', () => {
    expect(lines('clinician')).toEqual(
      expect.arrayContaining([
        'workup_followUp_plan --> workup_followUp_visit : start a new visit',
        'workup_followUp_visit --> workup_followUp_scan : answered when the answer is complete and valid',
        'workup_followUp_scan --> workup_followUp_mcaDue : answered when the answer is complete and valid',
        'workup_followUp_mcaDue --> workup_followUp_mcaCheck : yes',
        'workup_followUp_mcaDue --> workup_followUp_pcrDue : no',
        'workup_followUp_parvovirusRepeat --> workup_route : no',
        'workup_route --> workup_followUp : otherwise next',
      ]),
    );
  });

  it('draws the one edit and the one route', () => {
    const all = lines('clinician');
    expect(
      all.filter((l) => l.startsWith('workup --> workup_editing')),
    ).toEqual([
      'workup --> workup_editing : edit the answer when it has an answer (or takes a result off the main path) and no earlier question is open',
    ]);
    expect(all.filter((l) => l.includes('--> workup_route :'))).toEqual([
      'workup_editing --> workup_route : answered when the answer is to the question being edited and the answer is complete and valid',
      'workup_editing --> workup_route : cancel when an answer is being corrected or a result recorded',
      'workup_followUp_parvovirusRepeat --> workup_route : no',
      'workup_followUp_parvovirusCheck --> workup_route : answered when the answer is complete and valid',
    ]);
  });
});

describe('docs/chart', () => {
  it('holds the files npm run chart writes now (run it after a machine or content change)', () => {
    for (const [name, content] of chartFiles()) {
      let committed = '';
      try {
        committed = readFileSync(join(chartDir, name), 'utf8');
      } catch {
        // missing
      }
      expect(
        committed === content,
        `docs/chart/${name} is stale: npm run chart`,
      ).toBe(true);
    }
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { labelOf, textOf } from '../../../../content/index.ts';
import { workupMachine } from '../../../../machines/workup.machine.ts';
import AlgorithmMap from '../../../../src/features/map/algorithm-map.tsx';
import { edgeWords } from '../../../../src/shared/lib/statechart/guard-words.ts';
import {
  allEdges,
  machineGraph,
} from '../../../../src/shared/lib/statechart/machine-graph.ts';

/** Every state node id, walked from the machine definition itself. */
function stateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(stateIds)];
}

/** Every transition id (`source|event|index`), walked from the machine. */
function transitionIds(node: AnyStateNode): string[] {
  return [
    ...(node.always ?? []).map((_, i) => `${node.id}|always|${i}`),
    ...[...node.transitions.entries()].flatMap(([event, list]) =>
      list.map((_, i) => `${node.id}|${event}|${i}`),
    ),
    ...Object.values(node.states).flatMap(transitionIds),
  ];
}

const renderMap = (props: Partial<Parameters<typeof AlgorithmMap>[0]> = {}) =>
  render(
    <AlgorithmMap
      activeStateIds={[]}
      visitedStateIds={[]}
      audience="clinician"
      {...props}
    />,
  );

const diagram = (container: HTMLElement) =>
  container.querySelector('svg.chart') as SVGSVGElement;

/** The words the diagram draws for one transition, its lines joined. */
function drawnWords(svg: SVGSVGElement, edgeId: string): string {
  return [...svg.querySelectorAll('[data-edge-id]')]
    .filter((el) =>
      el.getAttribute('data-edge-id')!.split(' ').includes(edgeId),
    )
    .map((el) => el.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('AlgorithmMap', () => {
  it('has an h1', () => {
    renderMap();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Algorithm map' }),
    ).toBeInTheDocument();
  });

  it('draws every clinical state, and the resuming and editing steps in words, last', () => {
    const { container } = renderMap();
    const svg = diagram(container);
    const ids = stateIds(workupMachine.root);
    expect(ids.length).toBeGreaterThan(20);
    const machinery = ['workup.route', 'workup.editing'];
    const drawn = [
      svg.getAttribute('data-state-id'),
      ...[...svg.querySelectorAll('[data-state-id]')].map((el) =>
        el.getAttribute('data-state-id'),
      ),
    ];
    expect(drawn.sort()).toEqual(
      ids.filter((id) => !machinery.includes(id)).sort(),
    );
    // The two steps are said in the box "From any state", below the chart.
    const about = [...svg.querySelectorAll('[data-about-state]')].map((el) =>
      el.getAttribute('data-about-state'),
    );
    expect([...new Set(about)]).toEqual(machinery);
    const anyState = [...svg.querySelectorAll('.chart-node--root')];
    expect(anyState).toHaveLength(1);
    expect(anyState[0]).toHaveTextContent(/^From any state/);
    // Phases are regions around their questions.
    const regions = [...svg.querySelectorAll('[data-region-id]')].map((el) =>
      el.getAttribute('data-region-id'),
    );
    expect(regions).toEqual([
      'workup.intake',
      'workup.examination',
      'workup.serology',
      'workup.genetics',
      'workup.specialized',
      'workup.followUp',
    ]);
    const bottom = (el: Element) =>
      Number(el.getAttribute('y')) + Number(el.getAttribute('height'));
    const root = anyState[0]!.closest('g[transform]')!;
    const rootTop = Number(
      /translate\([^,]+,([^)]+)\)/.exec(root.getAttribute('transform')!)![1],
    );
    for (const region of svg.querySelectorAll('[data-region-id]')) {
      expect(bottom(region)).toBeLessThanOrEqual(rootTop);
    }
  });

  it('draws the decisions as diamonds with yes and no branches', () => {
    const { container } = renderMap();
    const svg = diagram(container);
    const diamonds = [...svg.querySelectorAll('.chart-node--decision')];
    expect(diamonds.map((d) => d.getAttribute('data-state-id'))).toEqual([
      'workup.serology.avidityDecision',
      'workup.serology.infectionTimingDecision',
      'workup.genetics.diagnosisDecision',
      'workup.genetics.cfDecision',
      'workup.specialized.pcrDecision',
      'workup.specialized.mcaDecision',
      'workup.followUp.mcaDue',
      'workup.followUp.pcrDue',
      'workup.followUp.storchRepeat',
      'workup.followUp.parvovirusRepeat',
    ]);
    for (const d of diamonds) expect(d.querySelector('polygon')).not.toBeNull();
    expect(diamonds[0]).toHaveAccessibleName(
      'CMV IgM and IgG are both positive?',
    );
    const arrowWords = (source: string, target: string) => {
      const arrow = svg.querySelector(
        `.chart-edge[data-source="${source}"][data-target="${target}"]`,
      );
      expect(arrow, `${source} -> ${target}`).not.toBeNull();
      return arrow!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(
      arrowWords(
        'workup.serology.avidityDecision',
        'workup.serology.cmvAvidity',
      ),
    ).toBe('yes');
    expect(
      arrowWords(
        'workup.serology.avidityDecision',
        'workup.serology.parvovirus',
      ),
    ).toBe('no');
    expect(
      arrowWords(
        'workup.specialized.mcaDecision',
        'workup.specialized.mcaDoppler',
      ),
    ).toBe('yes');
    // The visit loop: the last check's "no" returns to the follow-up.
    expect(
      arrowWords('workup.followUp.parvovirusRepeat', 'workup.followUp'),
    ).toBe('no');
    expect(arrowWords('workup.followUp.plan', 'workup.followUp.visit')).toBe(
      'start a new visit',
    );
    // An answer's arrow carries no words.
    expect(
      arrowWords('workup.serology.storch', 'workup.serology.avidityDecision'),
    ).toBe('');
  });

  it('puts every transition on an arrow or in words, and every one in words in the list with ids', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const svg = diagram(container);
    const edges = allEdges(machineGraph());
    expect(edges.map((e) => e.id)).toEqual(transitionIds(workupMachine.root));
    const onArrows = new Set(
      [...svg.querySelectorAll('[data-edge-ids]')].flatMap((el) =>
        el.getAttribute('data-edge-ids')!.split(' '),
      ),
    );
    const inWords = new Set(
      [...svg.querySelectorAll('[data-edge-id]')].flatMap((el) =>
        el.getAttribute('data-edge-id')!.split(' '),
      ),
    );
    const refusals = edges.filter((e) => e.kind === 'stay');
    expect(refusals.length).toBeGreaterThan(15);
    expect(
      edges
        .filter((e) => e.kind !== 'stay')
        .filter((e) => !onArrows.has(e.id) && !inWords.has(e.id))
        .map((e) => e.id),
    ).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: /show state ids/i }));
    const guarded = edges.filter((e) => e.guard);
    expect(guarded.length).toBeGreaterThan(30);
    const listed = new Set(
      [...container.querySelectorAll('.map-list [data-edge-id]')].map((el) =>
        el.getAttribute('data-edge-id'),
      ),
    );
    for (const edge of edges) {
      expect(edgeWords(edge, 'clinician').missing, edge.id).toEqual([]);
      expect(listed.has(edge.id), edge.id).toBe(true);
    }
    expect(
      drawnWords(
        diagram(container),
        'workup.serology.storch|serology.storchEntered|1',
      ),
    ).toContain('otherwise stays on the question');
  }, 20_000);

  it('shows no internals unless the developer asks for ids', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const internals = [
      'isValidAnswer',
      'isNextQuestion',
      'cmvAvidityIndicated',
      'workup.intake.audience',
      'workup.route',
      'serology.storchEntered',
      'answer.edit',
      'stays on the question',
      'the first question still open →',
    ];
    for (const bit of internals) {
      expect(container.textContent).not.toContain(bit);
    }
    await user.click(screen.getByRole('checkbox', { name: /show state ids/i }));
    expect(container.textContent).toContain('isNextQuestion(storch)');
    expect(container.textContent).toContain('workup.intake.audience');
    expect(container.textContent).toContain('[cmvAvidityIndicated]');
    const svg = diagram(container);
    expect(svg.querySelector('[data-state-id="workup.route"]')).not.toBeNull();
  });

  it('gives the same graph as a structured list: phases, questions, decisions, then from any state', () => {
    renderMap();
    const list = screen.getByRole('region', { name: 'The map as a list' });
    expect(list).toHaveTextContent(
      'then what happens next in words. It starts at Who are you?.',
    );
    const headings = within(list).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Intake',
      'Ultrasound examination',
      'Maternal serology',
      'Genetic testing',
      'Specialized testing',
      'Follow-up',
      'From any state',
    ]);
    // The first of two: the follow-up asks STORCH serology again.
    const [storch, repeat] = within(list).getAllByRole('list', {
      name: 'Transitions from STORCH serology',
    });
    expect(repeat).toHaveTextContent(
      /^answered when the answer is complete and valid → The parvovirus B19 serology is equivocal\?$/,
    );
    expect(storch).toHaveTextContent(
      /^answered when the answer is complete and valid → CMV IgM and IgG are both positive\?$/,
    );
    const avidity = within(list).getByRole('list', {
      name: 'Transitions from CMV IgM and IgG are both positive?',
    });
    expect(
      within(avidity)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['yes → CMV IgG avidity', 'no → Parvovirus B19']);
    const last = within(list).getByRole('list', {
      name: 'Transitions from The parvovirus B19 serology is equivocal?',
    });
    expect(
      within(last)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['yes → Parvovirus B19', 'no → Follow-up']);
  });

  it('highlights the current state and the path taken, through the decisions passed', () => {
    // STORCH answered with CMV IgM negative: the avidity was skipped.
    const { container } = renderMap({
      activeStateIds: [
        'workup',
        'workup.serology',
        'workup.serology.parvovirus',
      ],
      visitedStateIds: [
        'workup.intake',
        'workup.intake.audience',
        'workup.intake.gestationalAge',
        'workup.examination',
        'workup.examination.findings',
        'workup.examination.headSize',
        'workup.serology',
        'workup.serology.storch',
        'workup.serology.parvovirus',
      ],
    });
    const svg = diagram(container);
    const current = svg.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-state-id')).toBe(
      'workup.serology.parvovirus',
    );
    expect(current).toHaveAccessibleName('Parvovirus B19 (current)');
    const node = (id: string) => svg.querySelector(`[data-state-id="${id}"]`)!;
    expect(node('workup.examination.findings').getAttribute('class')).toContain(
      'is-visited',
    );
    // The decision passed is shaded though no snapshot ever holds it.
    expect(
      node('workup.serology.avidityDecision').getAttribute('class'),
    ).toContain('is-visited');
    for (const id of [
      'workup.serology.cmvAvidity',
      'workup.serology.infectionTimingDecision',
      'workup.specialized.fetalMri',
    ]) {
      expect(node(id).getAttribute('class'), id).not.toContain('is-visited');
    }
    const arrow = (source: string, target: string) =>
      svg
        .querySelector(
          `.chart-edge[data-source="${source}"][data-target="${target}"]`,
        )!
        .getAttribute('class');
    expect(arrow('workup.examination.headSize', 'workup.serology')).toContain(
      'is-taken',
    );
    expect(
      arrow('workup.serology.storch', 'workup.serology.avidityDecision'),
    ).toContain('is-taken');
    expect(
      arrow('workup.serology.avidityDecision', 'workup.serology.parvovirus'),
    ).toContain('is-taken');
    expect(
      arrow('workup.serology.avidityDecision', 'workup.serology.cmvAvidity'),
    ).not.toContain('is-taken');
    expect(
      arrow(
        'workup.serology.parvovirus',
        'workup.serology.infectionTimingDecision',
      ),
    ).not.toContain('is-taken');
    // The list says it in words.
    const list = screen.getByRole('region', { name: 'The map as a list' });
    expect(
      within(list).getByRole('button', { name: /Associated findings/ }),
    ).toHaveTextContent('(visited)');
  });

  it('selects a state in the diagram with the keyboard and shows its content for the audience', async () => {
    const user = userEvent.setup();
    const { container } = renderMap({ audience: 'learner' });
    const svg = diagram(container);
    const pcr = svg.querySelector<SVGGElement>(
      '[data-state-id="workup.specialized.cmvPcr"]',
    )!;
    expect(pcr).toHaveAccessibleName(labelOf('question.cmv-pcr', 'learner'));
    pcr.focus();
    await user.keyboard('{Enter}');
    expect(pcr).toHaveAttribute('aria-pressed', 'true');
    const detail = screen.getByRole('article', {
      name: `About ${labelOf('question.cmv-pcr', 'learner')}`,
    });
    expect(detail).toHaveTextContent(textOf('question.cmv-pcr', 'learner'));
    expect(within(detail).getAllByText(/Sources:/).length).toBeGreaterThan(0);
    // Its decisions, as the content node says them.
    expect(detail).toHaveTextContent(
      textOf('decision.cmvPcrIndicated', 'learner'),
    );

    const storch = svg.querySelector<SVGGElement>(
      '[data-state-id="workup.serology.storch"]',
    )!;
    storch.focus();
    await user.keyboard(' ');
    expect(
      screen.getByRole('article', {
        name: `About ${labelOf('question.storch', 'learner')}`,
      }),
    ).toBeInTheDocument();
  });

  it('selects a state from the list too', async () => {
    const user = userEvent.setup();
    renderMap();
    const list = screen.getByRole('region', { name: 'The map as a list' });
    await user.click(
      within(list).getByRole('button', {
        name: labelOf('question.fetal-mri', 'clinician'),
      }),
    );
    expect(
      screen.getByRole('article', {
        name: `About ${labelOf('question.fetal-mri', 'clinician')}`,
      }),
    ).toHaveTextContent(textOf('question.fetal-mri', 'clinician'));
  });
});

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

  it('draws every state of the machine in the diagram', () => {
    const { container } = renderMap();
    const svg = diagram(container);
    const ids = stateIds(workupMachine.root);
    expect(ids.length).toBeGreaterThan(20);
    const drawn = [
      svg.getAttribute('data-state-id'),
      ...[...svg.querySelectorAll('[data-state-id]')].map((el) =>
        el.getAttribute('data-state-id'),
      ),
    ];
    expect(drawn.sort()).toEqual([...ids].sort());
    // Phases are regions around their questions.
    const regions = [...svg.querySelectorAll('[data-region-id]')].map((el) =>
      el.getAttribute('data-region-id'),
    );
    expect(regions).toContain('workup.serology');
  });

  it('labels every transition, every guarded one in clinical words', () => {
    const { container } = renderMap();
    const svg = diagram(container);
    const edges = allEdges(machineGraph());
    expect(edges.map((e) => e.id)).toEqual(transitionIds(workupMachine.root));
    const guarded = edges.filter((e) => e.guard);
    expect(guarded.length).toBeGreaterThan(30);
    for (const edge of edges) {
      const words = edgeWords(edge, 'clinician');
      expect(words.missing, edge.id).toEqual([]);
      expect(drawnWords(svg, edge.id), edge.id).toContain(words.text);
      const listed = container.querySelector(
        `.map-list [data-edge-id="${CSS.escape(edge.id)}"]`,
      );
      expect(listed, edge.id).toHaveTextContent(words.text);
    }
    // The guarded skip of avidity reads as the clinical decision.
    expect(drawnWords(svg, 'workup.serology.cmvAvidity|always|0')).toContain(
      `unless ${labelOf('decision.cmvAvidityIndicated', 'clinician')}`,
    );
  });

  it('shows no internals unless the developer asks for ids', async () => {
    const user = userEvent.setup();
    const { container } = renderMap();
    const internals = [
      'alreadyAnswered',
      'isValidAnswer',
      'isEditOf',
      'workup.intake.audience',
      'serology.storchEntered',
      'answer.edit',
    ];
    for (const bit of internals) {
      expect(container.textContent).not.toContain(bit);
    }
    await user.click(screen.getByRole('checkbox', { name: /show state ids/i }));
    expect(container.textContent).toContain('alreadyAnswered(storch)');
    expect(container.textContent).toContain('workup.intake.audience');
  });

  it('gives the same graph as a structured list: phases, questions, decisions', () => {
    renderMap();
    const list = screen.getByRole('region', { name: 'The map as a list' });
    const phases = within(list).getAllByRole('heading', { level: 3 });
    expect(phases.map((h) => h.textContent)).toEqual(
      expect.arrayContaining([
        labelOf('phase.intake', 'clinician'),
        labelOf('phase.serology', 'clinician'),
      ]),
    );
    const storch = within(list).getByRole('list', {
      name: `Transitions from ${labelOf('question.storch', 'clinician')}`,
    });
    expect(storch).toHaveTextContent(
      `skipped when ${labelOf('decision.alreadyAnswered', 'clinician')} → ${labelOf('question.cmv-avidity', 'clinician')}`,
    );
  });

  it('highlights the current state and the path taken', () => {
    const { container } = renderMap({
      activeStateIds: ['workup', 'workup.serology', 'workup.serology.storch'],
      visitedStateIds: [
        'workup.intake',
        'workup.intake.audience',
        'workup.intake.gestationalAge',
        'workup.examination',
        'workup.examination.findings',
        'workup.examination.headSize',
        'workup.serology',
        'workup.serology.storch',
      ],
    });
    const svg = diagram(container);
    const current = svg.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-state-id')).toBe(
      'workup.serology.storch',
    );
    expect(current).toHaveAccessibleName(
      `${labelOf('question.storch', 'clinician')} (current)`,
    );
    const node = (id: string) => svg.querySelector(`[data-state-id="${id}"]`)!;
    expect(node('workup.examination.findings').getAttribute('class')).toContain(
      'is-visited',
    );
    expect(
      node('workup.specialized.fetalMri').getAttribute('class'),
    ).not.toContain('is-visited');
    const arrow = (id: string) =>
      [...svg.querySelectorAll('.chart-edge')].find((el) =>
        el.getAttribute('data-edge-ids')?.split(' ').includes(id),
      )!;
    expect(
      arrow('workup.examination.headSize|always|0').getAttribute('class'),
    ).toContain('is-taken');
    expect(
      arrow('workup.serology.storch|always|0').getAttribute('class'),
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
    const pcr = within(svg as unknown as HTMLElement).getByRole('button', {
      name: labelOf('question.cmv-pcr', 'learner'),
    });
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

    const storch = within(svg as unknown as HTMLElement).getByRole('button', {
      name: labelOf('question.storch', 'learner'),
    });
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

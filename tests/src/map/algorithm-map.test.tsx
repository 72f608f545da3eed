import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { labelOf, textOf } from '../../../content/index.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import AlgorithmMap from '../../../src/features/map/algorithm-map.tsx';

/** Every state node id, walked from the machine definition itself. */
function stateIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(stateIds)];
}

describe('AlgorithmMap', () => {
  it('renders a node for every state of the machine', () => {
    const { container } = render(
      <AlgorithmMap
        activeStateIds={[]}
        visitedStateIds={[]}
        audience="clinician"
      />,
    );
    const ids = stateIds(workupMachine.root);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      expect(
        container.querySelector(`[data-state-id="${id}"]`),
        id,
      ).not.toBeNull();
    }
    const rendered = [...container.querySelectorAll('[data-state-id]')].map(
      (el) => el.getAttribute('data-state-id'),
    );
    expect(rendered.sort()).toEqual([...ids].sort());
  });

  it('lists the guarded skip transitions', () => {
    render(
      <AlgorithmMap
        activeStateIds={[]}
        visitedStateIds={[]}
        audience="clinician"
      />,
    );
    const storch = screen.getByRole('list', {
      name: `Transitions from ${labelOf('question.storch', 'clinician')}`,
    });
    expect(storch).toHaveTextContent('shouldSkip(storch)');
    expect(storch).toHaveTextContent(
      `→ ${labelOf('question.cmv-avidity', 'clinician')}`,
    );
  });

  it('marks the current state and the path taken', () => {
    const { container } = render(
      <AlgorithmMap
        activeStateIds={['workup.serology', 'workup.serology.storch']}
        visitedStateIds={[
          'workup.intake',
          'workup.intake.audience',
          'workup.examination',
          'workup.examination.findings',
          'workup.serology',
          'workup.serology.storch',
        ]}
        audience="clinician"
      />,
    );
    const current = container.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-state-id')).toBe(
      'workup.serology.storch',
    );
    expect(current).toHaveTextContent('current');
    const findings = container.querySelector(
      '[data-state-id="workup.examination.findings"]',
    );
    expect(findings).toHaveTextContent('visited');
    expect(findings?.className).toContain('is-visited');
    const mri = container.querySelector(
      '[data-state-id="workup.specialized.fetalMri"]',
    );
    expect(mri?.className).not.toContain('is-visited');
  });

  it('shows the content node of a selected state for the audience', async () => {
    const user = userEvent.setup();
    render(
      <AlgorithmMap
        activeStateIds={[]}
        visitedStateIds={[]}
        audience="learner"
      />,
    );
    await user.click(
      screen.getByRole('button', {
        name: new RegExp(labelOf('question.cmv-pcr', 'learner')),
      }),
    );
    const detail = screen.getByRole('article', {
      name: `About ${labelOf('question.cmv-pcr', 'learner')}`,
    });
    expect(detail).toHaveTextContent(textOf('question.cmv-pcr', 'learner'));
    expect(within(detail).getByText(/Sources:/)).toBeTruthy();
  });
});

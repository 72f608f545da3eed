import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { labelOf, textOf } from '../../../../content/index.ts';
import TeachingView from '../../../../src/features/teaching/teaching-view.tsx';

async function startCase(title: string, mode: RegExp) {
  const user = userEvent.setup();
  const onExit = vi.fn();
  render(<TeachingView audience="clinician" onExit={onExit} />);
  await user.click(screen.getByRole('radio', { name: title }));
  await user.click(screen.getByRole('radio', { name: mode }));
  await user.click(screen.getByRole('button', { name: 'Start the case' }));
  return { user, onExit };
}

describe('TeachingView, step-through', () => {
  it('shows each step with its rationale, the case notes and citations', async () => {
    const { user } = await startCase(
      'Primary CMV before 21 weeks',
      /^Step through/,
    );
    const next = () =>
      user.click(
        screen.getByRole('button', { name: /Next step|Show the summary/ }),
      );
    // Gestational age, findings, head size, STORCH, avidity, parvovirus, timing.
    for (let i = 0; i < 6; i++) await next();
    const timing = screen.getByRole('article', {
      name: labelOf('question.infection-timing', 'clinician'),
    });
    expect(timing).toHaveTextContent(
      textOf('reason.cmv-pcr-too-early', 'clinician', {
        ga: '18 weeks',
        weeks: '3 weeks',
      }),
    );
    expect(
      within(timing).getAllByText(/SMFM Consult Series 39/).length,
    ).toBeGreaterThan(0);
    expect(timing.textContent).toContain('3 weeks');

    while (!screen.queryByRole('heading', { name: 'Where the case ends' }))
      await next();
    const summary = screen.getByRole('region', { name: 'Where the case ends' });
    expect(summary).toHaveTextContent(
      labelOf('classification.associated', 'clinician'),
    );
    expect(summary).toHaveTextContent(
      `${labelOf('test.amniotic-fluid-cmv-pcr', 'clinician')}: Not yet optimal.`,
    );
    expect(summary).toHaveTextContent(
      textOf('prognosis.associated', 'clinician'),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('goes back to the consult', async () => {
    const { user, onExit } = await startCase(
      'Toxoplasmosis pattern',
      /^Step through/,
    );
    await user.click(
      screen.getByRole('button', { name: 'Back to the consult' }),
    );
    expect(onExit).toHaveBeenCalledOnce();
  });
});

describe('TeachingView, predict then reveal', () => {
  it('scores a wrong pick and a right pick, revealing the answer and why', async () => {
    const { user } = await startCase(
      'Isolated calcifications, negative workup',
      /^Predict/,
    );
    const next = () =>
      user.click(screen.getByRole('button', { name: 'Next step' }));
    await next(); // findings
    await next(); // head size: the examination is over, classify now
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();

    const classify = screen.getByRole('group', {
      name: /How are the calcifications classified now/,
    });
    await user.click(
      within(classify).getByRole('radio', {
        name: labelOf('classification.isolated', 'clinician'),
      }),
    );
    await user.click(
      within(classify).getByRole('button', { name: 'Reveal the answer' }),
    );
    const form1 = classify.closest('form')!;
    expect(form1).toHaveTextContent('Not quite.');
    expect(form1).toHaveTextContent(
      textOf('classification.undetermined', 'clinician'),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Score so far: 0 of 1',
    );

    await next(); // STORCH: CMV IgM negative, so avidity is skipped
    const nextQ = screen.getByRole('group', {
      name: /What does the workup ask next/,
    });
    await user.click(
      within(nextQ).getByRole('radio', {
        name: labelOf('question.parvovirus', 'clinician'),
      }),
    );
    await user.click(
      within(nextQ).getByRole('button', { name: 'Reveal the answer' }),
    );
    const form2 = nextQ.closest('form')!;
    expect(form2).toHaveTextContent('Right.');
    expect(
      within(form2).getByRole('list', { name: 'Skipped questions' }),
    ).toHaveTextContent(labelOf('question.cmv-avidity', 'clinician'));
    // Why: the machine's guard, in the words of its decision node.
    expect(
      within(form2).getByRole('list', { name: 'Skipped questions' }),
    ).toHaveTextContent(
      `Asked only when ${labelOf('decision.cmvAvidityIndicated', 'clinician')}.`,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Score so far: 1 of 2',
    );
    expect(form2.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
});

describe('TeachingView, the reason for a decision', () => {
  it('reveals why avidity is asked from the guard that decided', async () => {
    const { user } = await startCase(
      'Primary CMV, PCR timing optimal',
      /^Predict/,
    );
    const next = () =>
      user.click(screen.getByRole('button', { name: 'Next step' }));
    await next(); // findings
    await next(); // head size: classify
    const classify = screen.getByRole('group', {
      name: /How are the calcifications classified now/,
    });
    await user.click(within(classify).getAllByRole('radio')[0]!);
    await user.click(
      within(classify).getByRole('button', { name: 'Reveal the answer' }),
    );
    await next(); // STORCH: CMV IgM and IgG positive
    const nextQ = screen.getByRole('group', {
      name: /What does the workup ask next/,
    });
    await user.click(
      within(nextQ).getByRole('radio', {
        name: labelOf('question.cmv-avidity', 'clinician'),
      }),
    );
    await user.click(
      within(nextQ).getByRole('button', { name: 'Reveal the answer' }),
    );
    expect(nextQ.closest('form')!).toHaveTextContent(
      `Asked because ${labelOf('decision.cmvAvidityIndicated', 'clinician')}.`,
    );
  });
});

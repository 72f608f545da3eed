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
      'Liver calcifications with brain calcifications at 18 weeks',
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
    // The diagnosis, kept out of the title, is revealed at the end.
    expect(summary).toHaveTextContent(
      'The case was: Primary CMV before 21 weeks',
    );
  });

  it('titles the cases by their presentation, not their diagnosis', async () => {
    render(<TeachingView audience="clinician" onExit={vi.fn()} />);
    const picker = screen.getByRole('group', { name: 'Case' });
    const titles = within(picker)
      .getAllByRole('radio')
      .map((r) => r.closest('label')!.textContent);
    expect(titles).toEqual([
      'Isolated liver calcifications at 22 weeks',
      'Liver calcifications with ventriculomegaly, brain calcifications and microcephaly at 23 weeks',
      'Liver calcifications with brain calcifications at 18 weeks',
      'Liver calcifications with hydrops and ascites at 20 weeks',
      'Liver calcifications with brain, placental and bowel findings and ascites at 24 weeks',
      'Liver calcifications with a cardiac defect and another major anomaly at 20 weeks',
      'Liver calcifications with hydrops at 26 weeks',
      'Isolated liver calcifications at 18 weeks, seen again at 19, 21 and 23 weeks',
    ]);
    for (const title of titles) {
      expect(title).not.toMatch(
        /CMV|parvovirus|toxoplasm|aneuploidy|trisomy|negative|infection/i,
      );
    }
  });

  it('goes back to the consult', async () => {
    const { user, onExit } = await startCase(
      'Liver calcifications with brain, placental and bowel findings and ascites at 24 weeks',
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
      'Isolated liver calcifications at 22 weeks',
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
      'Score so far: 0 of 1 decisions',
    );

    await next(); // STORCH: CMV IgM negative, so avidity is not indicated
    // A decision, not the order of the questions: parvovirus serology is
    // asked whatever the order.
    expect(
      screen.queryByRole('group', { name: /What does the workup ask next/ }),
    ).toBeNull();
    const decision = screen.getByRole('group', {
      name: 'Your prediction: Does the workup ask for CMV IgG avidity here?',
    });
    expect(
      within(decision)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
    ).toEqual(['Yes', 'No']);
    await user.click(within(decision).getByRole('radio', { name: 'No' }));
    await user.click(
      within(decision).getByRole('button', { name: 'Reveal the answer' }),
    );
    const form2 = decision.closest('form')!;
    expect(form2).toHaveTextContent('Right. No: CMV IgG avidity is skipped.');
    // Why: the machine's guard, in the words of its decision node.
    expect(form2).toHaveTextContent(
      'Asked only when CMV IgM and IgG are both positive.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Score so far: 1 of 2 decisions',
    );
    expect(form2.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
});

describe('TeachingView, the reason for a decision', () => {
  it('reveals why avidity is asked from the guard that decided', async () => {
    const { user } = await startCase(
      'Liver calcifications with ventriculomegaly, brain calcifications and microcephaly at 23 weeks',
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
    const decision = screen.getByRole('group', {
      name: /Does the workup ask for CMV IgG avidity here/,
    });
    await user.click(within(decision).getByRole('radio', { name: 'Yes' }));
    await user.click(
      within(decision).getByRole('button', { name: 'Reveal the answer' }),
    );
    expect(decision.closest('form')!).toHaveTextContent(
      'Right. Yes: the workup asks for CMV IgG avidity.',
    );
    expect(decision.closest('form')!).toHaveTextContent(
      'Asked because CMV IgM and IgG are both positive.',
    );
  });
});

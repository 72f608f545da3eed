import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  renderApp,
  savedBlob,
  scenarioAnswers,
  storeAt,
} from '../../helpers.tsx';

const composer = () => document.querySelector<HTMLElement>('section.composer')!;

describe('consult steps', () => {
  it('starts with the disclaimer and the audience question as quick replies', async () => {
    const { user } = renderApp();
    expect(screen.getByText('Educational use only')).toBeInTheDocument();
    expect(
      screen.getAllByText('Which best describes you?').length,
    ).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Clinician' }));
    const input = await screen.findByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    expect(input).toHaveFocus();
    expect(
      screen.getByText('Clinician', { selector: 'p' }),
    ).toBeInTheDocument();
  });

  it('refuses an out-of-range gestational age inline with the machine reason', async () => {
    const { user } = renderApp(storeAt({ audience: 'clinician' }));
    const input = screen.getByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    await user.type(input, '50{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Gestational age must be from 10 to 42 weeks.',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a number of weeks.',
    );
    await user.clear(input);
    await user.type(input, '23{Enter}');
    expect(
      await screen.findByRole('checkbox', {
        name: 'Intracranial calcifications',
      }),
    ).toHaveFocus();
    expect(screen.getByText('23 weeks')).toBeInTheDocument();
  });

  it('takes findings from a checklist, with "none" and pending', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An answer is required.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hydrops' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cardiac defect' }));
    await user.click(screen.getByRole('button', { name: 'Confirm findings' }));
    expect(
      await screen.findByText('Cardiac defect, Hydrops'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Normal' })).toHaveFocus();
  });

  it('records the detailed ultrasound as pending', async () => {
    const { user } = renderApp(
      storeAt({ audience: 'clinician', answers: { gestationalAgeWeeks: 23 } }),
    );
    await user.click(
      within(composer()).getByRole('button', { name: 'Pending' }),
    );
    expect(
      await screen.findByText('Detailed ultrasound: pending'),
    ).toBeInTheDocument();
  });

  it('takes STORCH results from a panel with a radio group per test and a mark-all shortcut', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: [], headSize: 'normal' },
      }),
    );
    const cmvIgm = screen.getByRole('group', { name: 'CMV IgM' });
    await user.click(within(cmvIgm).getByRole('radio', { name: 'Positive' }));
    await user.click(
      within(screen.getByRole('group', { name: 'CMV IgG' })).getByRole(
        'radio',
        { name: 'Positive' },
      ),
    );
    await user.click(
      screen.getByRole('button', { name: 'Mark all unanswered Negative' }),
    );
    expect(
      within(screen.getByRole('group', { name: 'Syphilis' })).getByRole(
        'radio',
        {
          name: 'Negative',
        },
      ),
    ).toBeChecked();
    expect(
      within(cmvIgm).getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    // IgM and IgG positive -> the avidity question follows.
    expect(await screen.findByRole('button', { name: 'Low' })).toHaveFocus();
    expect(
      screen.getByText(/Positive: CMV IgG, CMV IgM; Negative: Syphilis/),
    ).toBeInTheDocument();
  });

  it('accepts "unknown" for the time since maternal infection', async () => {
    const { user } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: {
          gestationalAgeWeeks: 23,
          findings: [],
          headSize: 'normal',
          serology: { 'cmv-igg': 'positive', 'cmv-igm': 'positive' },
          cmvAvidity: 'low',
          // parvovirus answered so the timing question is next
        },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    await user.click(await screen.findByRole('button', { name: 'Unknown' }));
    expect(await screen.findByText('Unknown')).toBeInTheDocument();
  });

  it('opens "Why this question?" with the rationale and citation links', async () => {
    const { user } = renderApp(storeAt({ audience: 'clinician' }));
    await user.click(screen.getByText('Why this question?'));
    const link = screen.getAllByRole('link', { name: /^Reference \d+:/ })[0]!;
    expect(link.getAttribute('href')).toMatch(/^#ref-/);
    // The list is closed until a citation is followed: then it holds the
    // entry the link jumps to.
    const target = link.getAttribute('href')!.slice(1);
    expect(document.getElementById(target)).toBeNull();
    await user.click(link);
    expect(document.getElementById(target)).not.toBeNull();
  });
});

describe('one click is one answer', () => {
  const atKaryotype = {
    gestationalAgeWeeks: 23,
    findings: [],
    headSize: 'normal' as const,
    serology: {
      'cmv-igg': 'negative' as const,
      'parvovirus-igg': 'negative' as const,
    },
    genetics: { 'chromosomal-microarray': 'normal' as const },
  };

  it('the second click of a double-click does not answer the question that replaced the first', () => {
    const { store } = renderApp(
      storeAt({ audience: 'clinician', answers: atKaryotype }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Abnormal' }), {
      detail: 1,
    });
    // The next question is now where the pointer is.
    const trisomy = screen.getByRole('button', { name: 'Trisomy 18' });
    fireEvent.click(trisomy, { detail: 2 });
    expect(
      document.querySelector('section.composer')?.getAttribute('data-question'),
    ).toBe('chromosomal-diagnosis');
    const answers = savedBlob(store)!.persisted.context.answers;
    expect(answers.chromosomalDiagnosis).toBeUndefined();
    expect(answers.genetics).toEqual({
      'chromosomal-microarray': 'normal',
      karyotype: 'abnormal',
    });
    // A deliberate new click answers it.
    fireEvent.click(trisomy, { detail: 1 });
    expect(
      savedBlob(store)!.persisted.context.answers.chromosomalDiagnosis,
    ).toBe('trisomy-18');
  });

  it('the second click does not press what appears under the pointer after the last answer', async () => {
    const { store } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: {
          ...atKaryotype,
          genetics: {
            'chromosomal-microarray': 'normal',
            karyotype: 'normal',
          },
        },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not done' }), {
      detail: 1,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Fetal MRI' }), {
      detail: 2,
    });
    expect(screen.queryByText('Changing an earlier answer')).toBeNull();
    expect(savedBlob(store)!.persisted.value).toEqual({ followUp: 'plan' });
    await screen.findByRole(
      'heading',
      { name: 'Workup summary' },
      { timeout: 10_000 },
    );
  });
});

describe('focus', () => {
  it('moves to the field with its error when a typed answer is refused', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Clinician' }));
    const input = screen.getByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    await user.type(input, '99');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'abc');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a number of weeks.',
    );
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('moves to the edit form after Edit, mid-workup and after the summary', async () => {
    const mid = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: [] },
      }),
    );
    await mid.user.click(
      screen.getByRole('button', { name: /Edit Gestational age/ }),
    );
    expect(document.activeElement?.closest('section.composer')).toHaveAttribute(
      'data-question',
      'gestational-age',
    );
    mid.unmount();

    const done = renderApp(
      storeAt({
        audience: 'clinician',
        answers: scenarioAnswers('isolated-negative-workup'),
      }),
    );
    await screen.findByRole('heading', { name: 'Workup summary' });
    await done.user.click(
      screen.getByRole('button', { name: /Edit Head circumference/ }),
    );
    expect(document.activeElement?.closest('section.composer')).toHaveAttribute(
      'data-question',
      'head-size',
    );
  });
});

describe('gestational age as clinicians write it', () => {
  it('accepts weeks and days, says which forms work, and edits them back', async () => {
    const { user, store } = renderApp(storeAt({ audience: 'clinician' }));
    const input = screen.getByRole('textbox', {
      name: 'Gestational age in weeks',
    });
    expect(input).toHaveAccessibleDescription(/20\+3, 20w3d or 20 3\/7/);
    await user.type(input, '20w3d{Enter}');
    expect(await screen.findByText('20 weeks 3 days')).toBeInTheDocument();
    expect(
      savedBlob(store)!.persisted.context.answers.gestationalAgeWeeks,
    ).toBe(20 + 3 / 7);
    await user.click(
      screen.getByRole('button', { name: /Edit Gestational age/ }),
    );
    expect(
      screen.getByRole('textbox', { name: 'Gestational age in weeks' }),
    ).toHaveValue('20+3');
  });
});

describe('equivocal serology', () => {
  it('is offered for every row of the STORCH and parvovirus panels and recorded', async () => {
    const { user, store } = renderApp(
      storeAt({
        audience: 'clinician',
        answers: { gestationalAgeWeeks: 23, findings: [], headSize: 'normal' },
      }),
    );
    for (const row of screen
      .getAllByRole('group')
      .filter((g) => g.classList.contains('panel__row'))) {
      expect(
        within(row).getByRole('radio', { name: 'Equivocal' }),
      ).toBeInTheDocument();
    }
    await user.click(
      within(screen.getByRole('group', { name: 'Toxoplasma IgM' })).getByRole(
        'radio',
        { name: 'Equivocal' },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Confirm results' }));
    expect(
      (
        savedBlob(store)!.persisted.context.answers.serology as Record<
          string,
          string
        >
      )['toxoplasma-igm'],
    ).toBe('equivocal');
    const parvoIgm = await screen.findByRole('group', {
      name: 'Parvovirus B19 IgM',
    });
    expect(
      within(parvoIgm).getByRole('radio', { name: 'Equivocal' }),
    ).toBeInTheDocument();
  });
});

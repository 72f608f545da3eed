import { describe, expect, it } from 'vitest';
import {
  checklistAnswer,
  initialChecklist,
  initialNumberText,
  initialPanel,
  markAllUnanswered,
  numberHint,
  panelStatus,
} from '../../../../src/features/consult/controls/control-model.ts';

const rows = [
  { value: 'cmv-igm', label: 'CMV IgM' },
  { value: 'cmv-igg', label: 'CMV IgG' },
  { value: 'syphilis', label: 'Syphilis' },
];

describe('number control', () => {
  it('states the range it takes unless the question words its own hint', () => {
    expect(
      numberHint(
        { kind: 'number', inputLabel: 'x', min: 10, max: 42 },
        'clinician',
      ),
    ).toBe('A number, 10 to 42 weeks.');
    expect(
      numberHint({ kind: 'number', inputLabel: 'x', min: 0 }, 'clinician'),
    ).toBe('A number, 0 weeks or more.');
    expect(
      numberHint(
        { kind: 'number', inputLabel: 'x', min: 10, hint: 'As 20+3' },
        'clinician',
      ),
    ).toBe('As 20+3');
  });

  it('prefills the recorded number, not "unknown"', () => {
    expect(initialNumberText('23')).toBe('23');
    expect(initialNumberText('unknown')).toBe('');
    expect(initialNumberText(undefined)).toBe('');
  });
});

describe('checklist control', () => {
  it('requires a tick: findings, or "none" for an empty list', () => {
    expect(checklistAnswer({ checked: [], none: false })).toBeNull();
    expect(checklistAnswer({ checked: [], none: true })).toEqual([]);
    expect(checklistAnswer({ checked: ['hydrops'], none: false })).toEqual([
      'hydrops',
    ]);
  });

  it('prefills an edit: the findings, "none" for an empty list, nothing for a status', () => {
    expect(initialChecklist(['hydrops'])).toEqual({
      checked: ['hydrops'],
      none: false,
    });
    expect(initialChecklist([])).toEqual({ checked: [], none: true });
    expect(initialChecklist('pending')).toEqual({ checked: [], none: false });
  });
});

describe('panel control', () => {
  it('marks only the blank rows and counts what is left blank', () => {
    const start = initialPanel(rows, { 'cmv-igm': 'positive' });
    expect(start).toEqual({ 'cmv-igm': 'positive' });
    expect(panelStatus(rows, start)).toEqual({ blank: 2, rows: 3 });
    const marked = markAllUnanswered(rows, start, 'negative');
    expect(marked).toEqual({
      'cmv-igm': 'positive',
      'cmv-igg': 'negative',
      syphilis: 'negative',
    });
    expect(panelStatus(rows, marked)).toEqual({ blank: 0, rows: 3 });
  });
});

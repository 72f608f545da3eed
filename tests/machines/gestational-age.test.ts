import { describe, expect, it } from 'vitest';
import {
  formatGestationalAge,
  gestationalAgeInput,
  parseGestationalAge,
} from '../../machines/rules/gestational-age.ts';
import {
  gestationalAgeProblem,
  recordAnswer,
} from '../../machines/rules/answers.ts';

describe('gestational age as clinicians write it', () => {
  it.each([
    ['20+3', 20 + 3 / 7],
    ['20 + 3', 20 + 3 / 7],
    ['20w3d', 20 + 3 / 7],
    ['20W 3D', 20 + 3 / 7],
    ['20 w 3 d', 20 + 3 / 7],
    ['20wk 3days', 20 + 3 / 7],
    ['20 3/7', 20 + 3 / 7],
    ['20 3 / 7', 20 + 3 / 7],
    ['20w', 20],
    ['20 weeks', 20],
    ['20+0', 20],
    ['23', 23],
    [' 23.5 ', 23.5],
    [23, 23],
  ])('reads %j as %d weeks', (typed, weeks) => {
    expect(parseGestationalAge(typed)).toEqual({ ok: true, value: weeks });
  });

  it.each([
    ['20+7', 'not-a-number'],
    ['20w9d', 'not-a-number'],
    ['20 8/7', 'not-a-number'],
    ['20 3/8', 'not-a-number'],
    ['20d', 'not-a-number'],
    ['twenty', 'not-a-number'],
    ['', 'required'],
    [null, 'required'],
  ])('refuses %j (%s)', (typed, reason) => {
    expect(parseGestationalAge(typed)).toEqual({ ok: false, reason });
  });

  it('checks the range on the weeks and days', () => {
    expect(gestationalAgeProblem('20+3')).toBeNull();
    expect(gestationalAgeProblem('42+1')).toBe('gestational-age-out-of-range');
    expect(gestationalAgeProblem('9w6d')).toBe('gestational-age-out-of-range');
    expect(gestationalAgeProblem('10 0/7')).toBeNull();
  });

  it('records 20+3 as 20 3/7 weeks', () => {
    expect(
      recordAnswer({}, { type: 'intake.gestationalAgeEntered', weeks: '20w3d' })
        .gestationalAgeWeeks,
    ).toBe(20 + 3 / 7);
  });

  it('writes weeks and days back as typed and in words', () => {
    expect(gestationalAgeInput(20 + 3 / 7)).toBe('20+3');
    expect(gestationalAgeInput(23)).toBe('23');
    expect(gestationalAgeInput(23.5)).toBe('23.5');
    expect(parseGestationalAge(gestationalAgeInput(20 + 3 / 7))).toEqual({
      ok: true,
      value: 20 + 3 / 7,
    });
    expect(formatGestationalAge(20 + 1 / 7)).toBe('20 weeks 1 day');
    expect(formatGestationalAge(20 + 3 / 7)).toBe('20 weeks 3 days');
    expect(formatGestationalAge(23)).toBe('23 weeks');
    expect(formatGestationalAge(23.5)).toBe('23.5 weeks');
  });
});

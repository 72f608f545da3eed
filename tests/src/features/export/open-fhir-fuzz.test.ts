import { describe, expect, it } from 'vitest';
import { openAnswersText } from '../../../../src/features/export/open-answers.ts';
import {
  defectNames,
  fuzzFhir,
} from '../../../machines/fhir/hostile-responses.ts';

/**
 * Issue 23, the app's front end: the same hostile responses through "Open
 * answers" (`openAnswersText`, what the picker and a drop call). A crash
 * is a throw (the page would show nothing); a refusal must be shown with
 * the reader's message, with no control character in it.
 */

const runs = Math.max(300, Number(process.env.FC_RUNS ?? 300));
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('"Open answers" on hostile FHIR files (issue 23)', () => {
  it(`${runs} generated responses: 0 crashes, 0 hangs over 1 s, 0 silent acceptances, every refusal in words`, () => {
    let unreadable = 0;
    const { counts, byDefect, problems } = fuzzFhir((text) => {
      const result = openAnswersText(text, 'response.json');
      if (result.ok) return 'read';
      if (
        result.problems.length === 0 ||
        result.problems.some((problem) => control.test(problem))
      )
        unreadable++;
      return 'refused';
    }, runs);
    console.log(
      `app "Open answers" FHIR fuzz: ${JSON.stringify({ ...counts, unreadable })}`,
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(counts.crashes).toBe(0);
    expect(counts.hangs).toBe(0);
    expect(counts.silentAcceptances).toBe(0);
    expect(counts.validRefused).toBe(0);
    expect(unreadable).toBe(0);
    expect(Object.keys(byDefect).sort()).toEqual([...defectNames].sort());
  }, 120_000);
});

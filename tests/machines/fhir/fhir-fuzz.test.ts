import { describe, expect, it } from 'vitest';
import { readAnswersFile } from '../../../machines/answers-file.ts';
import { InvalidAnswersError } from '../../../machines/consult.ts';
import { answersFileFromResponse } from '../../../machines/fhir/questionnaire-response.ts';
import { defectNames, fuzzFhir } from './hostile-responses.ts';

/**
 * Issue 23: the FHIR reader under hostile input. Each generated input is a
 * valid response with one known defect (which must be refused), junk
 * (which may be refused or read, but never crash), or an undamaged
 * response (which must be read). Counted: crashes (a throw other than
 * InvalidAnswersError), hangs over 1 s, and silent acceptances (a known
 * defect read without a refusal). All must be 0.
 */

const runs = Math.max(300, Number(process.env.FC_RUNS ?? 400));

describe('the FHIR reader under hostile input (issue 23)', () => {
  it(`${runs} generated responses (most hostile): 0 crashes, 0 hangs over 1 s, 0 silent acceptances, every undamaged one read`, () => {
    const { counts, byDefect, problems } = fuzzFhir((text) => {
      try {
        const file = answersFileFromResponse(JSON.parse(text), {
          bytes: new TextEncoder().encode(text).length,
        });
        // What the app and the CLI do next with what the reader gave.
        readAnswersFile(file);
        return 'read';
      } catch (error) {
        if (error instanceof InvalidAnswersError) return 'refused';
        throw error;
      }
    }, runs);
    console.log(
      `FHIR reader fuzz: ${JSON.stringify(counts)}\nby defect: ${JSON.stringify(byDefect)}`,
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(counts.crashes).toBe(0);
    expect(counts.hangs).toBe(0);
    expect(counts.silentAcceptances).toBe(0);
    expect(counts.validRefused).toBe(0);
    expect(counts.validInputs).toBeGreaterThan(0);
    expect(counts.inputs).toBeGreaterThanOrEqual(300);
    // Every kind of defect was tried.
    expect(Object.keys(byDefect).sort()).toEqual([...defectNames].sort());
  }, 120_000);
});

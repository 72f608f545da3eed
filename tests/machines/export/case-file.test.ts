import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseFileFormat,
  learnerCaseFile,
  readCaseFile,
  toCaseFile,
} from '../../../machines/case-file.ts';
import { teachingCases } from '../../../content/cases/cases.ts';
import { InvalidAnswersError } from '../../../machines/consult.ts';
import { buildSummary } from '../../../machines/rules/summary.ts';
import { replayCase } from '../../../src/features/teaching/case-player.ts';
import { contentVersion } from '../../../content/version.ts';
import { consultStateArb, exportRuns, propertyTimeout } from './consults.ts';

const viaText = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function refused(raw: unknown): string {
  try {
    readCaseFile(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAnswersError);
    return (error as InvalidAnswersError).message;
  }
  throw new Error('the case file was accepted');
}

/** A case file as JSON a user could edit. */
interface EditableCase {
  format: string;
  steps: { event: object; notes: unknown[] }[];
  expected: { classification: string };
  closingNotes: { contentId: string }[];
}

describe('worked case files (machines/case-file.ts)', () => {
  it(
    `round trip, ${exportRuns} random finished consults: the saved case passes the shipped cases' checks and the teaching view replays it to the same answers and summary`,
    () => {
      fc.assert(
        fc.property(
          consultStateArb('finished'),
          ({ answers, audience, at }) => {
            fc.pre(at === 'summary');
            const file = viaText(toCaseFile(answers, audience, 'My consult'));
            expect(file.format).toBe(caseFileFormat);
            expect(file.contentVersion).toBe(contentVersion);
            const opened = readCaseFile(file);
            const replay = replayCase(opened, audience);
            expect(replay.answers).toEqual(answers);
            expect(replay.summary).toEqual(buildSummary(answers, audience));
          },
        ),
        { numRuns: exportRuns },
      );
    },
    propertyTimeout,
  );

  it('a learner case file keeps the predictions and opens again; a wrong prediction field is refused', () => {
    const shipped = teachingCases[0]!;
    const predictions = [
      {
        step: 4,
        kind: 'decision' as const,
        question: 'cmv-avidity',
        pick: ['yes'],
        answer: ['no'],
        correct: false,
      },
      {
        step: 3,
        kind: 'classification' as const,
        pick: ['isolated'],
        answer: ['undetermined'],
        correct: false,
      },
    ];
    const file = viaText(learnerCaseFile(shipped, predictions));
    const opened = readCaseFile(file);
    expect(opened.predictions).toEqual(predictions);
    expect(opened.diagnosis).toEqual(shipped.diagnosis);
    expect(opened.title).toEqual(shipped.title);
    expect(
      refused({
        ...file,
        predictions: [{ ...predictions[0], score: 1 }],
      }),
    ).toMatch(/predictions\.0/);
    expect(
      refused({
        ...file,
        predictions: [{ ...predictions[0], kind: 'next-question' }],
      }),
    ).toMatch(/predictions\.0\.kind/);
  });

  it('saves only a finished consult', () => {
    expect(() =>
      toCaseFile({ gestationalAgeWeeks: 23 }, 'clinician', 'x'),
    ).toThrow(/finished/);
  });

  describe('refuses a case file the checks fail, saying why', () => {
    const base = (): EditableCase => {
      const state = fc.sample(consultStateArb('finished'), {
        numRuns: 1,
        seed: 7,
      })[0]!;
      return viaText(
        toCaseFile(state.answers, 'clinician', 'x'),
      ) as unknown as EditableCase;
    };

    it('another format', () => {
      expect(refused({ ...base(), format: 'other/1' })).toMatch(/format/);
    });

    it('a step the workup does not ask', () => {
      const file = base();
      file.steps.splice(2, 1);
      expect(refused(file)).toMatch(/step 3: answers .* but the workup asks/);
    });

    it('an expectation the summary does not meet', () => {
      const file = base();
      file.expected = { ...file.expected, classification: 'undetermined' };
      if (base().expected.classification === 'undetermined') {
        file.expected.classification = 'isolated';
      }
      expect(refused(file)).toMatch(/expected classification/);
    });

    it('a note naming content that does not exist', () => {
      const file = base();
      file.closingNotes = [{ contentId: 'cause.dragon-pox' }];
      expect(refused(file)).toMatch(/cause\.dragon-pox/);
    });

    it('an answer the workup refuses', () => {
      const file = base();
      file.steps[1] = {
        event: { type: 'intake.gestationalAgeEntered', weeks: 99 },
        notes: [],
      };
      expect(refused(file)).toMatch(/refuses/);
    });
    it('a log that stops before the summary', () => {
      const file = base();
      file.steps.pop();
      expect(refused(file)).toMatch(/ends before the summary/);
    });
  });
});

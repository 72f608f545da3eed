import { describe, expect, it } from 'vitest';
import type { QuestionnaireResponse } from 'fhir/r4';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from '../../../machines/consult.ts';
import { fhirLimits } from '../../../machines/fhir/limits.ts';
import {
  answersFileFromResponse,
  buildQuestionnaireResponse,
} from '../../../machines/fhir/questionnaire-response.ts';
import { questionnaireUrl } from '../../../machines/fhir/questionnaire.ts';
import { deepItemsText } from './hostile-responses.ts';

/**
 * Issue 23, items 2 and 4 and "One strict reader": a QuestionnaireResponse
 * that is hostile or broken is refused with the reader's own error, naming
 * the element and why; never read wrong without a word, never a crash.
 */

type Json = Record<string, unknown>;

const viaText = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A valid response of a consult begun at 23 weeks, head size normal. */
const base = (): Json =>
  viaText(
    buildQuestionnaireResponse(
      { gestationalAgeWeeks: 23, headSize: 'normal' },
      'clinician',
    ),
  ) as unknown as Json;

const coding = (code: string, prefix = 'head-size') => ({
  valueCoding: {
    system: `https://fhc-workup.invalid/fhir/CodeSystem/${prefix}`,
    code,
  },
});

/** The response with these items instead of its own. */
const withItems = (...item: unknown[]): Json => ({ ...base(), item });

const gestationalAge = {
  linkId: 'gestational-age',
  answer: [{ valueDecimal: 23 }],
};

/** The first issue the reader raises, or what else it threw, or null. */
function refusal(
  raw: unknown,
  options?: { bytes?: number },
): { field: string; reason: string } | null {
  try {
    answersFileFromResponse(raw, options);
    return null;
  } catch (error) {
    if (error instanceof InvalidAnswersError) return error.issues[0]!;
    throw error;
  }
}

describe('the FHIR reader refuses what it cannot read right (issue 23)', () => {
  it('a valid response still reads', () => {
    expect(refusal(base())).toBeNull();
  });

  it('items nested 6,000 deep (174 KB): refused by the item depth limit, no stack overflow', () => {
    const text = deepItemsText();
    expect(text.length).toBeGreaterThan(170_000);
    expect(text.length).toBeLessThan(fhirLimits.maxBytes);
    const issue = refusal(JSON.parse(text), { bytes: text.length });
    expect(issue?.reason).toMatch(
      new RegExp(`nested more than ${fhirLimits.maxItemDepth} deep`),
    );
  });

  it('a file over the size limit: refused, naming the limit', () => {
    const issue = refusal(base(), { bytes: fhirLimits.maxBytes + 1 });
    expect(issue?.field).toBe('(file)');
    expect(issue?.reason).toMatch(/larger than 512 KB/);
  });

  it('a non-repeating item given twice: refused, not "last wins"', () => {
    const issue = refusal(
      withItems(
        gestationalAge,
        { linkId: 'head-size', answer: [coding('microcephaly')] },
        { linkId: 'head-size', answer: [coding('normal')] },
      ),
    );
    expect(issue).toEqual({
      field: 'item head-size',
      reason: 'given more than once (it does not repeat)',
    });
  });

  it('a serology panel given twice: refused', () => {
    const row = (code: string) => ({
      linkId: 'storch',
      item: [{ linkId: 'storch.cmv-igm', answer: [coding(code, 'option')] }],
    });
    expect(
      refusal(withItems(gestationalAge, row('positive'), row('negative')))
        ?.field,
    ).toBe('item storch');
  });

  it('an answer that is an object, not a list: refused, not dropped', () => {
    const issue = refusal(
      withItems(gestationalAge, {
        linkId: 'head-size',
        answer: coding('microcephaly'),
      }),
    );
    expect(issue).toEqual({
      field: 'item head-size',
      reason: 'answer must be a list of answers',
    });
  });

  it.each(['entered-in-error', 'finished-ish'])(
    'a response with status %s: refused',
    (status) => {
      const issue = refusal({ ...base(), status });
      expect(issue?.field).toBe('status');
      expect(issue?.reason).toMatch(
        status === 'entered-in-error' ? /entered in error/ : /expected one of/,
      );
    },
  );

  it('a response without a status: refused (R4 requires one)', () => {
    const raw = base();
    delete raw.status;
    expect(refusal(raw)?.field).toBe('status');
  });

  it('valueInteger 23.5: refused', () => {
    const issue = refusal(
      withItems({
        linkId: 'gestational-age',
        answer: [{ valueInteger: 23.5 }],
      }),
    );
    expect(issue).toEqual({
      field: 'item gestational-age',
      reason: 'valueInteger must be a whole number (23.5); use valueDecimal',
    });
  });

  it('an answer with two value[x]: refused', () => {
    const issue = refusal(
      withItems(gestationalAge, {
        linkId: 'head-size',
        answer: [{ ...coding('normal'), valueDecimal: 3 }],
      }),
    );
    expect(issue).toEqual({
      field: 'item head-size',
      reason:
        'an answer holds one value[x]; this one has valueCoding, valueDecimal',
    });
  });

  it.each([
    [
      'the resource',
      '{"__proto__":{"x":1},"resourceType":"QuestionnaireResponse"}',
    ],
    [
      'an item',
      `{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"${questionnaireUrl}|1","item":[{"linkId":"head-size","__proto__":{"answer":[]}}]}`,
    ],
    [
      'an answer',
      `{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"${questionnaireUrl}|1","item":[{"linkId":"gestational-age","answer":[{"valueDecimal":23,"__proto__":{}}]}]}`,
    ],
  ])('a "__proto__" key in %s: refused', (_, text) => {
    const issue = refusal(JSON.parse(text));
    expect(issue?.reason).toMatch(/"__proto__" is not allowed/);
  });

  it('control characters: refused, and the message does not echo them', () => {
    const issue = refusal(
      withItems(gestationalAge, {
        linkId: 'head-size\u001b[31m\u0007',
        answer: [coding('normal')],
      }),
    );
    expect(issue?.reason).toMatch(/control character/);
    expect(JSON.stringify(issue)).not.toMatch(/\\u001b|\\u0007/);
    const key = refusal({ ...base(), 'ev\u001bil': 1 });
    expect(key?.reason).toMatch(/control character/);
    expect(JSON.stringify(key)).not.toMatch(/\\u001b/);
  });

  it('a string over the length limit: refused', () => {
    const long = 'x'.repeat(fhirLimits.maxStringLength + 1);
    const issue = refusal(
      withItems(gestationalAge, {
        linkId: 'head-size',
        answer: [
          { valueCoding: { ...coding('normal').valueCoding, display: long } },
        ],
      }),
    );
    expect(issue?.reason).toMatch(
      new RegExp(`longer than ${fhirLimits.maxStringLength} characters`),
    );
    expect(JSON.stringify(issue).length).toBeLessThan(400);
  });

  it('a long unknown linkId or element name: refused, the message capped', () => {
    const long = 'y'.repeat(fhirLimits.maxStringLength);
    for (const item of [
      { linkId: long, answer: [coding('normal')] },
      { linkId: 'head-size', [long]: 1 },
    ]) {
      const issue = refusal(withItems(gestationalAge, item));
      expect(issue).not.toBeNull();
      expect(`${issue!.field}: ${issue!.reason}`.length).toBeLessThan(200);
    }
  });

  it('a number JSON cannot hold (1e400 reads as Infinity): refused', () => {
    const text = JSON.stringify(
      withItems({ linkId: 'gestational-age', answer: [{ valueDecimal: 1 }] }),
    ).replace('"valueDecimal":1', '"valueDecimal":1e400');
    expect(refusal(JSON.parse(text))?.reason).toMatch(/finite/);
  });

  it('a panel row outside its panel: refused', () => {
    const issue = refusal(
      withItems(gestationalAge, {
        linkId: 'storch.cmv-igm',
        answer: [coding('positive', 'option')],
      }),
    );
    expect(issue?.field).toBe('item storch.cmv-igm');
    expect(issue?.reason).toMatch(/not an item here/);
  });

  it('an element R4 does not define on an item, and a modifierExtension: refused', () => {
    expect(
      refusal(
        withItems(gestationalAge, {
          linkId: 'head-size',
          answers: [coding('normal')],
        }),
      ),
    ).toEqual({
      field: 'item head-size',
      reason: 'unknown element "answers"',
    });
    expect(
      refusal({
        ...base(),
        modifierExtension: [
          { url: 'https://example.org/x', valueBoolean: true },
        ],
      })?.reason,
    ).toMatch(/modifierExtension/);
  });

  it(`more than ${fhirLimits.maxRepeats} earlier visits: refused`, () => {
    const visits = Array.from({ length: fhirLimits.maxRepeats + 1 }, () => ({
      valueDecimal: 12,
    }));
    expect(
      refusal(withItems(gestationalAge, { linkId: 'visit', answer: visits })),
    ).toEqual({
      field: 'item visit',
      reason: `more than ${fhirLimits.maxRepeats} visits`,
    });
  });

  it('a whole valueInteger is still read; timing without its age is refused', () => {
    expect(
      answersFileFromResponse(
        withItems({
          linkId: 'gestational-age',
          answer: [{ valueInteger: 23 }],
        }),
      ).gestationalAgeWeeks,
    ).toBe(23);
    const recordedOnly = {
      linkId: 'cmv-pcr',
      answer: [
        {
          ...coding('negative', 'option'),
          item: [
            {
              linkId: 'cmv-pcr.recorded-at-weeks',
              answer: [{ valueDecimal: 22 }],
            },
          ],
        },
      ],
    };
    expect(refusal(withItems(gestationalAge, recordedOnly))).toEqual({
      field: 'item cmv-pcr',
      reason: 'cmv-pcr.recorded-at-weeks needs cmv-pcr.at-weeks',
    });
  });

  it('a findings code given twice: refused', () => {
    const finding = coding('hydrops', 'finding');
    expect(
      refusal(
        withItems(gestationalAge, {
          linkId: 'findings',
          answer: [finding, finding],
        }),
      ),
    ).toEqual({ field: 'item findings', reason: 'hydrops given twice' });
  });

  it('the refusals reach the CLI path as answers-file errors, and a good response still consults', () => {
    const file = answersFileFromResponse(base());
    expect(runConsult(parseAnswersFile(file)).answers.headSize).toBe('normal');
    const response = base() as unknown as QuestionnaireResponse;
    expect(response.status).toBe('in-progress');
  });
});

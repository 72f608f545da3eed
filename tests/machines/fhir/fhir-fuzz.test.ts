import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnswersFile } from '../../../machines/answers-file.ts';
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
import { deepItemsText } from './hostile-responses.ts';

/**
 * Issue 23: the FHIR reader under hostile input. Each generated input is a
 * valid response with one known defect (which must be refused), or junk
 * (which may be refused or read, but never crash). Counted: crashes (a
 * throw other than InvalidAnswersError), hangs over 1 s, and silent
 * acceptances (a known defect read without a refusal). All must be 0.
 */

type Json = Record<string, unknown>;

const runs = Math.max(300, Number(process.env.FC_RUNS ?? 400));

const files = [
  ...readdirSync('tests/scenarios')
    .filter((name) => name.endsWith('.answers.json'))
    .map((name) => `tests/scenarios/${name}`),
  'tests/fixtures/time/three-visits.answers.json',
];

/** Valid responses to damage: the worked scenarios and a three-visit consult. */
const validTexts = files.map((path) =>
  JSON.stringify(
    buildQuestionnaireResponse(
      runConsult(parseAnswersFile(JSON.parse(readFileSync(path, 'utf8'))))
        .answers,
      'clinician',
    ),
  ),
);

interface Site {
  parent: Json | unknown[];
  key: string | number;
  value: unknown;
}

/** Every value of a JSON tree with where it sits. */
function sites(root: unknown): Site[] {
  const found: Site[] = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const index = Array.isArray(value) ? Number(key) : key;
      found.push({ parent: value as Json, key: index, value: child });
      visit(child);
    }
  };
  visit(root);
  return found;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

/** Items that do not repeat (every item but the follow-up scans). */
const onceItems = (root: unknown) =>
  sites(root).filter(
    (site) =>
      Array.isArray(site.parent) &&
      isRecord(site.value) &&
      typeof site.value.linkId === 'string' &&
      site.value.linkId !== 'follow-up-scan' &&
      !site.value.linkId.endsWith('.earlier'),
  );

/** A defect: damages a parsed response in place, or says it cannot here. */
type Defect = (response: Json, n: number) => boolean;

const defects: Record<string, Defect> = {
  'item given twice': (response, n) => {
    const site = pick(onceItems(response), n);
    if (!site) return false;
    (site.parent as unknown[]).push(structuredClone(site.value));
    return true;
  },
  'answer not a list': (response, n) => {
    const site = pick(
      sites(response).filter(
        (s) => s.key === 'answer' && Array.isArray(s.value) && s.value.length,
      ),
      n,
    );
    if (!site) return false;
    (site.parent as Json).answer = (site.value as unknown[])[0];
    return true;
  },
  'entered-in-error': (response) => {
    response.status = 'entered-in-error';
    return true;
  },
  'valueInteger not whole': (response, n) => {
    const site = pick(
      sites(response).filter((s) => s.key === 'valueDecimal'),
      n,
    );
    if (!site) return false;
    const answer = site.parent as Json;
    delete answer.valueDecimal;
    answer.valueInteger = Math.floor(site.value as number) + 0.5;
    return true;
  },
  'two value[x]': (response, n) => {
    const site = pick(
      sites(response).filter(
        // An answer: in a list, with a value[x], not an extension (url).
        (s) =>
          Array.isArray(s.parent) &&
          isRecord(s.value) &&
          !('url' in s.value) &&
          Object.keys(s.value).some((key) => key.startsWith('value')),
      ),
      n,
    );
    if (!site) return false;
    const answer = site.value as Json;
    if ('valueString' in answer) answer.valueBoolean = true;
    else answer.valueString = 'and this';
    return true;
  },
  '__proto__ key': (response, n) => {
    const site = pick(
      sites(response).filter((s) => isRecord(s.value)),
      n,
    );
    const target = (site?.value ?? response) as Json;
    Object.defineProperty(target, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return true;
  },
  'control character': (response, n) => {
    const site = pick(
      sites(response).filter((s) => typeof s.value === 'string'),
      n,
    );
    if (!site) return false;
    const controls = ['\u0000', '\u0007', '\u001b[2J', '\u009b', '\u202e'];
    (site.parent as Json)[site.key] =
      `${site.value as string}${controls[n % controls.length]}`;
    return true;
  },
  'string too long': (response, n) => {
    const site = pick(
      sites(response).filter((s) => typeof s.value === 'string'),
      n,
    );
    if (!site) return false;
    (site.parent as Json)[site.key] =
      `${site.value as string}${'x'.repeat(fhirLimits.maxStringLength)}`;
    return true;
  },
  modifierExtension: (response, n) => {
    const site = pick(
      sites(response).filter(
        (s) => isRecord(s.value) && typeof s.value.linkId === 'string',
      ),
      n,
    );
    ((site?.value ?? response) as Json).modifierExtension = [
      { url: 'https://example.org/not-really', valueBoolean: true },
    ];
    return true;
  },
  'unknown element': (response, n) => {
    const site = pick(
      sites(response).filter(
        (s) => isRecord(s.value) && typeof s.value.linkId === 'string',
      ),
      n,
    );
    ((site?.value ?? response) as Json)[`x-${n % 7}`] = 1;
    return true;
  },
  'unknown code': (response, n) => {
    const site = pick(
      sites(response).filter((s) => s.key === 'code'),
      n,
    );
    if (!site) return false;
    (site.parent as Json).code = `${site.value as string}-ish`;
    return true;
  },
  'unknown linkId': (response, n) => {
    const site = pick(
      sites(response).filter((s) => s.key === 'linkId'),
      n,
    );
    if (!site) return false;
    (site.parent as Json).linkId = `${site.value as string}.shoe-size`;
    return true;
  },
  'missing status': (response) => {
    delete response.status;
    return true;
  },
  'another questionnaire': (response) => {
    response.questionnaire = 'https://example.org/Questionnaire/other|1';
    return true;
  },
};

/** Damage that only text can carry: numbers beyond double, depth, size. */
const textDefects: Record<string, (text: string, n: number) => string | null> =
  {
    'infinite number': (text) =>
      text.includes('"valueDecimal":')
        ? text.replace(/"valueDecimal":[-0-9.e]+/, '"valueDecimal":1e400')
        : null,
    'items nested too deep': (_, n) =>
      deepItemsText(fhirLimits.maxItemDepth + 1 + ((n * 37) % 6000)),
    'file too large': (text) => `${' '.repeat(fhirLimits.maxBytes)}${text}`,
  };

const defectNames = [...Object.keys(defects), ...Object.keys(textDefects)];

/**
 * One input: its text, the defect it must be refused for, and whether it
 * is an undamaged response (which must be read: the reader is not just
 * refusing everything).
 */
const hostileArb = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.nat().map((base) => ({
      text: validTexts[base % validTexts.length]!,
      defect: null,
      valid: true,
    })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({
        base: fc.nat(),
        defect: fc.constantFrom(...defectNames),
        n: fc.nat(),
      })
      .map(({ base, defect, n }) => {
        const text = validTexts[base % validTexts.length]!;
        const textDefect = textDefects[defect];
        if (textDefect) {
          const damaged = textDefect(text, n);
          return damaged === null
            ? { text, defect: null, valid: true }
            : { text: damaged, defect, valid: false };
        }
        const response = JSON.parse(text) as Json;
        return defects[defect]!(response, n)
          ? { text: JSON.stringify(response), defect, valid: false }
          : { text, defect: null, valid: true };
      }),
  },
  {
    // Junk shaped like a response: anything may be refused, nothing crash.
    weight: 1,
    arbitrary: fc
      .record({
        item: fc.jsonValue({ maxDepth: 6 }),
        status: fc.oneof(fc.constant('completed'), fc.jsonValue()),
        extra: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
      })
      .map(({ item, status, extra }) => ({
        text: JSON.stringify({
          ...extra,
          resourceType: 'QuestionnaireResponse',
          questionnaire: JSON.parse(validTexts[0]!).questionnaire as string,
          status,
          item,
        }),
        defect: null,
        valid: false,
      })),
  },
);

describe('the FHIR reader under hostile input (issue 23)', () => {
  it(`${runs} generated responses (most hostile): 0 crashes, 0 hangs over 1 s, 0 silent acceptances, every undamaged one read`, () => {
    const counts = {
      inputs: 0,
      withDefect: 0,
      refused: 0,
      read: 0,
      crashes: 0,
      hangs: 0,
      silentAcceptances: 0,
      validInputs: 0,
      validRefused: 0,
    };
    const problems: string[] = [];
    const byDefect: Record<string, number> = {};
    fc.assert(
      fc.property(hostileArb, ({ text, defect, valid }) => {
        counts.inputs++;
        if (valid) counts.validInputs++;
        if (defect) {
          counts.withDefect++;
          byDefect[defect] = (byDefect[defect] ?? 0) + 1;
        }
        const started = performance.now();
        let refused = false;
        try {
          const raw = JSON.parse(text) as unknown;
          const file = answersFileFromResponse(raw, {
            bytes: new TextEncoder().encode(text).length,
          });
          if (defect) {
            counts.silentAcceptances++;
            problems.push(`read despite ${defect}: ${text.slice(0, 300)}`);
          }
          // What the app and the CLI do next with what the reader gave.
          readAnswersFile(file);
          counts.read++;
        } catch (error) {
          if (error instanceof InvalidAnswersError) {
            refused = true;
          } else {
            counts.crashes++;
            problems.push(`crash (${String(error)}): ${text.slice(0, 300)}`);
          }
        }
        if (refused) counts.refused++;
        if (refused && valid) {
          counts.validRefused++;
          problems.push(`a valid response refused: ${text.slice(0, 300)}`);
        }
        if (performance.now() - started > 1000) {
          counts.hangs++;
          problems.push(`over 1 s: ${text.slice(0, 300)}`);
        }
      }),
      { numRuns: runs, seed: 23 },
    );
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

import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAnswersFile, runConsult } from '../../../machines/consult.ts';
import { fhirLimits } from '../../../machines/fhir/limits.ts';
import { buildQuestionnaireResponse } from '../../../machines/fhir/questionnaire-response.ts';
import { questionnaireUrl } from '../../../machines/fhir/questionnaire.ts';

/**
 * Hostile QuestionnaireResponses (issue 23), for the reader's fuzz and the
 * app's: valid responses with one known defect each, junk shaped like a
 * response, and undamaged controls.
 */

/**
 * Issue 23's file: `item` groups nested 6,000 deep, about 174 KB, written
 * as text (JSON.stringify itself overflows the stack on it).
 */
export function deepItemsText(depth = 6000): string {
  const open = '{"linkId":"storch","item":['.repeat(depth);
  const close = ']}'.repeat(depth);
  return `{"resourceType":"QuestionnaireResponse","questionnaire":"${questionnaireUrl}|1.0.0","status":"completed","item":[${open}{"linkId":"storch.cmv-igm","answer":[]}${close}]}`;
}

type Json = Record<string, unknown>;

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

export const defectNames = [
  ...Object.keys(defects),
  ...Object.keys(textDefects),
];

/**
 * One input: its text, the defect it must be refused for, and whether it
 * is an undamaged response (which must be read: the reader is not just
 * refusing everything).
 */
export const hostileArb = fc.oneof(
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

/** What one front end did with an input. */
export type Outcome = 'read' | 'refused';

/** The counts a fuzz run reports; all but inputs, refused, read must be 0. */
export interface FuzzCounts {
  inputs: number;
  withDefect: number;
  refused: number;
  read: number;
  crashes: number;
  hangs: number;
  silentAcceptances: number;
  validInputs: number;
  validRefused: number;
}

/**
 * Runs `runs` generated inputs through `open` (a front end: it returns
 * whether it read or refused; any throw is a crash), timing each: counts,
 * inputs per defect, and the first problems in words.
 */
export function fuzzFhir(
  open: (text: string) => Outcome,
  runs: number,
): {
  counts: FuzzCounts;
  byDefect: Record<string, number>;
  problems: string[];
} {
  const counts: FuzzCounts = {
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
      let outcome: Outcome | 'crash';
      try {
        outcome = open(text);
      } catch (error) {
        outcome = 'crash';
        counts.crashes++;
        problems.push(`crash (${String(error)}): ${text.slice(0, 300)}`);
      }
      if (outcome === 'read') {
        counts.read++;
        if (defect) {
          counts.silentAcceptances++;
          problems.push(`read despite ${defect}: ${text.slice(0, 300)}`);
        }
      }
      if (outcome === 'refused') {
        counts.refused++;
        if (valid) {
          counts.validRefused++;
          problems.push(`a valid response refused: ${text.slice(0, 300)}`);
        }
      }
      if (performance.now() - started > 1000) {
        counts.hangs++;
        problems.push(`over 1 s: ${text.slice(0, 300)}`);
      }
    }),
    { numRuns: runs, seed: 23 },
  );
  return { counts, byDefect, problems };
}

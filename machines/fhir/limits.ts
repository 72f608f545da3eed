import { InvalidAnswersError } from '../answers-schema.ts';

/**
 * The limits the FHIR reader holds a QuestionnaireResponse to before it
 * reads any answer (docs/consult-api.md, FHIR R4, "Reading one"): a file this workup
 * writes stays far inside each; anything beyond is refused with a message
 * that names the limit, never a stack overflow or a frozen page.
 */
export const fhirLimits = {
  /** The file's size in bytes (UTF-8): a three-visit consult exports 12 KB. */
  maxBytes: 512 * 1024,
  /** `item` inside `item` (or inside an answer): this workup's nest 4 deep. */
  maxItemDepth: 8,
  /** Objects and lists inside each other, whatever their names. */
  maxJsonDepth: 64,
  /** Earlier visits, follow-up scans, earlier results of one test. */
  maxRepeats: 200,
  /** Any string, key or value: a label this workup writes is under 200. */
  maxStringLength: 2000,
} as const;

/** A text's size in bytes as a file (UTF-8), to hold it to `maxBytes`. */
export const utf8Bytes = (text: string): number =>
  new TextEncoder().encode(text).length;

type Json = Record<string, unknown>;

function fail(field: string, reason: string): never {
  throw new InvalidAnswersError([{ field, reason }]);
}

/** C0 and C1 controls (tab, line feed, return allowed) and bidi overrides. */
const controlCharacter =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The keys that could reach an object's prototype if copied naively. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

const capped = (path: string) =>
  path.length > 120 ? `${path.slice(0, 117)}...` : path || '(root)';

/**
 * Walks the whole JSON value without recursion, so no depth can overflow
 * the stack, and refuses (InvalidAnswersError) at the first element beyond
 * the item or JSON nesting or string length limit, and at control
 * characters, prototype keys and numbers JSON cannot hold finitely (the
 * size is checked before parsing's result is read; repetitions as they are
 * read). The path it names is made of keys already checked, so it echoes
 * nothing raw.
 */
export function checkLimits(raw: unknown): void {
  const stack: {
    value: unknown;
    path: string;
    depth: number;
    items: number;
  }[] = [{ value: raw, path: '', depth: 0, items: 0 }];
  while (stack.length > 0) {
    const { value, path, depth, items } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > fhirLimits.maxStringLength)
        fail(
          capped(path),
          `a string longer than ${fhirLimits.maxStringLength} characters`,
        );
      if (controlCharacter.test(value))
        fail(capped(path), 'a control character in a string');
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        fail(capped(path), 'a number too large to be finite');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= fhirLimits.maxJsonDepth)
      fail(capped(path), `nested more than ${fhirLimits.maxJsonDepth} deep`);
    if (Array.isArray(value)) {
      value.forEach((element, index) =>
        stack.push({
          value: element,
          path: `${path}[${index}]`,
          depth: depth + 1,
          items,
        }),
      );
      continue;
    }
    for (const key of Object.keys(value)) {
      if (prototypeKeys.has(key))
        fail(capped(path), `"${key}" is not allowed (a prototype key)`);
      if (key.length > fhirLimits.maxStringLength || controlCharacter.test(key))
        fail(
          capped(path),
          'a key with a control character, or too long, is not allowed',
        );
      const nested = key === 'item' ? items + 1 : items;
      const at = path ? `${path}.${key}` : key;
      if (nested > fhirLimits.maxItemDepth)
        fail(
          capped(at),
          `items nested more than ${fhirLimits.maxItemDepth} deep (this workup's nest at most 4)`,
        );
      stack.push({
        value: (value as Json)[key],
        path: at,
        depth: depth + 1,
        items: nested,
      });
    }
  }
}

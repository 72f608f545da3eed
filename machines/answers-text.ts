/**
 * The bytes of an answers file (or a FHIR QuestionnaireResponse) as JSON,
 * read the same way by the CLI and the app, with limits checked before any
 * work: the size, the text encoding, and a strict JSON grammar (each key
 * once per object, no `__proto__`, bounded nesting and strings, no control
 * characters). No zod here: the schema checks the fields afterwards.
 */
import type { AnswerIssue } from './answers-schema.ts';

/** The largest answers or FHIR file read (bytes). */
export const maxAnswersFileBytes = 512 * 1024;
/** The deepest nesting of arrays and objects read. */
export const maxJsonDepth = 100;
/** The longest string (a key or a value) read, in characters. */
export const maxJsonStringChars = 2_000;

/** Characters never read nor echoed: C0/C1 controls, bidi and zero-width marks. */
const unsafeChars =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * `text` safe to print on a terminal or a page: each unsafe character as
 * `\u{...}`, and at most `max` characters (an ellipsis says it was cut).
 *
 * @example
 * printable('\u001b[31mred'); // '\\u{1b}[31mred'
 */
export function printable(text: string, max = 200): string {
  const escaped = text.replace(
    unsafeChars,
    (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

export type ReadJson =
  { ok: true; value: unknown } | { ok: false; issue: AnswerIssue };

const refused = (field: string, reason: string): ReadJson => ({
  ok: false,
  issue: { field, reason },
});

/** Why a file of `size` bytes is not read, or null (checked before reading). */
export function fileSizeProblem(size: number): AnswerIssue | null {
  return size > maxAnswersFileBytes
    ? {
        field: '(file)',
        reason: `${size} bytes: an answers file is at most ${maxAnswersFileBytes} bytes`,
      }
    : null;
}

/**
 * Decodes a file's bytes: UTF-8 (a byte order mark is allowed), or UTF-16
 * with its byte order mark, as editors on Windows save it. Anything else,
 * or a file over `maxAnswersFileBytes`, is refused with the reason.
 */
export function decodeAnswersBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; issue: AnswerIssue } {
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) return { ok: false, issue: tooLarge };
  const [a, b, c] = bytes;
  const encoding =
    a === 0xff && b === 0xfe
      ? 'utf-16le'
      : a === 0xfe && b === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    // TextDecoder drops the byte order mark of its own encoding.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      issue: {
        field: '(file)',
        reason:
          a === 0xef && b === 0xbb && c === 0xbf
            ? 'not valid UTF-8 text'
            : `not valid ${encoding.toUpperCase()} text (save the file as UTF-8)`,
      },
    };
  }
}

/** Whether a refusal of `parseStrictJson` is of the JSON grammar itself. */
export const isSyntaxIssue = (issue: AnswerIssue): boolean =>
  issue.reason.startsWith('not valid JSON');

const pathText = (path: readonly (string | number)[]) =>
  path.length === 0 ? '(root)' : path.map(String).join('.');

/**
 * Parses JSON strictly: the grammar JSON.parse reads, and also refuses a
 * key given twice in one object (JSON.parse keeps the last one silently),
 * a `__proto__` key anywhere, nesting deeper than `maxJsonDepth`, a string
 * longer than `maxJsonStringChars` and control characters in strings. One
 * pass, no recursion (any depth is refused, never overflows the stack).
 *
 * @example
 * const read = parseStrictJson('{"a": 1, "a": 2}');
 * // { ok: false, issue: { field: 'a', reason: 'given twice ...' } }
 */
export function parseStrictJson(input: string): ReadJson {
  // A UTF-8 byte order mark read as text by a browser or an editor.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  type Frame = {
    kind: 'object' | 'array';
    keys: Set<string>;
    path: (string | number)[];
    index: number;
  };
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const syntax = (what: string): ReadJson =>
    refused(
      pathText(stack.length ? stack[stack.length - 1]!.path : []),
      `not valid JSON: ${what} at character ${i + 1}`,
    );
  /** Reads a string at `i` (its quote); null when malformed. */
  const readString = (): string | null => {
    let out = '';
    i++;
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) return null;
      if (c === 0x5c) {
        out += text.slice(start, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (
          e === 'u' &&
          /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))
        ) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else return null;
        start = i;
        continue;
      }
      i++;
    }
    return null;
  };
  const checkString = (value: string, path: (string | number)[]) => {
    if (value.length > maxJsonStringChars) {
      return refused(
        pathText(path),
        `a text of more than ${maxJsonStringChars} characters`,
      );
    }
    unsafeChars.lastIndex = 0;
    if (unsafeChars.test(value)) {
      return refused(
        pathText(path),
        `holds a control character (${printable(value, 60)})`,
      );
    }
    return null;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  /** After a value: a comma, or the end of the container (or of the text). */
  let expectValue = true;
  skipSpace();
  for (;;) {
    skipSpace();
    const top = stack[stack.length - 1];
    if (!expectValue) {
      if (!top) break;
      const c = text[i];
      if (c === ',') {
        i++;
        skipSpace();
        top.index++;
        expectValue = true;
        if (top.kind === 'object') {
          if (text[i] !== '"') return syntax('expected a key');
        }
      } else if (
        (c === '}' && top.kind === 'object') ||
        (c === ']' && top.kind === 'array')
      ) {
        i++;
        stack.pop();
        expectValue = false;
        continue;
      } else return syntax('expected "," or the end of a list or object');
    }
    // A value (in an object: its key first).
    let path = top ? top.path : [];
    if (top?.kind === 'object') {
      skipSpace();
      if (text[i] !== '"') return syntax('expected a key');
      const key = readString();
      if (key === null) return syntax('a malformed key');
      const keyPath = [...top.path, key];
      const bad = checkString(key, top.path);
      if (bad) return bad;
      if (key === '__proto__') {
        return refused(pathText(top.path), `Unrecognized key: "__proto__"`);
      }
      if (top.keys.has(key)) {
        return refused(
          pathText(keyPath),
          'given twice in one object (each key once: which one holds?)',
        );
      }
      top.keys.add(key);
      skipSpace();
      if (text[i] !== ':') return syntax('expected ":"');
      i++;
      skipSpace();
      path = keyPath;
    } else if (top?.kind === 'array') {
      path = [...top.path, top.index];
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= maxJsonDepth) {
        return refused(
          pathText(path),
          `nested more than ${maxJsonDepth} levels deep`,
        );
      }
      i++;
      skipSpace();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        expectValue = false;
        continue;
      }
      stack.push({
        kind: c === '{' ? 'object' : 'array',
        keys: new Set(),
        path,
        index: 0,
      });
      expectValue = true;
      continue;
    }
    if (c === '"') {
      const value = readString();
      if (value === null) return syntax('a malformed text');
      const bad = checkString(value, path);
      if (bad) return bad;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      number.lastIndex = i;
      if (!number.test(text)) return syntax('expected a value');
      i = number.lastIndex;
    }
    expectValue = false;
    if (!stack.length) {
      skipSpace();
      if (i < n) return syntax('text after the end');
      break;
    }
  }
  skipSpace();
  if (i < n) return syntax('text after the end');
  return { ok: true, value: JSON.parse(text) as unknown };
}

/**
 * A file's bytes as JSON (decodeAnswersBytes, then parseStrictJson): what
 * the CLI and the app both read before the schema.
 */
export function readAnswersBytes(bytes: Uint8Array): ReadJson {
  const decoded = decodeAnswersBytes(bytes);
  return decoded.ok ? parseStrictJson(decoded.text) : decoded;
}

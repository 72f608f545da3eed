import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { toAnswersFile } from '../../../machines/answers-export.ts';
import { readAnswersFile } from '../../../machines/answers-file.ts';
import { readAnswersBytes } from '../../../machines/answers-text.ts';
import {
  InvalidAnswersError,
  parseAnswersFile,
  runConsult,
} from '../../../machines/consult.ts';
import {
  answersFileFromResponse,
  isQuestionnaireResponse,
} from '../../../machines/fhir/questionnaire-response.ts';
import {
  readShareFragment,
  shareFragment,
} from '../../../machines/share-link.ts';
import { workupMachine } from '../../../machines/workup.machine.ts';
import type { Answers } from '../../../machines/workup.types.ts';
import { sessionBlob } from '../../../src/app/persistence.ts';
import { readSavedSession } from '../../../src/app/saved-session.ts';
import {
  consultStateArb,
  type ConsultState,
} from '../../machines/export/consults.ts';

/**
 * Issue 23: hostile and broken input through every reader, counted. Each
 * channel gets at least 300 generated inputs: valid consults (which must
 * come back whole) and the same consults broken in the ways found by hand
 * (which must be refused, naming the field). Counts: crashes (anything but
 * a refusal thrown), hangs (an input over 1 s), silent acceptances (a
 * broken input read as if valid), lost consults (a valid input refused or
 * read differently; a saved session with one bad field that keeps nothing
 * else). Bounded: a fixed seed and a fixed number of inputs.
 */
const bases = Number(process.env.FUZZ_BASES ?? 52);
const seed = 23;
const hangMs = 1_000;

type Kind = 'valid' | 'invalid';
interface Input {
  kind: Kind;
  what: string;
  text: string;
  bytes?: Uint8Array;
}

interface Counts {
  inputs: number;
  crashes: number;
  hangs: number;
  silentAcceptances: number;
  lostConsults: number;
  failures: string[];
}

const newCounts = (): Counts => ({
  inputs: 0,
  crashes: 0,
  hangs: 0,
  silentAcceptances: 0,
  lostConsults: 0,
  failures: [],
});

/** The answers a consult started from `input` holds. */
function resumedAnswers(input: { answers?: Answers; audience?: string }) {
  const actor = createActor(workupMachine, { input: input as never }).start();
  const { answers } = actor.getSnapshot().context;
  actor.stop();
  return answers;
}

/** The same answers (an object's key order is no answer). */
const same = (a: unknown, b: unknown) =>
  isDeepStrictEqual(
    JSON.parse(JSON.stringify(a)),
    JSON.parse(JSON.stringify(b)),
  );

/** The broken variants of one answers file (each refused by the reader). */
function brokenVariants(
  file: Record<string, unknown>,
  pick: number,
): { what: string; text: string; field?: string }[] {
  const json = JSON.stringify(file);
  const set = (key: string, value: unknown) =>
    JSON.stringify({ ...file, [key]: value });
  const inGroup = (row: string, value: unknown) =>
    JSON.stringify({
      ...file,
      serology: {
        ...(file.serology as object | undefined),
        [row]: value,
      },
    });
  const all: { what: string; text: string; field?: string }[] = [
    {
      what: 'gestational age 999',
      text: set('gestationalAgeWeeks', 999),
      field: 'gestationalAgeWeeks',
    },
    {
      what: 'gestational age 1e308',
      text: json.replace(
        /"gestationalAgeWeeks":[^,}]+/,
        '"gestationalAgeWeeks":1e308',
      ),
      field: 'gestationalAgeWeeks',
    },
    {
      what: 'gestational age as text',
      text: set('gestationalAgeWeeks', '23'),
      field: 'gestationalAgeWeeks',
    },
    {
      what: '__proto__ in serology',
      text: json.includes('"serology":{')
        ? json.replace('"serology":{', '"serology":{"__proto__":"x",')
        : inGroup('__proto__', 'x').replace(
            /"serology":\{/,
            '"serology":{"__proto__":"x",',
          ),
      field: 'serology',
    },
    {
      what: 'constructor in serology',
      text: inGroup('constructor', 'negative'),
      field: 'serology',
    },
    {
      what: 'unknown top-level key',
      text: set('patientName', 'Jane'),
      field: 'patientName',
    },
    {
      what: 'control characters in a key',
      text: set('\u001b[31m\u0007', 1),
    },
    {
      what: 'a result "banana"',
      text: inGroup('cmv-igg', 'banana'),
      field: 'serology',
    },
    {
      what: 'a contentVersion of 5,000 characters',
      text: set('contentVersion', 'x'.repeat(5_000)),
      field: 'contentVersion',
    },
    {
      what: 'negative weeks since the infection',
      text: JSON.stringify({
        ...file,
        maternalInfectionAtWeeks: undefined,
        weeksSinceMaternalInfection: -3,
      }),
      field: 'weeksSinceMaternalInfection',
    },
    {
      what: '1e308 weeks since the infection',
      text: JSON.stringify({
        ...file,
        maternalInfectionAtWeeks: undefined,
        weeksSinceMaternalInfection: 1,
      }).replace(
        '"weeksSinceMaternalInfection":1',
        '"weeksSinceMaternalInfection":1e308',
      ),
      field: 'weeksSinceMaternalInfection',
    },
    {
      what: 'a key given twice',
      text: json.replace('{', '{"gestationalAgeWeeks":30,'),
      field: 'gestationalAgeWeeks',
    },
    { what: 'cut in half', text: json.slice(0, Math.floor(json.length / 2)) },
    {
      what: 'nested 100,000 deep',
      text: json.replace(
        '{',
        `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`,
      ),
    },
  ];
  // Four per file, spread over the kinds.
  return [0, 1, 2, 3].map((k) => all[(pick + k * 5) % all.length]!);
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return out;
}

/** The generated consults, once for every channel (fixed seed). */
const states: { state: ConsultState; pick: number; junk: Uint8Array }[] =
  fc.sample(
    fc.record({
      state: consultStateArb(),
      pick: fc.nat({ max: 1_000 }),
      junk: fc.uint8Array({ minLength: 0, maxLength: 300 }),
    }),
    { numRuns: bases, seed },
  );

/** Every answers-file input: valid files and their broken variants. */
const fileInputs: (Input & { state: ConsultState; field?: string })[] =
  states.flatMap(({ state, pick, junk }) => {
    const file = toAnswersFile(
      state.answers,
      state.audience,
    ) as unknown as Record<string, unknown>;
    const text = JSON.stringify(file, null, pick % 3);
    return [
      { kind: 'valid' as const, what: 'valid file', text, state },
      {
        kind: 'valid' as const,
        what: pick % 2 ? 'UTF-8 with BOM' : 'UTF-16 with BOM',
        text,
        bytes:
          pick % 2
            ? new Uint8Array([
                0xef,
                0xbb,
                0xbf,
                ...new TextEncoder().encode(text),
              ])
            : utf16(text),
        state,
      },
      ...brokenVariants(file, pick).map((v) => ({
        kind: 'invalid' as const,
        ...v,
        state,
      })),
      {
        kind: 'invalid' as const,
        what: 'random bytes',
        text: '',
        bytes: new Uint8Array([0x7b, ...junk]),
        state,
      },
    ];
  });

/** Runs one input, timing it and sorting a throw into refusal or crash. */
async function attempt<T>(
  counts: Counts,
  what: string,
  run: () => T | Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; refused: boolean }> {
  counts.inputs++;
  const start = performance.now();
  try {
    const value = await run();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof InvalidAnswersError)
      return { ok: false, refused: true };
    counts.crashes++;
    counts.failures.push(`${what}: crash ${(error as Error).message}`);
    return { ok: false, refused: false };
  } finally {
    if (performance.now() - start > hangMs) {
      counts.hangs++;
      counts.failures.push(`${what}: over ${hangMs} ms`);
    }
  }
}

function report(channel: string, counts: Counts) {
  console.log(
    `fuzz ${channel}: ${counts.inputs} inputs, ${counts.crashes} crashes, ${counts.hangs} hangs over 1 s, ${counts.silentAcceptances} silent acceptances, ${counts.lostConsults} lost consults`,
  );
  expect(counts.failures.slice(0, 10)).toEqual([]);
  expect(counts.inputs).toBeGreaterThanOrEqual(300);
}

/** The CLI's reading of a file's bytes (scripts/consult.ts). */
function cliRead(bytes: Uint8Array) {
  const json = readAnswersBytes(bytes);
  if (!json.ok) throw new InvalidAnswersError([json.issue]);
  const file = parseAnswersFile(
    isQuestionnaireResponse(json.value)
      ? answersFileFromResponse(json.value)
      : json.value,
  );
  runConsult(file);
  return readAnswersFile(
    isQuestionnaireResponse(json.value)
      ? answersFileFromResponse(json.value)
      : json.value,
  );
}

describe('hostile input never costs a consult (issue 23 fuzz)', () => {
  it('answers file through the CLI reader', { timeout: 300_000 }, async () => {
    const counts = newCounts();
    for (const input of fileInputs) {
      const bytes = input.bytes ?? new TextEncoder().encode(input.text);
      const result = await attempt(counts, input.what, () => cliRead(bytes));
      if (input.kind === 'invalid' && result.ok) {
        counts.silentAcceptances++;
        counts.failures.push(`${input.what}: accepted`);
      }
      if (input.kind === 'valid') {
        if (
          !result.ok ||
          !same(resumedAnswers(result.value.input), input.state.answers)
        ) {
          counts.lostConsults++;
          counts.failures.push(`${input.what}: lost`);
        }
      }
    }
    report('answers file (CLI reader)', counts);
  });

  it('share link', { timeout: 300_000 }, async () => {
    const counts = newCounts();
    const deflated = async (text: string) => {
      const stream = new CompressionStream('deflate-raw');
      const writer = stream.writable.getWriter();
      void writer.write(new TextEncoder().encode(text));
      void writer.close();
      const bytes = new Uint8Array(
        await new Response(stream.readable).arrayBuffer(),
      );
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return `#answers=v1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    };
    for (const input of fileInputs) {
      let hash: string;
      if (input.kind === 'valid') {
        hash = await shareFragment(
          toAnswersFile(input.state.answers, input.state.audience),
        );
      } else if (input.bytes) {
        let binary = '';
        for (const byte of input.bytes) binary += String.fromCharCode(byte);
        hash = `#answers=v1.${btoa(binary)}`;
      } else {
        hash = await deflated(input.text);
      }
      const result = await attempt(counts, input.what, () =>
        readShareFragment(hash),
      );
      if (input.kind === 'invalid' && result.ok) {
        counts.silentAcceptances++;
        counts.failures.push(`link ${input.what}: accepted`);
      }
      if (
        input.kind === 'valid' &&
        (!result.ok ||
          !same(resumedAnswers(result.value.input), input.state.answers))
      ) {
        counts.lostConsults++;
        counts.failures.push(`link ${input.what}: lost`);
      }
    }
    // Links that would hold the tab: long, and inflating to megabytes.
    for (const hash of [
      `#answers=v1.${'A'.repeat(200_000)}`,
      await deflated(`{"contentVersion":"${'a'.repeat(5_000_000)}"}`),
      await deflated(' '.repeat(5_000_000)),
    ]) {
      const result = await attempt(counts, 'bomb', () =>
        readShareFragment(hash),
      );
      if (result.ok) counts.silentAcceptances++;
    }
    report('share link', counts);
  });

  it('saved session', { timeout: 300_000 }, async () => {
    const counts = newCounts();
    for (const input of fileInputs) {
      const { state } = input;
      const blob = sessionBlob({
        context: {
          answers: state.answers,
          audience: state.audience,
          editing: null,
        },
      });
      if (input.kind === 'valid') {
        const result = await attempt(counts, input.what, () =>
          readSavedSession(blob),
        );
        const restored =
          result.ok && result.value.kind === 'restored'
            ? (result.value.snapshot as unknown as {
                context: { answers: Answers };
              })
            : null;
        if (!restored || !same(restored.context.answers, state.answers)) {
          counts.lostConsults++;
          counts.failures.push(`saved ${input.what}: lost`);
        }
        continue;
      }
      // The same break inside the saved blob's answers.
      let raw: string;
      if (input.bytes) raw = new TextDecoder().decode(input.bytes);
      else if (input.what === 'cut in half')
        raw = blob.slice(0, blob.length / 2);
      else raw = `{"version":2,"answers":${input.text}}`;
      const result = await attempt(counts, input.what, () =>
        readSavedSession(raw),
      );
      if (!result.ok) continue;
      const loaded = result.value;
      if (loaded.kind === 'restored') {
        counts.silentAcceptances++;
        counts.failures.push(`saved ${input.what}: restored as if valid`);
        continue;
      }
      if (loaded.kind !== 'broken') continue;
      // One bad field costs that field: the rest is offered, and a field
      // other than the gestational age leaves the gestational age kept.
      if (
        input.field &&
        input.text.startsWith('{') &&
        !raw.startsWith('{"version":2,"answers":{"x"')
      ) {
        const partial = loaded.partial as unknown as {
          context: { answers: Answers; audience: unknown };
        } | null;
        const keptAge =
          partial?.context.answers.gestationalAgeWeeks ===
          state.answers.gestationalAgeWeeks;
        if (
          !partial ||
          loaded.dropped.length === 0 ||
          (input.field !== 'gestationalAgeWeeks' && !keptAge)
        ) {
          counts.lostConsults++;
          counts.failures.push(`saved ${input.what}: lost the consult`);
        }
      }
    }
    report('saved session', counts);
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  InvalidAnswersError,
  parseAnswersFile,
} from '../../../machines/consult.ts';
import {
  maxAnswersFileBytes,
  readAnswersBytes,
} from '../../../machines/answers-text.ts';

/**
 * Issue 23, "One strict reader": the hostile inputs found by hand, each
 * refused with the field and why (or, for the encodings, read as the same
 * file), the same in the CLI and the app (both read bytes through
 * readAnswersBytes, then the schema).
 */
const scenario = readFileSync(
  'tests/scenarios/primary-cmv-optimal.answers.json',
  'utf8',
);
const bytes = (text: string) => new TextEncoder().encode(text);

/** The answers file read as the CLI and the app read it. */
function read(input: string | Uint8Array) {
  const json = readAnswersBytes(
    typeof input === 'string' ? bytes(input) : input,
  );
  if (!json.ok) throw new InvalidAnswersError([json.issue]);
  return parseAnswersFile(json.value);
}

function refusal(input: string | Uint8Array): InvalidAnswersError {
  try {
    read(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAnswersError);
    return error as InvalidAnswersError;
  }
  throw new Error('accepted');
}

describe('the strict answers-file reader (issue 23)', () => {
  it('refuses "__proto__" inside a group as it refuses "constructor"', () => {
    const withKey = (key: string) =>
      scenario.replace('"syphilis"', `"${key}": "negative", "syphilis"`);
    expect(refusal(withKey('constructor')).issues[0]!.field).toBe('serology');
    const proto = refusal(withKey('__proto__'));
    expect(proto.issues[0]!.field).toBe('serology');
    expect(proto.message).toMatch(/__proto__/);
    expect(
      refusal('{"__proto__": {}, "gestationalAgeWeeks": 23}').message,
    ).toMatch(/__proto__/);
  });

  it('refuses a key given twice (JSON.parse would keep the last silently)', () => {
    const twice = scenario.replace(
      '"headSize": "microcephaly"',
      '"headSize": "microcephaly", "headSize": "normal"',
    );
    const error = refusal(twice);
    expect(error.issues[0]!.field).toBe('headSize');
    expect(error.issues[0]!.reason).toMatch(/given twice/);
  });

  it('refuses absurd weeks since the infection (1e308)', () => {
    const absurd = scenario.replace(
      '"weeksSinceMaternalInfection": 8',
      '"weeksSinceMaternalInfection": 1e308',
    );
    expect(refusal(absurd).issues[0]!.field).toBe(
      'weeksSinceMaternalInfection',
    );
  });

  it('bounds contentVersion (a 150 MB version was accepted and rendered)', () => {
    const long = JSON.stringify({
      contentVersion: '1'.repeat(1_000),
      gestationalAgeWeeks: 23,
    });
    expect(refusal(long).issues[0]!.field).toBe('contentVersion');
    const odd = JSON.stringify({
      contentVersion: '<b>2.0.0</b>',
      gestationalAgeWeeks: 23,
    });
    expect(refusal(odd).issues[0]!.field).toBe('contentVersion');
  });

  it('refuses control characters, and never echoes them', () => {
    const error = refusal(
      '{"gestationalAgeWeeks": 23, "\\u001b[31m\\u0007": 1}',
    );
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(error.message).toMatch(/\\u\{1b\}/);
  });

  it('caps the message: 30,000 unknown keys give a short message', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `"k${i}": 1`);
    const error = refusal(`{"gestationalAgeWeeks": 23, ${keys.join(',')}}`);
    expect(error.message.length).toBeLessThan(4_000);
    expect(error.message).toMatch(/more/);
  });

  it('refuses a file over the size limit and nesting too deep, before the schema', () => {
    expect(
      refusal(new Uint8Array(maxAnswersFileBytes + 1)).issues[0]!.field,
    ).toBe('(file)');
    expect(refusal('['.repeat(100_000) + ']'.repeat(100_000)).message).toMatch(
      /nested more than/,
    );
  });

  it('reads a UTF-8 byte order mark and UTF-16 (with its mark) as the same file', () => {
    const plain = read(scenario);
    expect(
      read(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(scenario)])),
    ).toEqual(plain);
    const utf16 = (littleEndian: boolean) => {
      const out = new Uint8Array(2 + scenario.length * 2);
      const view = new DataView(out.buffer);
      view.setUint16(0, 0xfeff, littleEndian);
      for (let i = 0; i < scenario.length; i++)
        view.setUint16(2 + i * 2, scenario.charCodeAt(i), littleEndian);
      return out;
    };
    expect(read(utf16(true))).toEqual(plain);
    expect(read(utf16(false))).toEqual(plain);
    expect(refusal(new Uint8Array([0xc3, 0x28])).issues[0]!.field).toBe(
      '(file)',
    );
  });
});

const run = promisify(execFile);

async function consult(file: string) {
  try {
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'scripts/consult.ts', '--answers', file, '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe(
  'the CLI reads as the app does (issue 23)',
  { timeout: 60_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'strict-reader-'));
    const write = (name: string, data: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    };

    it('reads a UTF-8 byte order mark and UTF-16', async () => {
      const bom = await consult(
        write(
          'bom.json',
          Buffer.concat([
            Buffer.from([0xef, 0xbb, 0xbf]),
            Buffer.from(scenario),
          ]),
        ),
      );
      expect(bom.stderr).toBe('');
      expect(bom.code).toBe(0);
      const utf16 = await consult(
        write(
          'utf16.json',
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from(scenario, 'utf16le'),
          ]),
        ),
      );
      expect(utf16.code).toBe(0);
      expect(JSON.parse(utf16.stdout)).toEqual(JSON.parse(bom.stdout));
    });

    it('escapes what it echoes and caps its message', async () => {
      const keys = Array.from(
        { length: 20_000 },
        (_, i) => `"k${i}\\u001b]0;x\\u0007": 1`,
      );
      const hostile = await consult(
        write(
          'keys.json',
          `{"gestationalAgeWeeks": 23, "\\u001b[2J": 1, ${keys.join(',')}}`,
        ),
      );
      expect(hostile.code).toBe(2);
      expect(hostile.stderr).not.toMatch(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
      );
      expect(hostile.stderr.length).toBeLessThan(4_000);
      const proto = await consult(
        write(
          'proto.json',
          scenario.replace('"syphilis"', '"__proto__": "x", "syphilis"'),
        ),
      );
      expect(proto.code).toBe(2);
      expect(proto.stderr).toMatch(/serology: .*__proto__/);
    });
  },
);

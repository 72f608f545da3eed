import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseAnswersFile, runConsult } from '../../machines/consult.ts';
import { buildQuestionnaireResponse } from '../../machines/fhir/questionnaire-response.ts';
import { deepItemsText } from '../machines/fhir/hostile-responses.ts';

/**
 * Issue 23, item 2: a hostile QuestionnaireResponse given to
 * `npm run consult` exits 2 naming the problem, never a stack trace; issue
 * 18: a consult over visits goes through `--fhir` and back.
 */

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'consult-fhir-limits-'));

async function consultFile(name: string, text: string, output = '--json') {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'scripts/consult.ts', '--answers', file, output],
      { cwd: root, maxBuffer: 10 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const noStackTrace = (stderr: string) => {
  expect(stderr).not.toMatch(/RangeError|^\s+at /m);
};

const response = () =>
  buildQuestionnaireResponse(
    runConsult(
      parseAnswersFile(
        JSON.parse(
          readFileSync(
            join(root, 'tests/scenarios/primary-cmv-optimal.answers.json'),
            'utf8',
          ),
        ),
      ),
    ).answers,
    'clinician',
  );

describe(
  'npm run consult on a hostile QuestionnaireResponse',
  { timeout: 60_000 },
  () => {
    it('items nested 6,000 deep (174 KB): exit 2, the depth limit named', async () => {
      // The strict JSON reader stops it first (any answers file: 100 levels).
      const { code, stderr } = await consultFile('deep.json', deepItemsText());
      expect(code).toBe(2);
      expect(stderr).toMatch(/nested more than 100 levels deep/);
      noStackTrace(stderr);
    });

    it('items nested 20 deep (within the JSON limit): exit 2, the FHIR item depth named', async () => {
      const { code, stderr } = await consultFile(
        'deep20.json',
        deepItemsText(20),
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/items nested more than 8 deep/);
      noStackTrace(stderr);
    });

    it('a response over 512 KB: exit 2, the size limit named', async () => {
      const padded = JSON.stringify(response(), null, 2).replace(
        '{',
        `{${' '.repeat(600 * 1024)}`,
      );
      const { code, stderr } = await consultFile('big.json', padded);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /\(file\): \d+ bytes: an answers file is at most 524288 bytes/,
      );
      noStackTrace(stderr);
    });

    it('entered-in-error: exit 2, the status named', async () => {
      const { code, stderr } = await consultFile(
        'error.json',
        JSON.stringify({ ...response(), status: 'entered-in-error' }),
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/status: "entered-in-error"/);
    });
  },
);

describe(
  'npm run consult over visits through FHIR (issue 18)',
  { timeout: 60_000 },
  () => {
    it('--fhir on the three-visit file, read back: the same summary as the answers file', async () => {
      const answers = readFileSync(
        join(root, 'tests/fixtures/time/three-visits.answers.json'),
        'utf8',
      );
      const fhir = await consultFile('three-visits.json', answers, '--fhir');
      expect(fhir.code).toBe(0);
      expect(fhir.stdout).toMatch(/"linkId": "cmv-pcr\.at-weeks"/);
      const fromResponse = await consultFile(
        'three-visits.fhir.json',
        fhir.stdout,
      );
      const fromAnswers = await consultFile('three-visits.json', answers);
      expect(fromResponse.stderr).toBe('');
      expect(fromResponse.code).toBe(0);
      expect(JSON.parse(fromResponse.stdout)).toEqual(
        JSON.parse(fromAnswers.stdout),
      );
    });
  },
);

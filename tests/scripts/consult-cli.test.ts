import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Summary } from '../../machines/workup.types.ts';
import {
  meetsTestStatus,
  scenarioExpectations,
} from '../scenarios/expected.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const scenarios = join(root, 'tests', 'scenarios');

/** Runs `npm run consult` the way a user would, capturing the exit code. */
async function consult(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      'npm',
      ['run', '-s', 'consult', '--', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run consult on the worked scenarios', { timeout: 30_000 }, () => {
  const ids = readdirSync(scenarios)
    .filter((f) => f.endsWith('.answers.json'))
    .map((f) => f.replace('.answers.json', ''));
  const summaries = new Map<string, Summary>();
  beforeAll(async () => {
    for (const id of ids) {
      const { code, stdout, stderr } = await consult(
        '--answers',
        join(scenarios, `${id}.answers.json`),
        '--json',
      );
      expect(stderr, id).toBe('');
      expect(code, id).toBe(0);
      summaries.set(id, JSON.parse(stdout) as Summary);
    }
  }, 120_000);

  it('every scenario has its hand-written expectation (tests/scenarios/expected.ts), and every expectation its scenario', () => {
    expect(Object.keys(scenarioExpectations).sort()).toEqual([...ids].sort());
  });

  describe.each(ids)('%s', (id) => {
    const expected = () => {
      const e = scenarioExpectations[id];
      expect(e, `tests/scenarios/expected.ts has no ${id}`).toBeDefined();
      return e!;
    };
    const summary = () => summaries.get(id)!;

    it('--json: the classification', () => {
      expect(summary().classification).toBe(expected().classification);
    });

    it('--json: the status of every test during the pregnancy', () => {
      const duringPregnancy = Object.entries(expected().tests).filter(
        ([, status]) => status !== 'after-birth',
      );
      expect(
        Object.fromEntries(
          duringPregnancy.map(([test]) => [
            test,
            summary().tests.find((t) => t.id === test)?.status,
          ]),
        ),
      ).toEqual(Object.fromEntries(duringPregnancy));
      expect(
        summary()
          .tests.map((t) => t.id)
          .sort(),
      ).toEqual(Object.keys(expected().tests).sort());
    });

    it('--json: the status of every cause', () => {
      expect(
        Object.fromEntries(summary().differential.map((c) => [c.id, c.status])),
      ).toEqual(expected().causes);
    });

    it('--json: the follow-up, in order', () => {
      expect(summary().followUp.map((f) => f.id)).toEqual(expected().followUp);
    });

    it('--json: the pitfalls that bear on the case', () => {
      expect(
        summary()
          .pitfalls.filter((p) => p.relevant)
          .map((p) => p.id),
      ).toEqual(expected().relevantPitfalls);
    });
  });

  it('--json: after-birth steps are planned after birth, never "recommended now" nor "not indicated" beside their follow-up (REVIEW.md third review; issue 18)', () => {
    const wrong = ids.flatMap((id) =>
      Object.entries(scenarioExpectations[id]?.tests ?? {})
        .filter(([, status]) => status === 'after-birth')
        .map(([test]) => [
          id,
          test,
          summaries.get(id)!.tests.find((t) => t.id === test)?.status,
        ])
        .filter(
          ([, , status]) => !meetsTestStatus('after-birth', status as never),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('--today YYYY-MM-DD: the printed plan shows calendar dates beside the weeks; --json carries none; a malformed date is refused (issue 18)', async () => {
    const file = join(scenarios, 'primary-cmv-before-21-weeks.answers.json');
    const printed = await consult('--answers', file, '--today', '2026-12-01');
    expect(printed.code).toBe(0);
    // 18 weeks, 3 weeks since the infection: the PCR window opens at
    // 21+1 weeks, 22 days after today.
    expect(printed.stdout).toMatch(
      /From 21\+1 weeks[^\n]*on or after 2026-12-23/,
    );
    const json = await consult(
      '--answers',
      file,
      '--json',
      '--today',
      '2026-12-01',
    );
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const pcr = (JSON.parse(json.stdout) as Summary).tests.find(
      (t) => t.id === 'amniotic-fluid-cmv-pcr',
    );
    expect(pcr?.timing).toMatchObject({
      untilWeeks: null,
      every: null,
      afterBirth: false,
    });
    expect(pcr?.timing?.fromWeeks).toBeCloseTo(21 + 1 / 7, 6);
    const bad = await consult('--answers', file, '--today', '2026-13-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--today/);
  });

  it('prints a readable summary with numbered citations and references', async () => {
    const { code, stdout } = await consult(
      '--answers',
      join(scenarios, 'primary-cmv-before-21-weeks.answers.json'),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/Classification: Associated/);
    // Tests are grouped by status, as on screen.
    expect(stdout).toMatch(
      / {2}NOT YET OPTIMAL\n {2}- Amniotic-fluid CMV PCR: /,
    );
    expect(stdout).toMatch(/Content version \d+\.\d+\.\d+/);
    expect(stdout).toMatch(/\[\d+\] Simchen MJ/);
  });

  it('prints the learner wording with --audience learner', async () => {
    const { code, stdout } = await consult(
      '--answers',
      join(scenarios, 'isolated-negative-workup.answers.json'),
      '--audience',
      'learner',
      '--json',
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Summary).audience).toBe('learner');
  });
});

describe(
  'npm run consult refuses invalid answers with exit status 2',
  { timeout: 30_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'consult-'));
    const write = (name: string, body: unknown) => {
      const path = join(dir, name);
      writeFileSync(
        path,
        typeof body === 'string' ? body : JSON.stringify(body),
      );
      return path;
    };

    it('names an out-of-range gestational age', async () => {
      const { code, stderr, stdout } = await consult(
        '--answers',
        write('ga.json', { gestationalAgeWeeks: 45 }),
      );
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/gestationalAgeWeeks/);
      expect(stderr).toMatch(/10.*42/);
    });

    it('names an unknown serology value', async () => {
      const { code, stderr } = await consult(
        '--answers',
        write('sero.json', {
          gestationalAgeWeeks: 22,
          serology: { 'cmv-igm': 'weak' },
        }),
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/serology\.cmv-igm/);
    });

    it('names negative weeks since infection (longer than the pregnancy is accepted)', async () => {
      const answers = {
        gestationalAgeWeeks: 20,
        serology: { 'cmv-igg': 'positive', 'cmv-igm': 'positive' },
        cmvAvidity: 'low',
      };
      const negative = await consult(
        '--answers',
        write('timing.json', { ...answers, weeksSinceMaternalInfection: -1 }),
      );
      expect(negative.code).toBe(2);
      expect(negative.stderr).toMatch(/weeksSinceMaternalInfection/);
      const periconceptional = await consult(
        '--answers',
        write('timing-long.json', {
          ...answers,
          weeksSinceMaternalInfection: 25,
        }),
      );
      expect(periconceptional.code).toBe(0);
    });

    it('names an unknown field and a file that is not JSON', async () => {
      const unknown = await consult(
        '--answers',
        write('extra.json', { gestationalAgeWeeks: 22, patientName: 'x' }),
      );
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/patientName/);
      const broken = await consult('--answers', write('broken.json', '{ nope'));
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/cannot read answers as JSON/);
    });

    it('explains usage when --answers is missing', async () => {
      const { code, stderr } = await consult();
      expect(code).toBe(2);
      expect(stderr).toMatch(/Usage/);
    });
  },
);

describe('npm run consult and FHIR R4 (--fhir, QuestionnaireResponse input)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'consult-fhir-'));
  const scenario = join(scenarios, 'primary-cmv-optimal.answers.json');

  it('prints the QuestionnaireResponse with --fhir, and reads it back as answers', async () => {
    const fhir = await consult('--answers', scenario, '--fhir');
    expect(fhir.code).toBe(0);
    const response = JSON.parse(fhir.stdout) as {
      resourceType: string;
      status: string;
      questionnaire: string;
    };
    expect(response.resourceType).toBe('QuestionnaireResponse');
    expect(response.status).toBe('completed');
    expect(response.questionnaire).toMatch(/\|\d+\.\d+\.\d+$/);
    const file = join(dir, 'response.json');
    writeFileSync(file, fhir.stdout);
    const fromResponse = await consult('--answers', file, '--json');
    const fromAnswers = await consult('--answers', scenario, '--json');
    expect(fromResponse.code).toBe(0);
    expect(JSON.parse(fromResponse.stdout)).toEqual(
      JSON.parse(fromAnswers.stdout),
    );
  }, 60_000);

  it('names the item of a QuestionnaireResponse it cannot read', async () => {
    const file = join(dir, 'bad-response.json');
    writeFileSync(
      file,
      JSON.stringify({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'https://example.org/Questionnaire/other',
      }),
    );
    const { code, stderr } = await consult('--answers', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/questionnaire/);
  }, 30_000);
});

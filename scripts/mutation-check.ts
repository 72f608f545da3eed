/*
 * Mutation check (issue 22): break five rules on purpose, one at a time, run
 * the node tests, and list the tests that fail for each break beyond those
 * failing without it. A break that no test outside its own rule's test
 * catches is a hole in the suite.
 *
 *   npx tsx scripts/mutation-check.ts [--runs=100] [--only=pcr-timing,...]
 *
 * Each break is a literal replacement in one source file, restored whatever
 * happens (the file is written back in a finally, and on SIGINT). FC_RUNS
 * sets the property tests' runs (default 100: the check measures which tests
 * catch a break, not how fast).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Mutation {
  id: string;
  what: string;
  file: string;
  from: string;
  to: string;
}

export const mutations: Mutation[] = [
  {
    id: 'pcr-timing',
    what: 'CMV PCR timing off by one week (optimal more than 5 weeks after the infection, not 6)',
    file: 'machines/rules/facts.ts',
    from: ": weeksSinceInfection > 6\n          ? 'optimal'",
    to: ": weeksSinceInfection > 5\n          ? 'optimal'",
  },
  {
    id: 'avidity-without-igm',
    what: 'avidity asked without CMV IgM (IgG positive is enough)',
    file: 'machines/rules/facts.ts',
    from: "cmvAvidityIndicated:\n      serology['cmv-igm'] === 'positive' &&\n",
    to: 'cmvAvidityIndicated:\n',
  },
  {
    id: 'pending-as-done',
    what: 'a pending result counted as done (a resulted test)',
    file: 'machines/rules/tests.ts',
    from: "  result !== null &&\n  result !== 'pending' &&\n",
    to: '  result !== null &&\n',
  },
  {
    id: 'edit-keeps-dropped',
    what: 'an edit keeps an answer it drops (pruneAnswers prunes nothing)',
    file: 'machines/rules/answers.ts',
    from: '    if (!stale) break;',
    to: '    if (stale || !stale) break;',
  },
  {
    id: 'urgent-referral-removed',
    what: 'the urgent referral for suspected fetal anemia removed from the next steps',
    file: 'machines/rules/next-steps.ts',
    from: "    ['urgent-anemia-referral', facts.fetalAnemiaSuspected, 'mca-psv-doppler'],\n",
    to: '',
  },
];

interface TestResult {
  fullName: string;
  status: string;
}

function failingTests(runs: number): Set<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'mutation-')), 'report.json');
  try {
    execFileSync(
      'npx',
      [
        'vitest',
        'run',
        '--project',
        'node',
        '--reporter=json',
        `--outputFile=${out}`,
      ],
      {
        stdio: 'ignore',
        env: { ...process.env, FC_RUNS: String(runs) },
      },
    );
  } catch {
    // Failing tests exit non-zero: the report says which.
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: { name: string; assertionResults: TestResult[] }[];
  };
  const failed = new Set<string>();
  for (const file of report.testResults) {
    const name = file.name.replace(`${process.cwd()}/`, '');
    if (file.assertionResults.length === 0) failed.add(`${name} (file)`);
    for (const test of file.assertionResults)
      if (test.status === 'failed') failed.add(`${name} > ${test.fullName}`);
  }
  return failed;
}

function main() {
  const args = new Map(
    process.argv.slice(2).map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key!, value ?? 'true'];
    }),
  );
  const runs = Number(args.get('runs') ?? 100);
  const only = args.get('only')?.split(',');
  const chosen = mutations.filter((m) => !only || only.includes(m.id));

  console.log(`baseline (no break), FC_RUNS=${runs} ...`);
  const baseline = failingTests(runs);
  console.log(`  ${baseline.size} tests fail without a break`);

  const holes: string[] = [];
  for (const mutation of chosen) {
    const original = readFileSync(mutation.file, 'utf8');
    if (!original.includes(mutation.from))
      throw new Error(
        `${mutation.id}: the code to break is not in ${mutation.file} (it changed: update scripts/mutation-check.ts)`,
      );
    const restore = () => writeFileSync(mutation.file, original);
    process.once('SIGINT', () => {
      restore();
      process.exit(130);
    });
    let caught: string[];
    try {
      writeFileSync(
        mutation.file,
        original.replace(mutation.from, mutation.to),
      );
      caught = [...failingTests(runs)].filter((t) => !baseline.has(t)).sort();
    } finally {
      restore();
    }
    console.log(`\n${mutation.id}: ${mutation.what}`);
    console.log(`  ${caught.length} tests fail:`);
    for (const test of caught) console.log(`  - ${test}`);
    if (caught.length === 0) holes.push(mutation.id);
  }
  if (holes.length > 0) {
    console.log(`\nno test caught: ${holes.join(', ')}`);
    process.exitCode = 1;
  }
}

main();

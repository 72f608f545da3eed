/**
 * Rewrites tests/scenarios/<id>.expected.json from the headless consult.
 * Run after a deliberate content or rule change, then read the diff:
 * `npm run scenarios:update && git diff tests/scenarios`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile, runConsult } from '../machines/consult.ts';

const dir = join(import.meta.dirname, '..', 'tests', 'scenarios');
for (const name of readdirSync(dir).filter((f) =>
  f.endsWith('.answers.json'),
)) {
  const file = parseAnswersFile(
    JSON.parse(readFileSync(join(dir, name), 'utf8')),
  );
  const { summary } = runConsult(file);
  const out = join(dir, name.replace('.answers.json', '.expected.json'));
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

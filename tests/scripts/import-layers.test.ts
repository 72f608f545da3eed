import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('one-way imports (eslint no-restricted-imports)', () => {
  it('machines/ may not import src/', async () => {
    const errors = await layerErrors(
      'machines/example.ts',
      "import { App } from '../src/app/app.tsx';\nexport const x = App;\n",
    );
    expect(errors.join()).toMatch(/machines\/ must never import from src\//);
  });

  it('content/ may import neither machines/ nor src/', async () => {
    const fromMachines = await layerErrors(
      'content/example.ts',
      "import { workupMachine } from '../machines/workup.machine.ts';\nexport const x = workupMachine;\n",
    );
    const fromSrc = await layerErrors(
      'content/nodes/example.ts',
      "import { App } from '../../src/app/app.tsx';\nexport const x = App;\n",
    );
    expect(fromMachines.join()).toMatch(/content\/ is data/);
    expect(fromSrc.join()).toMatch(/content\/ is data/);
  });

  it('src/ may import machines/ and content/', async () => {
    const errors = await layerErrors(
      'src/example.ts',
      "import { workupMachine } from '../machines/workup.machine.ts';\nimport { getNode } from '../content/index.ts';\nexport const x = [workupMachine, getNode];\n",
    );
    expect(errors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

// The first test loads ESLint and the TypeScript parser: seconds on a busy
// machine (it timed out at Vitest's 5 s default under load).
describe(
  'one-way imports (eslint no-restricted-imports)',
  { timeout: 60_000 },
  () => {
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

    it('neither src/ nor machines/ may import the review records', async () => {
      const code =
        "import { reviewRecords } from '../../content/review/index.ts';\nexport const x = reviewRecords;\n";
      const fromSrc = await layerErrors('src/app/example.ts', code);
      const fromMachines = await layerErrors('machines/rules/example.ts', code);
      expect(fromSrc.join()).toMatch(/Review records/);
      expect(fromMachines.join()).toMatch(/Review records/);
    });

    it('src/ may import machines/ and content/', async () => {
      const errors = await layerErrors(
        'src/example.ts',
        "import { workupMachine } from '../machines/workup.machine.ts';\nimport { getNode } from '../content/index.ts';\nexport const x = [workupMachine, getNode];\n",
      );
      expect(errors).toEqual([]);
    });
  },
);

describe("the app's zones (eslint import-x/no-restricted-paths)", () => {
  async function zoneErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, {
      filePath: join(root, file),
    });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
      .map((m) => m.message);
  }

  it('a feature may not import another feature (static or lazy)', async () => {
    const fromConsult = await zoneErrors(
      'src/features/consult/example.tsx',
      "import { LazyExportActions } from '../export/lazy-export-actions.tsx';\nexport const x = LazyExportActions;\n",
    );
    const lazyFromMap = await zoneErrors(
      'src/features/map/example.ts',
      "export const load = () => import('../teaching/teaching-view.tsx');\n",
    );
    expect(fromConsult.join()).toMatch(/never imports another feature/);
    expect(lazyFromMap.join()).toMatch(/never imports another feature/);
  });

  it('a feature may not import src/app/', async () => {
    const errors = await zoneErrors(
      'src/features/teaching/example.ts',
      "import { App } from '../../app/app.tsx';\nexport const x = App;\n",
    );
    expect(errors.join()).toMatch(/never imports src\/app\//);
  });

  it('src/shared/ may import neither a feature nor src/app/', async () => {
    const errors = await zoneErrors(
      'src/shared/lib/example.ts',
      "import { ConsultView } from '../../features/consult/consult-view.tsx';\nimport { App } from '../../app/app.tsx';\nexport const x = [ConsultView, App];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('a feature may import its own files, shared/, machines/ and content/; app/ may import features', async () => {
    const fromFeature = await zoneErrors(
      'src/features/consult/example.ts',
      "import { connect } from './view-model.ts';\nimport { Citations } from '../../shared/ui/citations.tsx';\nimport { workupMachine } from '../../../machines/workup.machine.ts';\nimport { getNode } from '../../../content/index.ts';\nexport const x = [connect, Citations, workupMachine, getNode];\n",
    );
    const fromApp = await zoneErrors(
      'src/app/example.ts',
      "import { ConsultView } from '../features/consult/consult-view.tsx';\nexport const x = ConsultView;\n",
    );
    expect(fromFeature).toEqual([]);
    expect(fromApp).toEqual([]);
  });
});

describe('imports first (eslint import-x/first)', () => {
  const code =
    "import { a } from './a.ts';\nexport const x = a;\nimport { b } from './b.ts';\nexport const y = b;\n";
  const firstErrors = async (file: string) => {
    const [result] = await eslint.lintText(code, {
      filePath: join(root, file),
    });
    return (result?.messages ?? []).filter(
      (m) => m.ruleId === 'import-x/first',
    );
  };

  it('refuses an import below code in every part of the tree', async () => {
    for (const file of [
      'machines/rules/example.ts',
      'content/nodes/example.ts',
      'src/features/consult/example.tsx',
      'scripts/example.ts',
      'tests/machines/example.test.ts',
    ]) {
      expect(await firstErrors(file), file).toHaveLength(1);
    }
  });

  it('is off only in the four files still to reorder (eslint.config.js)', async () => {
    const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const off: string[] = [];
    for (const file of files) {
      if (await eslint.isPathIgnored(join(root, file))) continue;
      const config = (await eslint.calculateConfigForFile(
        join(root, file),
      )) as { rules: Record<string, unknown> };
      const rule = config.rules['import-x/first'];
      if ((Array.isArray(rule) ? rule[0] : rule) !== 2) off.push(file);
    }
    expect(off.sort()).toEqual(['machines/rules/tests.ts']);
  });
});

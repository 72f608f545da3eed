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
});

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

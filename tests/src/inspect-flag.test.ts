import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

describe('the Stately inspector is opt-in', () => {
  const files = sourceFiles('src').map((path) => ({
    path,
    text: readFileSync(path, 'utf8'),
  }));

  it('is never imported statically (it stays out of the main bundle)', () => {
    for (const { path, text } of files) {
      expect(text, path).not.toMatch(
        /^\s*import[^(]*['"]@statelyai\/inspect['"]/m,
      );
    }
  });

  it('is imported dynamically, behind the ?inspect flag', () => {
    const users = files.filter((f) =>
      f.text.includes("import('@statelyai/inspect')"),
    );
    expect(users.map((f) => f.path)).toHaveLength(1);
    expect(users[0]!.text).toMatch(/\.has\(['"]inspect['"]\)/);
  });
});

describe('?inspect from a link asks before opening stately.ai (issue 23)', () => {
  it('the dynamic import waits for the answer to inspectorWanted', () => {
    const main = readFileSync('src/main.tsx', 'utf8');
    const asked = main.indexOf('inspectorWanted(');
    expect(asked).toBeGreaterThan(-1);
    expect(main.indexOf("import('@statelyai/inspect')")).toBeGreaterThan(asked);
  });

  it('opens nothing without a yes, and a yes holds for the tab', async () => {
    const { inspectorWanted } = await import('../../src/app/inspect-flag.ts');
    const session = new Map<string, string>();
    const store = {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => void session.set(k, v),
    };
    let asked = 0;
    expect(inspectorWanted(() => (asked++, false), store)).toBe(false);
    expect(inspectorWanted(() => (asked++, true), store)).toBe(true);
    expect(inspectorWanted(() => (asked++, false), store)).toBe(true);
    expect(asked).toBe(2);
  });
});

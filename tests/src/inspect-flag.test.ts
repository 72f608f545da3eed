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

import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Every project file an entry reaches through its relative imports, static
 * or dynamic (lazy chunks ship too), type-only imports included: what the
 * browser build can bundle.
 */
function reachableFrom(...entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    const code = readFileSync(join(root, file), 'utf8');
    for (const { fileName } of ts.preProcessFile(code, true, true)
      .importedFiles) {
      if (!fileName.startsWith('.')) continue; // packages, virtual modules
      const target = fileName.replace(/\?.*$/, '');
      visit(relative(root, resolve(root, dirname(file), target)));
    }
  };
  entries.forEach(visit);
  return seen;
}

/** The app's entries: index.html's scripts and the prerendered page. */
function appEntries(): string[] {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');
  const prerender = [...config.matchAll(/entry: '\/([^']+)'/g)].map(
    (m) => m[1]!,
  );
  return [...scripts, ...prerender];
}

const isReview = (file: string) => file.startsWith('content/review/');

describe('the browser build carries no editorial review record', () => {
  it('finds the app entries and the content they load', () => {
    const entries = appEntries();
    expect(entries).toEqual(
      expect.arrayContaining(['src/main.tsx', 'src/prerender.tsx']),
    );
    const reached = reachableFrom(...entries);
    // Statically and lazily loaded content: the walk follows both.
    expect(reached).toContain('content/nodes/causes.ts');
    expect(reached).toContain('content/validate.ts');
  });

  it('imports nothing from content/review/, directly or through another file', () => {
    const reached = [...reachableFrom(...appEntries())];
    expect(reached.filter(isReview)).toEqual([]);
  });

  it('would notice an import of content/review/ (the CLI has one)', () => {
    expect([...reachableFrom('scripts/consult.ts')].some(isReview)).toBe(true);
  });
});

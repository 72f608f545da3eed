import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audiences } from '../../content/schema.ts';
import { uiWords, type UiWords } from '../../content/ui/index.ts';

/**
 * The app's own words (content/ui/): one file per part, each exporting one
 * table of `<part>.<name>` ids. index.ts spreads the first load's tables and
 * names the lazy ones as types, so two files with one id would overwrite
 * each other silently: this test reads every file on its own.
 */
const dir = join(import.meta.dirname, '..', '..', 'content', 'ui');
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && f !== 'index.ts',
);

interface Table {
  file: string;
  name: string;
  words: Record<string, UiWords>;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the app words (content/ui/)', () => {
  let tables: Table[] = [];
  beforeAll(async () => {
    tables = await Promise.all(
      files.map(async (file) => {
        const module = (await import(join(dir, file))) as Record<
          string,
          Record<string, UiWords>
        >;
        const exported = Object.entries(module);
        expect(exported.length, `${file} exports one table`).toBe(1);
        const [name, words] = exported[0]!;
        return { file, name, words };
      }),
    );
  });
  const entries = () =>
    tables.flatMap((t) =>
      Object.entries(t.words).map(([id, words]) => ({ ...t, id, words })),
    );

  it('lists every file in index.ts, once', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const { file, name } of tables) {
      const imports = index.match(
        new RegExp(`import (type )?\\{ ${name} \\} from './${file}';`, 'g'),
      );
      expect(imports, `${file} in index.ts`).toHaveLength(1);
      // Spread into uiWords (first load) or named in LazyUiWords (types).
      const uses = index.match(
        new RegExp(`(\\.\\.\\.${name},|typeof ${name}\\b)`, 'g'),
      );
      expect(uses, `${name} used once in index.ts`).toHaveLength(1);
    }
  });

  it('has no id in two files (the spread would overwrite one)', () => {
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const { id, file } of entries()) {
      const first = seen.get(id);
      if (first) collisions.push(`${id}: ${first} and ${file}`);
      else seen.set(id, file);
    }
    expect(collisions).toEqual([]);
  });

  it('names ids <part>.<name>, one part a file', () => {
    for (const { file, words } of tables) {
      const parts = new Set(Object.keys(words).map((id) => id.split('.')[0]));
      for (const id of Object.keys(words)) {
        expect(id, file).toMatch(
          /^[a-z]+(-[a-z]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/,
        );
      }
      // shared.ts holds the few words of several first-load parts.
      if (file !== 'shared.ts') expect([...parts], file).toHaveLength(1);
    }
  });

  it('gives every entry words, for both audiences when it has two', () => {
    for (const { id, words } of entries()) {
      if (typeof words === 'string') {
        expect(words.trim(), id).not.toBe('');
        continue;
      }
      expect(Object.keys(words).sort(), id).toEqual([...audiences].sort());
      for (const audience of audiences) {
        expect(words[audience].trim(), `${id} (${audience})`).not.toBe('');
      }
      expect(words.learner, `${id}: same words twice`).not.toBe(
        words.clinician,
      );
    }
  });

  it('has the same {placeholders} in both audiences', () => {
    for (const { id, words } of entries()) {
      if (typeof words === 'string') continue;
      expect(placeholders(words.learner), id).toEqual(
        placeholders(words.clinician),
      );
    }
  });

  it('puts the first load words in uiWords, and only those', () => {
    const spread = tables.filter(({ name }) =>
      readFileSync(join(dir, 'index.ts'), 'utf8').includes(`...${name},`),
    );
    expect(Object.keys(uiWords).sort()).toEqual(
      spread.flatMap((t) => Object.keys(t.words)).sort(),
    );
  });
});

// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { prerenderApp } from '../../scripts/vite/prerender.ts';

// The production app loads no content schema: the build checks the content
// (scripts/vite/prerender.ts) and must fail, naming the node and the field,
// when it is malformed.
const root = mkdtempSync(join(tmpdir(), 'prerender-check-'));
writeFileSync(
  join(root, 'entry.ts'),
  "export const render = () => '<p>first screen</p>';",
);
writeFileSync(
  join(root, 'bad.ts'),
  `export function validateContent() {
    throw new Error('Content node "cause.cmv": field "text.learner" Too small');
  }`,
);
writeFileSync(join(root, 'good.ts'), 'export function validateContent() {}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function build(validate: string) {
  const plugin = prerenderApp({
    root,
    entry: '/entry.ts',
    validate,
    plugins: () => [],
  });
  (plugin.configResolved as (c: ResolvedConfig) => void)({
    root,
  } as ResolvedConfig);
  const { handler } = plugin.transformIndexHtml as {
    handler: (html: string) => Promise<string>;
  };
  return handler('<body><div id="root"></div></body>');
}

describe('the build checks the content', () => {
  it('fails on malformed content, naming the node and the field', async () => {
    await expect(build('/bad.ts')).rejects.toThrow(/cause\.cmv.*text\.learner/);
  });

  it('prerenders the first screen when the content passes', async () => {
    expect(await build('/good.ts')).toContain(
      '<div id="root" data-prerendered><p>first screen</p></div>',
    );
  });
});

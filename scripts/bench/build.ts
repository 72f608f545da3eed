import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository root (this file is scripts/bench/build.ts). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A production build with a manifest, using the app's vite.config.ts, into
 * its own `outDir` (never dist/ or dist-e2e/). `root` builds another page
 * (the floor app) with the same config and tools. A relative `outDir` is
 * resolved from the repository root.
 *
 * @example
 * await buildWithManifest({ outDir: 'node_modules/.tmp/bench-app' });
 */
export async function buildWithManifest({
  outDir,
  root = repoRoot,
  minify = true,
}: {
  outDir: string;
  root?: string;
  /** False for readable function names in CPU profiles. */
  minify?: boolean;
}): Promise<void> {
  // Vite keeps an existing NODE_ENV; under Vitest it is 'test', which would
  // ship React's development build and overstate the size.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(
        new URL('../../vite.config.ts', import.meta.url),
      ),
      root,
      logLevel: 'silent',
      build: {
        outDir: resolve(repoRoot, outDir),
        emptyOutDir: true,
        manifest: true,
        chunkSizeWarningLimit: 4000,
        minify,
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { buildWithManifest } from '../../scripts/bench/build.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const outDir = 'dist-e2e';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

let server: PreviewServer | undefined;

/** Builds the app once and serves the build on 127.0.0.1 for the e2e tests. */
export async function setup(project: TestProject) {
  // The production build users get (React's production mode, no review
  // records), not Vitest's NODE_ENV=test build.
  await buildWithManifest({ outDir });
  const port = await freePort();
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  await server?.close();
}

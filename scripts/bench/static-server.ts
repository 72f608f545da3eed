import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a build directory on 127.0.0.1 the way a static host would: gzip
 * when asked, immutable caching for hashed assets, index.html for
 * extension-less paths. Closes itself after `lifetimeMs` at the latest.
 *
 * @example
 * const server = await serveDir('node_modules/.tmp/bench-app');
 * try { await fetch(server.url); } finally { await server.close(); }
 */
export async function serveDir(
  dir: string,
  { lifetimeMs = 15 * 60_000 } = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(
      new URL(req.url ?? '/', 'http://x').pathname,
    );
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const isFile = (f: string) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    };
    if (!isFile(file)) {
      if (extname(path) !== '') {
        res.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (
      compressible.has(ext) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      const cached = gzipCache.get(file) ?? gzipSync(body, { level: 9 });
      gzipCache.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const close = () =>
    new Promise<void>((done) => {
      clearTimeout(deadline);
      server.closeAllConnections();
      server.close(() => done());
    });
  const deadline = setTimeout(() => void close(), lifetimeMs);
  deadline.unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close };
}

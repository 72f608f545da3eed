import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';

export type AssetKind = 'html' | 'js' | 'css';

/** One built file and what it costs on the wire. */
export interface Asset {
  file: string;
  kind: AssetKind;
  raw: number;
  gzip: number;
}

/** A set of files fetched together, with totals in bytes. */
export interface Transfer {
  files: Asset[];
  raw: number;
  gzip: number;
  byKind: Record<AssetKind, { raw: number; gzip: number }>;
}

/** A lazily loaded chunk: what it adds on top of the first load. */
export interface LazyView extends Transfer {
  /** The dynamically imported module (manifest key), e.g. `src/features/map/algorithm-map.tsx`. */
  module: string;
  /** The module's own chunk file, or null when it has none. */
  chunk: string | null;
  /** True when the module ships in the first load after all. */
  inFirstLoad: boolean;
}

export interface LoadAnalysis {
  firstLoad: Transfer;
  lazy: LazyView[];
}

const gzipOf = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function kindOf(file: string): AssetKind | null {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  return null;
}

/** The script, stylesheet and modulepreload URLs index.html asks for. */
export function htmlAssetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}=["']([^"']+)["']`).exec(tag)?.[1];
    if (tag.startsWith('<script')) {
      const src = attr('src');
      if (src) urls.push(src);
      continue;
    }
    const rel = attr('rel')?.split(/\s+/) ?? [];
    const href = attr('href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) {
      urls.push(href);
    }
  }
  return urls;
}

/** A chunk's file, its CSS and its static imports' files, transitively. */
function staticClosure(manifest: Manifest, key: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`The Vite manifest has no chunk ${k}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

function transferOf(outDir: string, files: Iterable<string>): Transfer {
  const byKind = {
    html: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
  };
  const assets: Asset[] = [];
  for (const file of [...files].sort()) {
    const kind = kindOf(file);
    if (!kind) continue;
    const bytes = readFileSync(join(outDir, file));
    const asset = { file, kind, raw: bytes.length, gzip: gzipOf(bytes) };
    assets.push(asset);
    byKind[kind].raw += asset.raw;
    byKind[kind].gzip += asset.gzip;
  }
  return {
    files: assets,
    raw: assets.reduce((sum, a) => sum + a.raw, 0),
    gzip: assets.reduce((sum, a) => sum + a.gzip, 0),
    byKind,
  };
}

/**
 * What a first visit downloads (index.html, the files it references and the
 * entry's static imports per the Vite manifest), and what each dynamic
 * import adds on top. Needs a build made with `build.manifest: true`.
 * Sizes are bytes; gzip is zlib level 9.
 *
 * @example
 * const { firstLoad, lazy } = analyzeBuild('node_modules/.tmp/bench-app');
 * console.log(firstLoad.gzip, lazy.map((v) => v.module));
 */
export function analyzeBuild(outDir: string): LoadAnalysis {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');

  const first = new Set<string>(['index.html']);
  for (const url of htmlAssetUrls(html)) first.add(url.replace(/^\//, ''));
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  if (entries.length === 0) throw new Error('The Vite manifest has no entry');
  const referenced = new Set(first);
  // The entry's stylesheet arrives by a <link> in index.html, or inlined
  // into it: then index.html already counts its bytes, and no lazy view
  // downloads it either.
  const inlined = new Set<string>();
  for (const entry of entries) {
    for (const file of staticClosure(manifest, entry)) {
      if (file.endsWith('.css') && !referenced.has(file)) inlined.add(file);
      else first.add(file);
    }
  }

  const dynamic = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    for (const d of chunk.dynamicImports ?? []) dynamic.add(d);
  }
  const lazy = [...dynamic].sort().map((module) => {
    // No chunk of its own: the module is also imported statically and was
    // bundled into a first-load chunk.
    const chunk = manifest[module]?.file ?? null;
    const files = chunk
      ? [...staticClosure(manifest, module)].filter(
          (f) => !first.has(f) && !inlined.has(f),
        )
      : [];
    return {
      module,
      chunk,
      inFirstLoad: chunk === null || first.has(chunk),
      ...transferOf(outDir, files),
    };
  });

  return { firstLoad: transferOf(outDir, first), lazy };
}

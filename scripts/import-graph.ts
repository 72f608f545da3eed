/**
 * The import graph of src/ by part (app, each feature, shared/lib,
 * shared/ui, machines, content), with the files behind each edge and the
 * edges the zones forbid (a feature importing another feature or app/;
 * shared/ importing a feature or app/).
 *
 *   npm run import-graph            # this checkout
 *   npm run import-graph -- <root>  # another checkout (e.g. a git worktree of an older commit)
 *   npm run import-graph -- --mermaid
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const mermaid = args.includes('--mermaid');
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The part of the app a file belongs to. */
function partOf(file: string): string {
  const path = relative(root, file).split('\\').join('/');
  const [top, second, third] = path.split('/');
  if (top !== 'src') return top ?? path;
  if (second === 'features' || second === 'shared') return `${second}/${third}`;
  if (second && !second.includes('.')) return second;
  return 'src (entry)';
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

const edges = new Map<string, Set<string>>();
for (const file of sourceFiles(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    if (!specifier) continue;
    const target = resolve(dirname(file), specifier);
    const from = partOf(file);
    const to = partOf(target);
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    const files = edges.get(key) ?? new Set<string>();
    files.add(
      `${relative(root, file)} -> ${relative(root, target)}`
        .split('\\')
        .join('/'),
    );
    edges.set(key, files);
  }
}

/** Why an edge breaks the zones, or null. */
function violation(from: string, to: string): string | null {
  const feature = (part: string) => part.startsWith('features/');
  if (feature(from) && feature(to)) return 'feature -> another feature';
  if ((feature(from) || from.startsWith('shared/')) && to === 'app')
    return `${from.split('/')[0]} -> app`;
  if (from.startsWith('shared/') && feature(to)) return 'shared -> feature';
  return null;
}

const sorted = [...edges.entries()].sort(([a], [b]) => a.localeCompare(b));
if (mermaid) {
  console.log('flowchart LR');
  for (const [key] of sorted) {
    const [from = '', to = ''] = key.split(' -> ');
    const id = (part: string) => part.replace(/[^a-z]/gi, '_');
    const arrow = violation(from, to) ? '-. forbidden .->' : '-->';
    console.log(`  ${id(from)}["${from}"] ${arrow} ${id(to)}["${to}"]`);
  }
} else {
  let forbidden = 0;
  for (const [key, files] of sorted) {
    const [from = '', to = ''] = key.split(' -> ');
    const why = violation(from, to);
    if (why) forbidden += 1;
    console.log(
      `${key} (${files.size} import${files.size === 1 ? '' : 's'})${why ? `  FORBIDDEN: ${why}` : ''}`,
    );
    if (why) for (const line of files) console.log(`    ${line}`);
  }
  console.log(
    `\n${sorted.length} edges between parts, ${forbidden} forbidden.`,
  );
}

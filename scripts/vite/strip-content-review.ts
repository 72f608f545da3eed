import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Removes the editorial `review` records from content nodes in the browser
 * build: the app never shows them, and they cost first-load bytes. They stay
 * in content/ (for editors), in the tests and in the CLI, which run the
 * source as written.
 */
export function stripContentReview(): Plugin {
  return {
    name: 'strip-content-review',
    apply: 'build',
    transform(code, id) {
      if (!/\/content\/nodes\/[^/]+\.ts$/.test(id)) return null;
      const stripped = stripReviewProperties(code, id);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/** The code without `review: {...}` on object literals that have an `id`. */
export function stripReviewProperties(code: string, fileName = 'x.ts'): string {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
  );
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const named = (p: ts.ObjectLiteralElementLike, name: string) =>
        ts.isPropertyAssignment(p) &&
        ts.isIdentifier(p.name) &&
        p.name.text === name;
      if (node.properties.some((p) => named(p, 'id'))) {
        for (const p of node.properties) {
          if (!named(p, 'review')) continue;
          let end = p.getEnd();
          if (code[end] === ',') end += 1;
          cuts.push([p.getFullStart(), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}

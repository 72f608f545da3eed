import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import {
  audienceFields as audienceFieldList,
  type LearnerTexts,
} from '../../content/schema.ts';

export type { LearnerTexts };

const virtualId = 'virtual:content-learner';
const resolvedId = `\0${virtualId}`;
const audienceFields = new Set<string>(audienceFieldList);

/**
 * Moves the learner wording of the content nodes out of the first load: the
 * browser build ships nodes with `learner: ''` and the learner texts in a
 * lazy chunk (`virtual:content-learner`) that src/app/learner-texts.ts
 * installs right after the first paint (and before a learner's session is
 * shown). Tests and the CLI run the content as written.
 */
export function splitLearnerText(contentDir: string): Plugin {
  let isBuild = false;
  return {
    name: 'split-learner-text',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId: (id) => (id === virtualId ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      const nodesDir = join(contentDir, 'nodes');
      const texts: LearnerTexts = {};
      for (const file of readdirSync(nodesDir).filter((f) =>
        f.endsWith('.ts'),
      )) {
        const path = join(nodesDir, file);
        this.addWatchFile(path);
        Object.assign(
          texts,
          splitLearner(readFileSync(path, 'utf8'), path).texts,
        );
      }
      // JSON.parse of a string literal is quicker to load than the same
      // object literal (one scan, no JavaScript parse).
      return `export const learnerTexts = JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
    transform(code, id) {
      if (!isBuild || !/\/content\/nodes\/[^/]+\.ts$/.test(id)) return null;
      const { code: out } = splitLearner(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Finds `learner: '...'` in the label/text/rationale of object literals with
 * a literal `id`, returns those texts and the code with them emptied.
 */
export function splitLearner(
  code: string,
  fileName = 'x.ts',
): { code: string; texts: LearnerTexts } {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
  );
  const texts: LearnerTexts = {};
  const cuts: [number, number][] = [];
  const prop = (o: ts.ObjectLiteralExpression, name: string) =>
    o.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) &&
        ts.isIdentifier(p.name) &&
        p.name.text === name,
    );
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const idProp = prop(node, 'id');
      if (idProp && ts.isStringLiteralLike(idProp.initializer)) {
        const id = idProp.initializer.text;
        for (const p of node.properties) {
          if (
            !ts.isPropertyAssignment(p) ||
            !ts.isIdentifier(p.name) ||
            !audienceFields.has(p.name.text) ||
            !ts.isObjectLiteralExpression(p.initializer)
          ) {
            continue;
          }
          const learner = prop(p.initializer, 'learner');
          if (!learner || !ts.isStringLiteralLike(learner.initializer))
            continue;
          (texts[id] ??= {})[p.name.text as 'label'] = learner.initializer.text;
          cuts.push([
            learner.initializer.getStart(),
            learner.initializer.getEnd(),
          ]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    out = `${out.slice(0, start)}''${out.slice(end)}`;
  }
  return { code: out, texts };
}

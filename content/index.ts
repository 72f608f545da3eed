import type {
  Audience,
  AudienceField,
  ContentNode,
  ContentNodeInput,
  LearnerTexts,
  Reference,
} from './schema.ts';
import { staticContentIds, type ContentId } from './ids.ts';
import { references as referenceInputs } from './references.ts';
import { consultNodeFiles } from './nodes/consult-files.ts';
import { ContentError } from './content-error.ts';

export { ContentError };

/**
 * The content as authored, looked up by id. The consult's node files load
 * here; the summary's are added by `installNodes` when a module that reads
 * them loads (content/summary-content.ts, imported by the rules), so in the
 * browser they arrive with the summary, not the first screen. The content is
 * validated against the zod schema by `validateContent()`
 * (content/validate.ts): in the tests, by the CLI before it runs, and by the
 * app right after its first paint, so the schema stays out of the first load.
 */
const loaded = {
  nodes: new Map(consultNodeFiles.flat().map((n) => [n.id, n as ContentNode])),
  references: new Map(referenceInputs.map((r) => [r.id, r as Reference])),
};

/** Learner wording installed before the nodes it belongs to (applied on install). */
let learnerTexts: Readonly<LearnerTexts> = {};

/**
 * Adds node files to the content (the summary's), with any learner wording
 * already installed; then every id of the vocabulary must have its node.
 */
export function installNodes(files: readonly (readonly ContentNodeInput[])[]) {
  for (const node of files.flat()) {
    loaded.nodes.set(node.id, node as ContentNode);
  }
  applyLearnerTexts(learnerTexts);
  const missing = staticContentIds.filter((id) => !loaded.nodes.has(id));
  if (missing.length > 0) {
    throw new ContentError(
      `Content is missing nodes for ids: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}`,
    );
  }
}

/** Every content node, by id. */
export const contentNodes: ReadonlyMap<string, ContentNode> = loaded.nodes;
/** The one reference list, by id, in citation order. */
export const referenceList: ReadonlyMap<string, Reference> = loaded.references;

let usage: Set<string> | null = null;

/**
 * Runs `fn` and returns the ids of every node it looked up: the tests use it
 * to prove each node is used by the rules or the machine.
 */
export function recordContentUse(fn: () => void): Set<string> {
  const previous = usage;
  const used = new Set<string>();
  usage = used;
  try {
    fn();
  } finally {
    usage = previous;
  }
  return used;
}

/** The node with this id (the id type guarantees it exists). */
export function getNode(id: ContentId): ContentNode {
  const node = loaded.nodes.get(id);
  if (!node) throw new ContentError(`Content node "${id}" does not exist`);
  usage?.add(id);
  return node;
}

/** The node's short label for an audience. */
export function labelOf(id: ContentId, audience: Audience): string {
  const { label } = getNode(id);
  return label[audience] || label.clinician;
}

/** The node's "why we ask / why it matters" for an audience ('' if none). */
export function rationaleOf(id: ContentId, audience: Audience): string {
  const { rationale } = getNode(id);
  return rationale ? rationale[audience] || rationale.clinician : '';
}

/** The node's full text for an audience, with `{placeholders}` filled. */
export function textOf(
  id: ContentId,
  audience: Audience,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const { text } = getNode(id);
  return fillTemplate(text[audience] || text.clinician, params);
}

/** Fills `{name}` placeholders; an unknown placeholder is an error. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) {
      throw new ContentError(`Template placeholder "{${key}}" has no value`);
    }
    return String(value);
  });
}

/**
 * True when the learner wording has not been installed yet: the browser
 * build ships it in a lazy chunk (scripts/vite/split-learner-text.ts).
 * Until then the learner sees the clinician wording, never a blank.
 */
export function learnerTextsMissing(): boolean {
  return getNode('app.disclaimer').text.learner === '';
}

function applyLearnerTexts(texts: Readonly<LearnerTexts>): void {
  for (const [id, fields] of Object.entries(texts)) {
    const node = loaded.nodes.get(id);
    if (!node) continue;
    for (const [field, learner] of Object.entries(fields)) {
      const target = node[field as AudienceField];
      if (target && learner) target.learner = learner;
    }
  }
}

/** Installs the learner wording shipped apart from the first load. */
export function installLearnerTexts(texts: Readonly<LearnerTexts>): void {
  learnerTexts = texts;
  applyLearnerTexts(texts);
}

/** The node's citations (reference ids). */
export function citationsOf(id: ContentId): readonly string[] {
  return getNode(id).citations;
}

export type {
  Audience,
  ContentNode,
  LearnerTexts,
  Reference,
} from './schema.ts';
export type { ContentId } from './ids.ts';

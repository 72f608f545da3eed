import {
  contentNodeSchema,
  referenceSchema,
  type Audience,
  type ContentNode,
  type ContentNodeInput,
  type Reference,
  type ReferenceInput,
} from './schema.ts';
import { staticContentIds, type ContentId } from './ids.ts';
import { references as referenceInputs } from './references.ts';
import { reasonNodes } from './nodes/reasons.ts';
import { nodeFiles } from './nodes/all.ts';

/** Thrown when content fails validation; names the node and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Validates node and reference inputs and returns them as lookup maps.
 * Fails loudly with the node id and the field path of the first problem.
 *
 * @example
 * const { nodes } = loadContent(allNodeInputs, referenceInputs);
 * nodes.get('question.findings')?.text.clinician;
 */
export function loadContent(
  nodeInputs: readonly ContentNodeInput[],
  refInputs: readonly ReferenceInput[],
): { nodes: Map<string, ContentNode>; references: Map<string, Reference> } {
  const references = new Map<string, Reference>();
  for (const input of refInputs) {
    const parsed = referenceSchema.safeParse(input);
    if (!parsed.success) {
      throw new ContentError(
        `Reference "${String((input as { id?: unknown }).id)}": ${describe(parsed.error)}`,
      );
    }
    if (references.has(parsed.data.id)) {
      throw new ContentError(`Reference "${parsed.data.id}": duplicate id`);
    }
    references.set(parsed.data.id, parsed.data);
  }
  const nodes = new Map<string, ContentNode>();
  for (const input of nodeInputs) {
    const id = String((input as { id?: unknown }).id);
    const parsed = contentNodeSchema.safeParse(input);
    if (!parsed.success) {
      throw new ContentError(`Content node "${id}": ${describe(parsed.error)}`);
    }
    const node = parsed.data;
    if (nodes.has(node.id)) {
      throw new ContentError(`Content node "${node.id}": duplicate id`);
    }
    if (!node.id.startsWith(`${node.kind}.`)) {
      throw new ContentError(
        `Content node "${node.id}": field "kind" (${node.kind}) does not match the id prefix`,
      );
    }
    if (
      (node.kind === 'question' || node.kind === 'phase') &&
      !node.rationale
    ) {
      throw new ContentError(
        `Content node "${node.id}": field "rationale" is required on ${node.kind} nodes`,
      );
    }
    for (const [i, ref] of node.citations.entries()) {
      if (!references.has(ref)) {
        throw new ContentError(
          `Content node "${node.id}": field "citations.${i}" names unknown reference "${ref}"`,
        );
      }
    }
    nodes.set(node.id, node);
  }
  return { nodes, references };
}

function describe(error: {
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    keys?: readonly string[];
  }[];
}): string {
  return error.issues
    .flatMap((i) => {
      const at = i.path.map(String);
      // A misspelt field is reported at its parent: name the field itself.
      if (i.keys) {
        return i.keys.map(
          (key) => `field "${[...at, key].join('.')}" is not a known field`,
        );
      }
      return [`field "${at.join('.') || '(root)'}" ${i.message}`];
    })
    .join('; ');
}

const loaded = loadContent(
  [...nodeFiles.flat(), ...reasonNodes],
  referenceInputs,
);

const missing = staticContentIds.filter((id) => !loaded.nodes.has(id));
if (missing.length > 0) {
  throw new ContentError(
    `Content is missing nodes for ids: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''}`,
  );
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
  return getNode(id).label[audience];
}

/** The node's full text for an audience, with `{placeholders}` filled. */
export function textOf(
  id: ContentId,
  audience: Audience,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(getNode(id).text[audience], params);
}

/** Fills `{name}` placeholders; an unknown placeholder is an error. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) {
      throw new ContentError(`Template placeholder "{${key}}" has no value`);
    }
    return String(value);
  });
}

/** The node's citations (reference ids). */
export function citationsOf(id: ContentId): readonly string[] {
  return getNode(id).citations;
}

export type { Audience, ContentNode, Reference } from './schema.ts';
export type { ContentId } from './ids.ts';

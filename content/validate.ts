import {
  contentNodeSchema,
  referenceSchema,
  type ContentNode,
  type ContentNodeInput,
  type Reference,
  type ReferenceInput,
} from './schema.ts';
import { references as referenceInputs } from './references.ts';
import { nodeFiles } from './nodes/all.ts';
// Every node installed (the summary's too), with the learner wording the
// browser installs after the first paint, before the nodes are checked.
import './summary-content.ts';
import { ContentError } from './content-error.ts';

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
): {
  nodes: Map<string, ContentNode>;
  references: Map<string, Reference>;
} {
  const references = new Map<string, Reference>();
  for (const input of refInputs) {
    const parsed = referenceSchema.safeParse(input);
    if (!parsed.success) {
      throw new ContentError(
        `Reference "${String((input as { id?: unknown }).id)}": ${describeIssues(parsed.error)}`,
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
      throw new ContentError(
        `Content node "${id}": ${describeIssues(parsed.error)}`,
      );
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

/** A zod error as `field "a.b" message`, the path under `prefix`. */
export function describeIssues(
  error: {
    issues: readonly {
      path: readonly PropertyKey[];
      message: string;
      keys?: readonly string[];
    }[];
  },
  prefix: readonly string[] = [],
): string {
  return error.issues
    .flatMap((i) => {
      const at = [...prefix, ...i.path.map(String)];
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

/**
 * Validates all the app's content nodes and references against the schema;
 * throws a ContentError naming the first bad node and field. The review
 * records are checked apart, in Node only (`validateReviews()` in
 * content/review/index.ts): the app never carries them.
 *
 * @example
 * validateContent(); // throws on a malformed node
 */
export function validateContent(): void {
  loadContent(nodeFiles.flat(), referenceInputs);
}

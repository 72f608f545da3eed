import type { ContentNodeInput, ReferenceInput } from '../../content/schema.ts';

/** A valid node to break one field at a time. */
export function validNode(
  overrides: Partial<ContentNodeInput> = {},
): ContentNodeInput {
  return {
    id: 'finding.ascites',
    kind: 'finding',
    label: { clinician: 'Ascites', learner: 'Fluid in the belly' },
    text: { clinician: 'Text.', learner: 'Plain text.' },
    citations: ['test-ref'],
    ...overrides,
  };
}

export const testReference: ReferenceInput = {
  id: 'test-ref',
  title: 'A reference',
  status: 'traceable',
};

/** Every user-visible string of a node: label, text, rationale. */
export function shownStrings(node: {
  label: { clinician: string; learner: string };
  text: { clinician: string; learner: string };
  rationale?: { clinician: string; learner: string } | undefined;
}): string[] {
  return [node.label, node.text, node.rationale].flatMap((t) =>
    t ? [t.clinician, t.learner] : [],
  );
}

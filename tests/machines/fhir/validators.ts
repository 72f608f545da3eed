import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import {
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import type { Resource } from 'fhir/r4';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../fixtures/fhir-r4/${name}`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;

const require = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
// The official file names itself with draft-04's `id`; ajv 8 wants `$id`.
const { id, ...schema } = fixture('fhir.schema.trimmed.json');
const schemaCheck = ajv.compile({ ...schema, $id: id as string });

indexStructureDefinitionBundle(
  fixture('structure-definitions.trimmed.json') as never,
);

/**
 * Problems the official HL7 R4 JSON schema finds (ajv), as readable lines;
 * [] when the resource is valid.
 */
export function schemaProblems(resource: unknown): string[] {
  if (schemaCheck(resource)) return [];
  return (schemaCheck.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}

/**
 * Problems the R4 StructureDefinitions find (@medplum/core's
 * validateResource: cardinality, types, invariants); [] when valid.
 */
export function structureProblems(resource: unknown): string[] {
  try {
    return validateResource(resource as Resource as never)
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.expression?.join(',')} ${i.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: unknown[] } }).outcome;
    return outcome?.issue
      ? outcome.issue.map((i) => JSON.stringify(i))
      : [String(error)];
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { compileErrors, validate } from '@readme/openapi-parser';
import { test } from '@playwright/test';

import { expect } from '../../src/schema/matcher.ts';
import { isSchemaName, validateAgainst, type SchemaName } from '../../src/schema/registry.ts';

const SCHEMA_DIRECTORY = new URL('../../schemas/', import.meta.url);
const OPENAPI_URL = new URL('openapi.json', SCHEMA_DIRECTORY);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Reference {
  /** JSON pointer of the object that contains the `$ref`. */
  readonly at: string;
  readonly ref: string;
}

function readOpenApi(): { [key: string]: Json } {
  return JSON.parse(readFileSync(OPENAPI_URL, 'utf8')) as { [key: string]: Json };
}

function collectReferences(value: Json, at = ''): Reference[] {
  if (value === null || typeof value !== 'object') return [];

  const references: Reference[] = [];
  if (!Array.isArray(value) && typeof value.$ref === 'string') references.push({ at, ref: value.$ref });

  for (const [key, child] of Object.entries(value)) {
    references.push(...collectReferences(child, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
  }
  return references;
}

function resolvePointer(document: Json, fragment: string): Json | undefined {
  let current: Json | undefined = document;
  for (const token of fragment.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;

    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    current = Array.isArray(current) ? current[Number(key)] : current[key];
  }
  return current;
}

/** Maps `./customer.schema.json` to the registry name `customer`, or undefined for any other ref. */
function schemaNameOf(ref: string): SchemaName | undefined {
  const match = /^\.\/([a-z.-]+)\.schema\.json$/.exec(ref);
  const name = match?.[1];
  return name !== undefined && isSchemaName(name) ? name : undefined;
}

test('openapi document passes @readme/openapi-parser validation', async () => {
  const result = await validate(fileURLToPath(OPENAPI_URL));

  expect(result.valid, compileErrors(result)).toBe(true);
  expect(result.warnings).toEqual([]);
});

test('every local $ref resolves inside the document', () => {
  const document = readOpenApi();

  const local = collectReferences(document).filter(({ ref }) => ref.startsWith('#'));

  expect(local.length).toBeGreaterThan(0);
  for (const { at, ref } of local) {
    expect(resolvePointer(document, ref.slice(1)), `${ref} at ${at}`).toBeDefined();
  }
});

test('every file $ref resolves to a registered schema file', () => {
  const external = collectReferences(readOpenApi()).filter(({ ref }) => !ref.startsWith('#'));

  expect(external.length).toBeGreaterThan(0);
  for (const { at, ref } of external) {
    expect(schemaNameOf(ref), `${ref} at ${at} names a registered schema`).toBeDefined();
    expect(existsSync(new URL(ref, SCHEMA_DIRECTORY)), `${ref} at ${at} exists`).toBe(true);
  }
});

test('schemas that openapi references have only local $refs', () => {
  // Parsers that honour $id resolve a file $ref against the .invalid host of the $id, so a
  // referenced schema that points at another file cannot be loaded by them.
  const referenced = new Set(collectReferences(readOpenApi()).map(({ ref }) => schemaNameOf(ref)));

  for (const name of referenced) {
    if (name === undefined) continue;
    const schema = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIRECTORY), 'utf8')) as Json;

    const fileRefs = collectReferences(schema).filter(({ ref }) => !ref.startsWith('#'));

    expect(fileRefs, `${name}.schema.json`).toEqual([]);
  }
});

test('openapi declares the three customer operations', () => {
  const { paths } = readOpenApi() as { paths: Record<string, Record<string, { operationId?: string }>> };

  expect(paths['/customers/{customer_id}']?.get?.operationId).toBe('getCustomer');
  expect(paths['/customers']?.post?.operationId).toBe('createCustomer');
  expect(paths['/customers/{customer_id}']?.post?.operationId).toBe('updateCustomer');
});

test('get customer declares every documented status', () => {
  const { paths } = readOpenApi() as { paths: Record<string, Record<string, { responses: object }>> };

  const statuses = Object.keys(paths['/customers/{customer_id}']?.get?.responses ?? {});

  expect(statuses).toEqual(['200', '400', '401', '403', '404']);
});

test('openapi lists the local server first', () => {
  const { servers } = readOpenApi() as { servers: { url: string }[] };

  expect(servers.map(({ url }) => url)).toEqual([
    'http://127.0.0.1:{port}',
    'https://sandbox.juspay.in',
    'https://api.juspay.in',
  ]);
});

test('every response example validates against its schema', () => {
  const mediaTypes = collectJsonMediaTypes(readOpenApi());
  const examples = mediaTypes.flatMap(({ at, schemas, examples: named }) =>
    Object.entries(named).map(([name, value]) => ({ at: `${at}/examples/${name}`, schemas, value })),
  );

  expect(examples.length).toBeGreaterThanOrEqual(12);
  for (const { at, schemas, value } of examples) {
    const matching = schemas.filter((schema) => validateAgainst(schema, value).length === 0);

    expect(matching, `${at} matches exactly one of ${schemas.join(', ')}`).toHaveLength(1);
  }
});

interface JsonMediaType {
  readonly at: string;
  /** The schema files the media type's schema points at, directly or through `oneOf`. */
  readonly schemas: SchemaName[];
  /** Example values by name, with `$ref`s to components already followed. */
  readonly examples: Record<string, Json>;
}

/** Finds every `application/json` media type object whose schema points at schema files. */
function collectJsonMediaTypes(document: { [key: string]: Json }): JsonMediaType[] {
  const found: JsonMediaType[] = [];

  const visit = (value: Json, at: string): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;

    const mediaType = (value.content as { [key: string]: Json } | undefined)?.['application/json'] as
      | { schema?: { $ref?: string; oneOf?: { $ref: string }[] }; examples?: Record<string, { value?: Json; $ref?: string }> }
      | undefined;
    if (mediaType?.schema !== undefined) {
      const refs = mediaType.schema.oneOf?.map(({ $ref }) => $ref) ?? [mediaType.schema.$ref ?? ''];
      const schemas = refs.map(schemaNameOf).filter((name) => name !== undefined);
      const examples: Record<string, Json> = {};
      for (const [name, example] of Object.entries(mediaType.examples ?? {})) {
        const resolved = example.$ref === undefined ? example : (resolvePointer(document, example.$ref.slice(1)) as { value?: Json });
        examples[name] = resolved.value ?? null;
      }
      if (schemas.length > 0) found.push({ at: `${at}/content/application~1json`, schemas, examples });
    }

    for (const [key, child] of Object.entries(value)) visit(child, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  };

  visit(document, '');
  return found;
}

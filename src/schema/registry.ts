/**
 * The schema registry: every JSON Schema under schemas/, loaded and compiled once when this
 * module loads, and looked up by name. A schema that is missing, malformed or breaks ajv's strict
 * mode makes the import fail, so no test runs against a half-loaded registry.
 */

import { readFileSync } from 'node:fs';

import { Ajv2020, type AnySchemaObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

import { toSchemaIssues, type SchemaIssue } from './issues.ts';

export type { SchemaIssue } from './issues.ts';

/**
 * ajv-formats is CommonJS. Node's ESM import makes module.exports the default import, while its
 * types declare the plugin as that object's `default` property, which the package also sets.
 */
const addFormats = ajvFormats.default;

/**
 * Every schema, by name. A name maps to the file `schemas/<name>.schema.json`. A `.strict` name is
 * the variant that rejects fields beyond the documented ones.
 */
export const SCHEMA_NAMES = [
  'customer',
  'customer.strict',
  'token',
  'token.strict',
  'timestamp',
  'error.not-found',
  'error.not-found.strict',
  'error.access-denied',
  'error.access-denied.strict',
  'error.bad-origin',
  'error.bad-origin.strict',
  'error.bad-request',
  'error.bad-request.strict',
  'error.already-exists',
  'error.already-exists.strict',
  'error.invalid-input',
  'error.invalid-input.strict',
] as const;

export type SchemaName = (typeof SCHEMA_NAMES)[number];

/**
 * Base of every schema's `$id`. The ids are names only: `.invalid` is a reserved top-level domain
 * that never resolves, so a tool that tries to fetch one fails instead of reaching a host. ajv
 * resolves every `$ref` among the loaded schemas. Tools that honour `$id`, such as
 * @readme/openapi-parser 9, resolve a relative `$ref` against it too, which is why the schemas
 * that openapi.json references contain no `$ref` to another file.
 */
export const SCHEMA_ID_BASE = 'https://get-customer-conformance.invalid/schemas/';

/** Raised when a schema file cannot be read, parsed or compiled, which makes the import of this module fail. */
export class SchemaLoadError extends Error {
  override readonly name = 'SchemaLoadError';
  readonly code = 'SCHEMA_LOAD_FAILED';
}

/** Raised when a caller asks for a schema name that is not in `SCHEMA_NAMES`. */
export class UnknownSchemaError extends Error {
  override readonly name = 'UnknownSchemaError';
  readonly code = 'SCHEMA_UNKNOWN';

  constructor(readonly schemaName: string) {
    super(`Schema "${schemaName}" is unknown. Use one of: ${SCHEMA_NAMES.join(', ')}.`);
  }
}

export function isSchemaName(value: string): value is SchemaName {
  return (SCHEMA_NAMES as readonly string[]).includes(value);
}

/** Location of a schema's file, relative to this module so that it works from any working directory. */
export function schemaFileUrl(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

export function schemaId(name: SchemaName): string {
  return `${SCHEMA_ID_BASE}${name}.schema.json`;
}

/**
 * Creates an ajv instance with the registry's options. `strict` turns unknown keywords, ignored
 * keywords and type mix-ups in a schema into compile errors. `allErrors` reports every mismatch
 * of a body instead of the first, which is what a conformance report needs. `allowUnionTypes`
 * permits `type: ["string", "null"]`, the plainest way to say "a string, or null".
 */
export function createSchemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}

/** Reads and parses a schema file and checks that its `$id` is the one its name implies. */
export function readSchemaDocument(name: SchemaName): AnySchemaObject {
  const url = schemaFileUrl(name);

  let document: unknown;
  try {
    document = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new SchemaLoadError(`Schema file ${url.pathname} could not be read as JSON: ${String(error)}. Fix the file.`, {
      cause: error,
    });
  }

  const id = (document as { $id?: unknown } | null)?.$id;
  if (id !== schemaId(name)) {
    throw new SchemaLoadError(
      `Schema file ${url.pathname} has $id ${JSON.stringify(id)}; the registry expects "${schemaId(name)}". Set the $id to match the file name.`,
    );
  }

  return document as AnySchemaObject;
}

function compileAll(): ReadonlyMap<SchemaName, ValidateFunction> {
  const ajv = createSchemaAjv();
  for (const name of SCHEMA_NAMES) ajv.addSchema(readSchemaDocument(name));

  const validators = new Map<SchemaName, ValidateFunction>();
  for (const name of SCHEMA_NAMES) {
    try {
      // getSchema compiles on first use; every later lookup reuses the compiled function.
      const validate = ajv.getSchema(schemaId(name));
      if (validate === undefined) throw new Error('ajv returned no validator');
      validators.set(name, validate);
    } catch (error) {
      throw new SchemaLoadError(`Schema "${name}" does not compile in ajv strict mode: ${String(error)}. Fix the schema file.`, {
        cause: error,
      });
    }
  }

  return validators;
}

const VALIDATORS = compileAll();

/**
 * Validates `data` against the named schema and returns every issue found, in ajv's order. An
 * empty list means the data conforms.
 */
export function validateAgainst(name: SchemaName, data: unknown): SchemaIssue[] {
  const validate = VALIDATORS.get(name);
  if (validate === undefined) throw new UnknownSchemaError(name);

  if (validate(data)) return [];
  return toSchemaIssues(validate.errors ?? [], data);
}

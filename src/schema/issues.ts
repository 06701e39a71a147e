import type { ErrorObject } from 'ajv/dist/2020.js';

import { redactText } from '../redaction/redact.ts';

/** One way a value fails a schema, in the form the suite prints and reports. */
export interface SchemaIssue {
  /** JSON pointer of the field the rule is about, or `(root)` for the whole value. */
  readonly path: string;
  /** The failed keyword and its parameter, such as `pattern ^tkn_[0-9a-f]{32}$` or `required client_auth_token`. */
  readonly rule: string;
  /**
   * The value found at `path`, JSON-encoded, with tokens, credentials, e-mail addresses and
   * mobile numbers masked, then shortened. `(absent)` when the field is missing.
   */
  readonly actual: string;
}

export const ROOT_PATH = '(root)';
export const ABSENT_VALUE = '(absent)';

/** Longest `actual` kept; a whole body would drown the message that names the field. */
const MAX_ACTUAL_LENGTH = 80;

/**
 * Keywords whose error is about one named property of the object at `instancePath`. The issue
 * points at that property, so that the path names the field that is missing or not allowed.
 */
const PROPERTY_PARAMS: Readonly<Record<string, string>> = {
  required: 'missingProperty',
  dependentRequired: 'missingProperty',
  unevaluatedProperties: 'unevaluatedProperty',
  additionalProperties: 'additionalProperty',
};

/**
 * Converts ajv's errors into issues. The same rule failing at the same path is listed once,
 * because a strict schema that extends a default one through `$ref` evaluates the shared rules
 * twice.
 */
export function toSchemaIssues(errors: readonly ErrorObject[], data: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();

  for (const error of errors) {
    const pointer = fieldPointer(error);
    const rule = describeRule(error);
    const key = `${pointer}\u0000${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);

    issues.push({
      path: pointer === '' ? ROOT_PATH : pointer,
      rule,
      actual: describeValue(resolvePointer(data, pointer)),
    });
  }

  return issues;
}

/** Formats an issue as one line: `<field path>: <rule>; actual <value>`. */
export function formatIssue(issue: SchemaIssue): string {
  return `${issue.path}: ${issue.rule}; actual ${issue.actual}`;
}

function fieldPointer(error: ErrorObject): string {
  const paramName = PROPERTY_PARAMS[error.keyword];
  const property = paramName === undefined ? undefined : (error.params as Record<string, unknown>)[paramName];
  if (typeof property !== 'string') return error.instancePath;

  return `${error.instancePath}/${escapePointerToken(property)}`;
}

function describeRule(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    // A `false` subschema is how the schemas forbid a field, such as a top-level `http` key.
    case 'false schema':
      return 'forbidden';
    case 'const':
      return `const ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `enum ${JSON.stringify(params.allowedValues)}`;
    case 'type':
      return `type ${Array.isArray(params.type) ? params.type.join(',') : String(params.type)}`;
  }

  const values = Object.values(params)
    .filter((value) => value !== undefined && value !== null)
    .map((value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)));

  return values.length === 0 ? error.keyword : `${error.keyword} ${values.join(' ')}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return ABSENT_VALUE;

  const masked = redactText(JSON.stringify(value));
  return masked.length <= MAX_ACTUAL_LENGTH ? masked : `${masked.slice(0, MAX_ACTUAL_LENGTH - 1)}…`;
}

function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Returns the value at a JSON pointer (RFC 6901), or undefined when any step is missing. */
function resolvePointer(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;

  let current: unknown = data;
  for (const token of pointer.slice(1).split('/')) {
    if (current === null || typeof current !== 'object') return undefined;

    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }

  return current;
}

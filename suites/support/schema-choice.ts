import type { SchemaName } from '../../src/schema/registry.ts';

/** A schema that has a strict variant, named without the `.strict` suffix. */
export type TolerantSchemaName = Exclude<SchemaName, `${string}.strict`>;

/**
 * Picks the strict variant in strict mode: it rejects unknown fields, which catches drift and
 * misnamed fields such as `email` in place of `email_address`.
 */
export function schemaFor(name: TolerantSchemaName, strict: boolean): SchemaName {
  return strict ? (`${name}.strict` as SchemaName) : name;
}

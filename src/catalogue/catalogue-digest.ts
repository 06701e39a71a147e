import { createHash } from 'node:crypto';

import { CHECKS } from './checks.ts';

/**
 * Serialises a JSON value with object keys sorted at every depth and no whitespace, so that the
 * same catalogue always yields the same bytes whatever order its source lists the fields in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([left], [right]) => compareCodeUnits(left, right))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Orders strings by UTF-16 code unit, like Array.prototype.sort, never by locale. */
function compareCodeUnits(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

/**
 * Returns the sha256, in hex, of the canonical JSON of the check catalogue. Two reports with the
 * same digest were judged against the same ids, levels, sections and behaviours, even where a
 * catalogue change forgot to bump CATALOGUE_VERSION.
 */
export function catalogueDigest(checks: readonly object[] = CHECKS): string {
  return createHash('sha256').update(canonicalJson(checks)).digest('hex');
}

/** One place where the two documents differ; undefined stands for a value that is absent. */
export interface JsonDifference {
  /** RFC 6901 JSON pointer into the compared document. */
  readonly pointer: string;
  readonly direct: unknown;
  readonly proxy: unknown;
}

/**
 * Lists every place where two JSON values differ, by JSON pointer: a missing key, a changed value,
 * or a value of another type, where the comparison stops at that node.
 */
export function findDifferences(direct: unknown, proxy: unknown, pointer = ''): JsonDifference[] {
  if (isObject(direct) && isObject(proxy)) {
    const keys = [...new Set([...Object.keys(direct), ...Object.keys(proxy)])].sort();
    return keys.flatMap((key) => findDifferences(direct[key], proxy[key], `${pointer}/${escapePointerToken(key)}`));
  }
  if (Array.isArray(direct) && Array.isArray(proxy)) {
    const length = Math.max(direct.length, proxy.length);
    return Array.from({ length }, (_, index) => findDifferences(direct[index], proxy[index], `${pointer}/${index}`)).flat();
  }
  return Object.is(direct, proxy) ? [] : [{ pointer, direct, proxy }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function escapePointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

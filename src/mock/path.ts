/** The two resource paths of the Customers API. */
export type Route =
  | { readonly kind: 'customers' }
  | { readonly kind: 'customer'; /** The id segment as sent, still percent-encoded. */ readonly rawId: string };

const COLLECTION_PATH = '/customers';
const ITEM_PREFIX = '/customers/';

/**
 * Matches a request path (without the query) to a route, or returns undefined. The id is one
 * non-empty segment: `/customers/a/b` and `/customers/` match nothing. An encoded slash (`%2F`)
 * stays inside the segment and is decoded only later, by the handler.
 */
export function matchRoute(pathname: string): Route | undefined {
  if (pathname === COLLECTION_PATH) return { kind: 'customers' };
  if (!pathname.startsWith(ITEM_PREFIX)) return undefined;

  const rawId = pathname.slice(ITEM_PREFIX.length);
  if (rawId === '' || rawId.includes('/')) return undefined;
  return { kind: 'customer', rawId };
}

/** Percent-decodes a path segment; returns undefined for malformed encoding such as `%E0%A4%A`. */
export function decodePathSegment(rawSegment: string): string | undefined {
  if (!rawSegment.includes('%')) return rawSegment;
  try {
    return decodeURIComponent(rawSegment);
  } catch {
    return undefined;
  }
}

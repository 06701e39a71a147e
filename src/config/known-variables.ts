/** Every JUSPAY_ variable a user may set; the suite reads each of them through loadConfig. */
export const USER_VARIABLES = [
  'JUSPAY_TARGET',
  'JUSPAY_BASE_URL',
  'JUSPAY_ALLOW_INSECURE_HTTP',
  'JUSPAY_CA_FILE',
  'JUSPAY_API_KEY',
  'JUSPAY_MERCHANT_ID',
  'JUSPAY_CUSTOMER_ID',
  'JUSPAY_CUSTOMER_REFERENCE_ID',
  'JUSPAY_CREATE_CUSTOMER',
  'JUSPAY_ROUTING_ID',
  'JUSPAY_OTHER_MERCHANT_CUSTOMER_ID',
  'JUSPAY_BAD_ORIGIN_API_KEY',
  'JUSPAY_BAD_ORIGIN_MERCHANT_ID',
  'JUSPAY_TIMEOUT_MS',
  'JUSPAY_MAX_BODY_BYTES',
  'JUSPAY_STRICT',
  'JUSPAY_TOKEN_EXPIRY_TOLERANCE_S',
  'JUSPAY_PROXY_AUTH',
  'JUSPAY_PROXY_AUTH_HEADER',
  'JUSPAY_UPSTREAM_ADMIN_URL',
  'JUSPAY_DIRECT_URL',
  'JUSPAY_DIFF_REQUESTS',
] as const;

/** Variables the suite sets for itself between global setup and the workers. */
const INTERNAL_PREFIX = 'JUSPAY_RESOLVED_';

/**
 * Returns the JUSPAY_ variables in `names` that the suite does not know, each with the closest
 * known name, so that a typo such as JUSPAY_BASEURL is reported instead of silently ignored.
 */
export function findUnknownVariables(names: readonly string[]): { name: string; suggestion: string | undefined }[] {
  const known = new Set<string>(USER_VARIABLES);
  return names
    .filter((name) => name.startsWith('JUSPAY_') && !name.startsWith(INTERNAL_PREFIX) && !known.has(name))
    .sort()
    .map((name) => ({ name, suggestion: closestKnownName(name) }));
}

/** Returns the known name within three edits of `name`, if there is one. */
function closestKnownName(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of USER_VARIABLES) {
    const distance = editDistance(name, candidate);
    if (distance <= 3 && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = previous[column - 1]! + (left[row - 1] === right[column - 1] ? 0 : 1);
      current[column] = Math.min(previous[column]! + 1, current[column - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length]!;
}

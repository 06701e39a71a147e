import { MockConfigError } from './config-error.ts';

/**
 * Faults the mock can be started with. Each name is the id of the conformance check it breaks,
 * so the suite can prove that check fails against a target that misbehaves in that one way.
 * Faults act on Get Customer (`GET /customers/{id}`, and `DELETE` on the same path for
 * `method.unsupported`) and never on Create or Update Customer, so fixtures that the suite sets
 * up through those operations keep working while a fault is on.
 */
export const FAULT_NAMES = [
  // A GET with a Content-Type header gets a 415 JSON error.
  'request.content-type-ignored',
  // A lookup by cst_ id returns the customer under a different, well-formed cst_ id.
  'customer.found',
  // A lookup by object_reference_id returns the reference id in place of the cst_ id.
  'customer.by-reference-id',
  // The path segment is not percent-decoded, so `customer%40gmail.com` is not found.
  'customer.reference-id-encoded',
  // mobile_number is sent as a JSON number.
  'customer.shape',
  // last_updated is one day before date_created.
  'customer.timestamps',
  // 200 customer responses carry Content-Type: text/plain; error responses are unchanged.
  'customer.content-type',
  // The juspay object is added even without the token option.
  'token.absent-by-default',
  // The juspay object is left out even when the token option is true.
  'token.issued',
  // Tokens are tkn_ + 32 uppercase hex characters.
  'token.format',
  // The expiry is issue time + 3600 s.
  'token.expiry-15min',
  // The first token minted for a customer is replayed on every later call.
  'token.fresh-per-call',
  // Only the exact lowercase `true` enables the token.
  'token.bool-case',
  // The 404 body has error_code "not_found".
  'error.not-found',
  // Lookups are not scoped to the caller's merchant.
  'error.other-merchant',
  // An unknown, well-formed API key gets a 401 with error_code "unauthorized".
  'auth.wrong-key',
  // A request without Authorization is served for the merchant named in x-merchantid.
  'auth.missing',
  // Basic base64(key) without the trailing colon is rejected with the 401.
  'auth.colon-optional',
  // The 403 bad-origin body also carries status "error".
  'auth.bad-origin',
  // DELETE /customers/{id} returns 500 JSON.
  'method.unsupported',
  // An id that contains a single quote returns a 500 HTML page.
  'input.hostile-id',
] as const;

export type FaultName = (typeof FAULT_NAMES)[number];

export type ActiveFaults = ReadonlySet<FaultName>;

const KNOWN_FAULTS: ReadonlySet<string> = new Set(FAULT_NAMES);

export function isFaultName(value: string): value is FaultName {
  return KNOWN_FAULTS.has(value);
}

/**
 * Validates fault names and returns them as a set. Throws a MockConfigError naming the first
 * unknown one; `setting` names where the list came from, such as "faults" or "MOCK_FAULTS".
 */
export function parseFaults(names: readonly string[], setting = 'faults'): ActiveFaults {
  const active = new Set<FaultName>();

  for (const name of names) {
    if (!isFaultName(name)) {
      throw new MockConfigError(setting, `${setting}: unknown fault "${name}". Use one of: ${FAULT_NAMES.join(', ')}.`);
    }
    active.add(name);
  }

  return active;
}

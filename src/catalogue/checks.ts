/**
 * The check catalogue: every Get Customer behaviour the suite verifies, with its stable id and
 * its requirement level. Test titles, report rows, pact interaction descriptions and k6 tags all
 * use these ids, so a failure in any tool points to one row here.
 *
 * Levels:
 * - MUST: documented by Juspay. A target that breaks it is non-conformant.
 * - SHOULD: seen in Juspay's official SDKs or open backend code, or the only sane reading of the
 *   docs. A failure is a warning, or a failure in strict mode.
 * - MAY: undocumented. The suite records what the target does and never fails on it.
 */

export type Level = 'MUST' | 'SHOULD' | 'MAY';

export type Section = 'request' | 'success' | 'error' | 'proxy';

export interface Check {
  readonly id: string;
  readonly level: Level;
  readonly section: Section;
  /** One sentence: the behaviour a conforming target shows. */
  readonly behaviour: string;
}

/** Bumped whenever a check is added, removed or changes level; reports carry it. */
export const CATALOGUE_VERSION = '1.0.0';

export const CHECKS = [
  // Request handling: derived from what Juspay's docs and SDKs send.
  {
    id: 'request.content-type-ignored',
    level: 'SHOULD',
    section: 'request',
    behaviour:
      'A GET that carries Content-Type: application/x-www-form-urlencoded, as the docs and the Node SDK send it, is answered like one without it.',
  },
  {
    id: 'header.merchant-id-alias',
    level: 'MAY',
    section: 'request',
    behaviour: 'The x-merchant-id spelling is accepted in place of x-merchantid.',
  },

  // Success responses.
  {
    id: 'customer.found',
    level: 'MUST',
    section: 'success',
    behaviour: 'A known id returns 200, JSON, object "customer" and the customer fields.',
  },
  {
    id: 'customer.by-reference-id',
    level: 'MUST',
    section: 'success',
    behaviour: 'Looking up by object_reference_id returns the same customer, whose id is still the cst_ id.',
  },
  {
    id: 'customer.reference-id-encoded',
    level: 'SHOULD',
    section: 'success',
    behaviour: 'An object_reference_id such as customer@gmail.com works both raw and percent-encoded.',
  },
  {
    id: 'customer.shape',
    level: 'MUST',
    section: 'success',
    behaviour: 'The body validates against the customer schema.',
  },
  {
    id: 'customer.timestamps',
    level: 'MUST',
    section: 'success',
    behaviour:
      'date_created and last_updated are UTC timestamps (MUST), and last_updated is not before date_created (SHOULD).',
  },
  {
    id: 'customer.content-type',
    level: 'MUST',
    section: 'success',
    behaviour: 'Content-Type is application/json; a charset parameter is allowed.',
  },
  {
    id: 'token.absent-by-default',
    level: 'MUST',
    section: 'success',
    behaviour: 'Without the token option, or with false, the body has no juspay key.',
  },
  {
    id: 'token.issued',
    level: 'MUST',
    section: 'success',
    behaviour:
      'With options.get_client_auth_token=true the body has juspay.client_auth_token and juspay.client_auth_token_expiry.',
  },
  {
    id: 'token.format',
    level: 'SHOULD',
    section: 'success',
    behaviour: 'The token is tkn_ followed by 32 lowercase hex characters.',
  },
  {
    id: 'token.expiry-15min',
    level: 'MUST',
    section: 'success',
    behaviour: 'The expiry is a UTC timestamp about 15 minutes after the response, within the configured tolerance.',
  },
  {
    id: 'token.fresh-per-call',
    level: 'SHOULD',
    section: 'success',
    behaviour: 'Each request that asks for a token gets a new one.',
  },
  {
    id: 'token.bool-case',
    level: 'SHOULD',
    section: 'success',
    behaviour: 'The option value True is treated as true.',
  },

  // Error responses.
  {
    id: 'error.not-found',
    level: 'MUST',
    section: 'error',
    behaviour:
      'An unknown customer id returns 404 with status "invalid_request_error" and error_code "object_not_found".',
  },
  {
    id: 'error.other-merchant',
    level: 'SHOULD',
    section: 'error',
    behaviour: "Another merchant's customer returns the same 404 as an unknown id.",
  },
  {
    id: 'auth.wrong-key',
    level: 'MUST',
    section: 'error',
    behaviour: 'An unknown API key returns 401 with status "error" and error_code "access_denied", without error_message.',
  },
  {
    id: 'auth.missing',
    level: 'SHOULD',
    section: 'error',
    behaviour: 'A request without Authorization returns the same 401 access_denied body.',
  },
  {
    id: 'auth.colon-optional',
    level: 'SHOULD',
    section: 'error',
    behaviour: 'Basic base64(key) without the trailing colon authenticates like base64(key:).',
  },
  {
    id: 'auth.bad-origin',
    level: 'MUST',
    section: 'error',
    behaviour:
      'A 403 for a caller IP that is not whitelisted has error: true, error_message, user_message, error_info.code "BAD_ORIGIN" and no status.',
  },
  {
    id: 'header.merchant-id-missing',
    level: 'MAY',
    section: 'error',
    behaviour: 'Without x-merchantid the target answers; the mock returns the documented 400 template.',
  },
  {
    id: 'header.routing-id-missing',
    level: 'MAY',
    section: 'error',
    behaviour: 'Without x-routing-id the target answers; the mock accepts the request.',
  },
  {
    id: 'method.unsupported',
    level: 'SHOULD',
    section: 'error',
    behaviour: 'PUT, PATCH and DELETE on /customers/{id} return a 4xx, never a 2xx or 5xx.',
  },
  {
    id: 'input.hostile-id',
    level: 'SHOULD',
    section: 'error',
    behaviour:
      "Hostile ids (very long, unicode, %2F, .., NUL, quotes, SQL-like text) return a 4xx JSON error, never a 5xx, a hang or another customer's data.",
  },

  // A merchant's proxy in front of Juspay, seen from both sides: these run only when the upstream
  // is the embedded mock, whose admin API shows what the upstream received.
  {
    id: 'proxy.headers-forwarded',
    level: 'MUST',
    section: 'proxy',
    behaviour: 'x-merchantid and x-routing-id reach the upstream with the values the caller sent.',
  },
  {
    id: 'proxy.path-preserved',
    level: 'MUST',
    section: 'proxy',
    behaviour:
      'The path after the base URL and the query reach the upstream unchanged, including the dotted key options.get_client_auth_token and percent-encoding such as customer%40gmail.com.',
  },
  {
    id: 'proxy.credentials',
    level: 'MUST',
    section: 'proxy',
    behaviour:
      "Pass-through: the caller's Authorization reaches the upstream as the configured key, and the proxy adds no credential of its own. Injected: the upstream gets the configured key although the caller sent none, and the key never comes back in a response.",
  },
  {
    id: 'proxy.errors-passed-through',
    level: 'MUST',
    section: 'proxy',
    behaviour:
      "The upstream's 404 object_not_found and 401 access_denied reach the caller with the same status, the same Content-Type and the documented JSON body.",
  },
  {
    id: 'proxy.content-type-preserved',
    level: 'MUST',
    section: 'proxy',
    behaviour: "A customer response reaches the caller with the upstream's Content-Type.",
  },
] as const satisfies readonly Check[];

export type CheckId = (typeof CHECKS)[number]['id'];

const CHECKS_BY_ID = new Map<string, Check>(CHECKS.map((check) => [check.id, check]));

export function findCheck(id: string): Check | undefined {
  return CHECKS_BY_ID.get(id);
}

export function getCheck(id: CheckId): Check {
  const check = CHECKS_BY_ID.get(id);
  if (!check) throw new Error(`Check id "${id}" is not in the catalogue.`);
  return check;
}

export function isCheckId(value: string): value is CheckId {
  return CHECKS_BY_ID.has(value);
}

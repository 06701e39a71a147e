import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockContext } from '../context.ts';
import { readTokenOptionFromQuery, withToken } from '../customer-response.ts';
import { customerNotFound, invalidPathEncoding, unsupportedMediaType } from '../errors.ts';
import type { ActiveFaults } from '../faults.ts';
import { decodePathSegment } from '../path.ts';
import { JSON_CONTENT_TYPE, sendBody, sendBodyOfLength, sendError } from '../respond.ts';
import { CUSTOMER_ID_ALPHABET, type LookupMatch, type StoredCustomer } from '../store.ts';
import { formatTimestamp, MS_PER_DAY } from '../timestamps.ts';
import type { IssuedToken } from '../tokens.ts';

/** TTL shown by the `token.expiry-15min` fault in place of the configured one. */
const FAULTY_TOKEN_TTL_MS = 3_600_000;

const HOSTILE_ID_ERROR_PAGE = '<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';

/**
 * Get Customer: `GET /customers/{customer_id}`, where the id is the cst_ id or the merchant's
 * object_reference_id, optionally with `options.get_client_auth_token=true` for a client auth
 * token. This is the only handler the faults act on.
 */
export function handleGetCustomer(
  context: MockContext,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  query: string,
  requestId: string,
): void {
  const { faults } = context;

  const auth = context.authenticator.authenticate(req.headers, req.socket.remoteAddress, faults);
  if (!auth.ok) return sendError(res, auth.error, requestId);

  const contentType = req.headers['content-type'];
  if (contentType !== undefined && faults.has('request.content-type-ignored')) {
    return sendError(res, unsupportedMediaType(contentType, 'Send GET requests without a body or Content-Type.'), requestId);
  }

  const customerKey = faults.has('customer.reference-id-encoded') ? rawId : decodePathSegment(rawId);
  if (customerKey === undefined) return sendError(res, invalidPathEncoding(), requestId);

  if (faults.has('input.hostile-id') && customerKey.includes("'")) {
    return sendBody(res, 500, HOSTILE_ID_ERROR_PAGE, requestId, 'text/html; charset=utf-8');
  }

  const lookup = faults.has('error.other-merchant')
    ? context.customers.findInAnyMerchant(customerKey)
    : context.customers.findForMerchant(auth.merchant.merchantId, customerKey);
  if (lookup === undefined) {
    return sendError(res, customerNotFound(faults.has('error.not-found') ? 'not_found' : 'object_not_found'), requestId);
  }

  const { customer, matchedBy } = lookup;
  const customerJson = faults.size === 0 ? customer.json : faultyCustomerJson(customer, matchedBy, faults);
  const customerJsonByteLength = customerJson === customer.json ? customer.jsonByteLength : Buffer.byteLength(customerJson);
  const responseContentType = faults.has('customer.content-type') ? 'text/plain' : JSON_CONTENT_TYPE;

  const tokenRequested = readTokenOptionFromQuery(query, faults.has('token.bool-case'));
  const includeToken = !faults.has('token.issued') && (tokenRequested || faults.has('token.absent-by-default'));
  if (!includeToken) {
    return sendBodyOfLength(res, 200, customerJson, customerJsonByteLength, requestId, responseContentType);
  }

  const token = issueToken(context, customer.record.id);
  context.recorder?.noteIssuedToken(res, token.token);
  const displayedExpiresAt = faults.has('token.expiry-15min') ? token.issuedAt + FAULTY_TOKEN_TTL_MS : token.expiresAt;
  const body = withToken(customerJson, token, displayedExpiresAt);
  // withToken appends only ASCII, one byte per code unit.
  const byteLength = customerJsonByteLength + (body.length - customerJson.length);
  sendBodyOfLength(res, 200, body, byteLength, requestId, responseContentType);
}

function issueToken(context: MockContext, customerId: string): IssuedToken {
  const { faults } = context;

  if (faults.has('token.fresh-per-call')) {
    const replayed = context.replayedTokens.get(customerId);
    if (replayed !== undefined) return replayed;
  }

  const token = context.tokens.mint(customerId, context.now(), faults.has('token.format'));
  if (faults.has('token.fresh-per-call')) context.replayedTokens.set(customerId, token);
  return token;
}

/** Serialises the customer with the body faults applied; returns the stored JSON when none applies. */
function faultyCustomerJson(customer: StoredCustomer, matchedBy: LookupMatch, faults: ActiveFaults): string {
  const { record } = customer;
  const body: Record<string, unknown> = { ...record };
  let changed = false;

  if (faults.has('customer.found') && matchedBy === 'id') {
    body.id = otherCustomerId(record.id);
    changed = true;
  }
  if (faults.has('customer.by-reference-id') && matchedBy === 'reference') {
    body.id = record.object_reference_id;
    changed = true;
  }
  if (faults.has('customer.shape')) {
    body.mobile_number = Number(record.mobile_number);
    changed = true;
  }
  if (faults.has('customer.timestamps')) {
    body.last_updated = formatTimestamp(Date.parse(record.date_created) - MS_PER_DAY);
    changed = true;
  }

  return changed ? JSON.stringify(body) : customer.json;
}

/**
 * Returns a different id of the same form: every character after `cst_` moves one place along
 * [a-z0-9], so a well-formed id stays well-formed and never equals the original.
 */
function otherCustomerId(id: string): string {
  let suffix = '';
  for (const character of id.slice('cst_'.length)) {
    const index = CUSTOMER_ID_ALPHABET.indexOf(character);
    suffix += index === -1 ? character : CUSTOMER_ID_ALPHABET[(index + 1) % CUSTOMER_ID_ALPHABET.length];
  }
  return `cst_${suffix}`;
}

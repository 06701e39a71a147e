import type { ObservedResponse } from './http-exchange.ts';

/** Response headers Juspay's SDKs read whose values differ on every call: only their presence is compared. */
const PER_CALL_HEADERS = ['x-request-id', 'x-response-id'];

/** Body keys that carry a per-call id, in the styles APIs name them. */
const PER_CALL_ID_KEY = /^(x[-_])?(request|response|trace|correlation)[-_]?id$/i;

const TOKEN_FORMAT = /^tkn_[0-9a-f]{32}$/;
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+0000|\+00:00)$/;

export const PRESENT = '(present)';

/**
 * Builds the document differential mode compares for one response: status, Content-Type, the
 * headers SDKs read, and the body with its per-call values replaced by what they look like.
 * A client auth token is never kept, so the document can go into a report.
 */
export function toComparable(response: ObservedResponse): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const contentType = response.headers['content-type'];
  if (contentType !== undefined) headers['content-type'] = contentType.trim().toLowerCase().replace(/\s*;\s*/g, '; ');
  for (const name of PER_CALL_HEADERS) if (response.headers[name] !== undefined) headers[name] = PRESENT;
  const merchantHeader = response.headers['x-jp-merchant-id'];
  if (merchantHeader !== undefined) headers['x-jp-merchant-id'] = merchantHeader;

  return { status: response.status, headers, body: parseBody(response.body) };
}

/** Parses a JSON body and masks its per-call values; returns the text itself when it is not JSON. */
function parseBody(text: string): unknown {
  try {
    return maskPerCallValues(JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

function maskPerCallValues(value: unknown, key = ''): unknown {
  if (key === 'client_auth_token' && typeof value === 'string') {
    return TOKEN_FORMAT.test(value) ? '(token: tkn_ and 32 lowercase hex characters)' : '(token of another form)';
  }
  if (key === 'client_auth_token_expiry' && typeof value === 'string' && UTC_TIMESTAMP.test(value)) return '(UTC timestamp)';
  if (PER_CALL_ID_KEY.test(key) && typeof value === 'string') return '(id)';

  if (Array.isArray(value)) return value.map((item) => maskPerCallValues(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, maskPerCallValues(item, name)]));
  }
  return value;
}

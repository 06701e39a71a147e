import type { IssuedToken } from './tokens.ts';
import { formatTimestamp } from './timestamps.ts';

/** The query or form key of the token option; the dot is literal, not a nesting. */
export const TOKEN_OPTION = 'options.get_client_auth_token';
const TOKEN_QUERY = `${TOKEN_OPTION}=true`;

/**
 * Reads the token option from a raw query string (without `?`). The value is read
 * case-insensitively, as Juspay's .NET SDK sends `True`, unless `exactCase`; any value other
 * than true means false.
 */
export function readTokenOptionFromQuery(query: string, exactCase = false): boolean {
  if (query === '') return false;
  // The plain token request, matched as a whole without splitting or decoding the query.
  if (query === TOKEN_QUERY) return true;

  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    if (decodeQueryComponent(rawName) !== TOKEN_OPTION) continue;

    const value = equals === -1 ? '' : decodeQueryComponent(pair.slice(equals + 1));
    return isTrue(value, exactCase);
  }
  return false;
}

export function isTrue(value: string | undefined, exactCase = false): boolean {
  if (value === undefined) return false;
  return exactCase ? value === 'true' : value.toLowerCase() === 'true';
}

/** Decodes a query name or value; a malformed one is kept as it is, so it matches nothing. */
function decodeQueryComponent(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/**
 * Returns the customer's JSON with a `juspay` object appended. `customerJson` is a serialised
 * object; the token is hex and the expiry a timestamp, so neither needs JSON escaping. Everything
 * appended is ASCII, so the result is longer than `customerJson` by as many UTF-8 bytes as
 * UTF-16 code units.
 */
export function withToken(customerJson: string, token: IssuedToken, displayedExpiresAt = token.expiresAt): string {
  return (
    `${customerJson.slice(0, -1)},"juspay":{"client_auth_token":"${token.token}",` +
    `"client_auth_token_expiry":"${formatTimestamp(displayedExpiresAt)}"}}`
  );
}

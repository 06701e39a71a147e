import { decodeBasicUsername } from '../auth.ts';
import type { AuthorizationSummary } from './recorded-request.ts';

// An auth-scheme is an RFC 9110 token; the length cap keeps a long secret out of the record.
const AUTH_SCHEME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,32}$/;

/**
 * Summarises an Authorization value as its scheme and the kind of credential, never the
 * credential itself. `isConfiguredKey` returns true for a Basic username that is a seed API key.
 */
export function summariseAuthorization(
  authorization: string | undefined,
  isConfiguredKey: (apiKey: string) => boolean,
): AuthorizationSummary | null {
  if (authorization === undefined) return null;

  const space = authorization.indexOf(' ');
  const firstWord = space === -1 ? '' : authorization.slice(0, space);
  if (!AUTH_SCHEME.test(firstWord)) return { scheme: '', credential: 'malformed' };
  if (firstWord.toLowerCase() !== 'basic') return { scheme: firstWord, credential: 'malformed' };

  const apiKey = decodeBasicUsername(authorization);
  if (apiKey === undefined) return { scheme: 'Basic', credential: 'malformed' };
  return { scheme: 'Basic', credential: isConfiguredKey(apiKey) ? 'configured-key' : 'unknown-key' };
}

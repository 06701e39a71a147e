import { createHash } from 'node:crypto';

/** Hex characters of the sha256 digest kept in a fingerprint: 64 bits, enough to tell tokens apart. */
const FINGERPRINT_HEX_LENGTH = 16;

/**
 * Returns the first 16 hex characters of sha256(token), so that the admin API can show which
 * token a client got without showing the token. `token` is the whole value, `tkn_` prefix
 * included.
 */
export function fingerprintToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}

import { randomBytes } from 'node:crypto';

/** Returns a well-formed customer id that no target has: fresh random characters on every call. */
export function unknownCustomerId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const characters = [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length]);
  return `cst_${characters.join('')}`;
}

/** Returns an API key that no merchant has. */
export function unknownApiKey(): string {
  return `unknown_key_${randomBytes(12).toString('hex')}`;
}

import type { IncomingHttpHeaders } from 'node:http';
import { accessDenied, badOrigin, mandatoryFieldsMissing, type ErrorResponse } from './errors.ts';
import type { ActiveFaults } from './faults.ts';
import type { MockSeed } from './seed.ts';

export interface Merchant {
  readonly merchantId: string;
  readonly apiKey: string;
  /** null accepts every caller address. */
  readonly allowedIps: ReadonlySet<string> | null;
}

export type AuthResult =
  | { readonly ok: true; readonly merchant: Merchant }
  | { readonly ok: false; readonly error: ErrorResponse };

// Standard base64 with optional padding; Node's decoder would accept other characters silently.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const IPV4_MAPPED_PREFIX = '::ffff:';

/**
 * Authenticates requests: HTTP Basic with the API key as username and an empty password, the
 * merchant id from x-merchantid (or x-merchant-id when x-merchantid is absent), then the
 * merchant's IP whitelist. Checks run in that order, so a bad key is a 401 before a missing
 * merchant id is a 400.
 */
export class Authenticator {
  private readonly byKey = new Map<string, Merchant>();
  private readonly byMerchantId = new Map<string, Merchant>();
  /** Exact Authorization values of every key, with and without the colon: the fast path. */
  private readonly byHeader = new Map<string, Merchant>();
  private readonly byHeaderWithColon = new Map<string, Merchant>();

  constructor(seed: MockSeed) {
    for (const entry of seed.merchants) {
      const merchant: Merchant = {
        merchantId: entry.merchant_id,
        apiKey: entry.api_key,
        allowedIps: entry.allowed_ips === null ? null : new Set(entry.allowed_ips),
      };
      this.byKey.set(merchant.apiKey, merchant);
      this.byMerchantId.set(merchant.merchantId, merchant);

      const withColon = `Basic ${Buffer.from(`${merchant.apiKey}:`).toString('base64')}`;
      const withoutColon = `Basic ${Buffer.from(merchant.apiKey).toString('base64')}`;
      this.byHeader.set(withColon, merchant);
      this.byHeader.set(withoutColon, merchant);
      this.byHeaderWithColon.set(withColon, merchant);
    }
  }

  /** Returns true when `apiKey` is the API key of a merchant in the seed. */
  isConfiguredKey(apiKey: string): boolean {
    return this.byKey.has(apiKey);
  }

  /**
   * Authenticates one request. `faults` is empty except on Get Customer; `remoteAddress` is the
   * socket's peer address.
   */
  authenticate(headers: IncomingHttpHeaders, remoteAddress: string | undefined, faults: ActiveFaults): AuthResult {
    const keyResult = this.merchantOfKey(headers.authorization, headers, faults);
    if (!keyResult.ok) return keyResult;

    const merchantId = readMerchantId(headers);
    if (merchantId === undefined) return { ok: false, error: mandatoryFieldsMissing(['x-merchantid']) };
    if (merchantId !== keyResult.merchant.merchantId) return { ok: false, error: accessDenied() };

    const { allowedIps } = keyResult.merchant;
    if (allowedIps !== null && !allowedIps.has(normaliseAddress(remoteAddress))) {
      return { ok: false, error: badOrigin(faults.has('auth.bad-origin')) };
    }

    return keyResult;
  }

  private merchantOfKey(authorization: string | undefined, headers: IncomingHttpHeaders, faults: ActiveFaults): AuthResult {
    if (authorization === undefined) {
      if (!faults.has('auth.missing')) return { ok: false, error: accessDenied() };

      // The fault serves the request as the merchant it names; a missing or unknown one still fails.
      const merchantId = readMerchantId(headers);
      if (merchantId === undefined) return { ok: false, error: mandatoryFieldsMissing(['x-merchantid']) };
      const named = this.byMerchantId.get(merchantId);
      return named === undefined ? { ok: false, error: accessDenied() } : { ok: true, merchant: named };
    }

    const colonRequired = faults.has('auth.colon-optional');
    const exact = (colonRequired ? this.byHeaderWithColon : this.byHeader).get(authorization);
    if (exact !== undefined) return { ok: true, merchant: exact };

    const apiKey = decodeBasicUsername(authorization, colonRequired);
    if (apiKey === undefined) return { ok: false, error: accessDenied() };

    const merchant = this.byKey.get(apiKey);
    if (merchant === undefined) {
      return { ok: false, error: accessDenied(faults.has('auth.wrong-key') ? 'unauthorized' : 'access_denied') };
    }
    return { ok: true, merchant };
  }
}

/**
 * Returns the username of a Basic Authorization value, or undefined when the value is not Basic,
 * not base64, or has an empty username. Without a colon the whole decoded text is the username,
 * as Juspay's Node SDK encodes it, unless `colonRequired`. A password, if any, is ignored.
 */
export function decodeBasicUsername(authorization: string, colonRequired = false): string | undefined {
  const space = authorization.indexOf(' ');
  if (space === -1 || authorization.slice(0, space).toLowerCase() !== 'basic') return undefined;

  const encoded = authorization.slice(space + 1).trim();
  if (!BASE64.test(encoded)) return undefined;

  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1 && colonRequired) return undefined;

  const username = colon === -1 ? decoded : decoded.slice(0, colon);
  return username === '' ? undefined : username;
}

/** Returns x-merchantid, else x-merchant-id, else undefined; an empty value counts as missing. */
function readMerchantId(headers: IncomingHttpHeaders): string | undefined {
  const primary = headers['x-merchantid'];
  if (typeof primary === 'string' && primary !== '') return primary;

  const alias = headers['x-merchant-id'];
  if (typeof alias === 'string' && alias !== '') return alias;

  return undefined;
}

/** Maps an IPv4-mapped IPv6 peer address (`::ffff:127.0.0.1`) to its IPv4 form. */
function normaliseAddress(address: string | undefined): string {
  if (address === undefined) return '';
  return address.startsWith(IPV4_MAPPED_PREFIX) ? address.slice(IPV4_MAPPED_PREFIX.length) : address;
}

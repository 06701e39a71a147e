import { randomBytes } from 'node:crypto';

import type { DifferentialSettings } from './differential-settings.ts';

/** The query key Juspay documents for requesting a client auth token; the dot is literal. */
const TOKEN_OPTION = 'options.get_client_auth_token';

/** One request that differential mode sends to both sides, described by what it sends. */
export interface Probe {
  readonly name: string;
  /** Path and query after the base URL, percent-encoded as sent. */
  readonly path: string;
  /** The API key to send instead of the configured one; undefined sends the configured key. */
  readonly apiKey?: string;
  /** Leaves x-merchantid out. */
  readonly withoutMerchant?: boolean;
  /** The reason this probe is not sent in the configured auth mode, or undefined when it is sent. */
  readonly skipReason?: string;
}

/** The probe the latency measurement repeats. */
export const LATENCY_PROBE_NAME = 'found by id';

/** Letters only, because a run of digits reads like a mobile number and reports mask those. */
function randomLetters(count: number): string {
  return [...randomBytes(count)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

/**
 * Builds the probes: lookups that succeed, a token request and the error responses clients
 * branch on. Values that must be unknown to the upstream are random, and the same on both sides.
 */
export function buildProbes(settings: DifferentialSettings): Probe[] {
  const unknownId = `cst_${randomLetters(16)}`;
  const unknownKey = `unknown_key_${randomBytes(12).toString('hex')}`;
  const customer = `/customers/${encodeURIComponent(settings.customerId)}`;
  const wrongKeySkip =
    settings.proxyAuth === 'injected' ? 'JUSPAY_PROXY_AUTH is injected: the proxy replaces whatever key the caller sends' : undefined;

  return [
    { name: LATENCY_PROBE_NAME, path: customer },
    { name: 'found by reference', path: `/customers/${encodeURIComponent(settings.customerReferenceId)}` },
    { name: 'token', path: `${customer}?${TOKEN_OPTION}=true` },
    { name: 'not found', path: `/customers/${unknownId}` },
    { name: 'wrong key', path: customer, apiKey: unknownKey, skipReason: wrongKeySkip },
    { name: 'no merchant header', path: customer, withoutMerchant: true },
  ];
}

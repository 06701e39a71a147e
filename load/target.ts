import { readBoolean, readInteger, readRequiredText, readText, rejectSetting } from './env.ts';

/** The target URL and the identity the load calls it with, read once per VU at init time. */
export interface Target {
  /** Scheme, host, port and optional path prefix, without a trailing slash. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly merchantId: string;
  /** The `cst_` id of a customer that exists for this merchant. */
  readonly customerId: string;
  /** Sent as x-routing-id on every call; Juspay recommends the customer id. */
  readonly routingId: string;
  readonly requestTimeoutMs: number;
}

/** The embedded mock's usual address (`npm run mock`). */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:4010';

/**
 * The embedded mock's seed identity: placeholder credentials that only the mock accepts. They are
 * the defaults only while the base URL is loopback, so a run against a real host never sends them.
 * If the seed data changes, these change with it.
 */
const MOCK_IDENTITY = {
  apiKey: 'mock_api_key_7d1f0c2b9a',
  merchantId: 'mock_merchant',
  customerId: 'cst_om2l6ctlptxwxuzj',
} as const;

/** The suite's default request timeout, in milliseconds. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

// Scheme, then a host name or a bracketed IPv6 address, an optional port and an optional path.
const BASE_URL_PATTERN = /^(https?):\/\/([^/:?#@[\]]+|\[[0-9a-fA-F:.]+\])(:\d{1,5})?(\/[^?#@]*)?$/;

const LOOPBACK_HOST_PATTERN = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

export function readTarget(): Target {
  const baseUrl = readBaseUrl();
  const loopback = LOOPBACK_HOST_PATTERN.test(hostOf(baseUrl));
  const identityHint = (example: string): string =>
    `set it to ${example} (the mock's seed identity is the default only for a loopback JUSPAY_BASE_URL).`;

  const apiKey = loopback
    ? (readText('JUSPAY_API_KEY') ?? MOCK_IDENTITY.apiKey)
    : readRequiredText('JUSPAY_API_KEY', identityHint('the API key from the Juspay dashboard'));
  const merchantId = loopback
    ? (readText('JUSPAY_MERCHANT_ID') ?? MOCK_IDENTITY.merchantId)
    : readRequiredText('JUSPAY_MERCHANT_ID', identityHint('your Juspay merchant id'));
  const customerId = loopback
    ? (readText('JUSPAY_CUSTOMER_ID') ?? MOCK_IDENTITY.customerId)
    : readRequiredText('JUSPAY_CUSTOMER_ID', identityHint('the cst_ id of an existing customer'));

  if (!customerId.startsWith('cst_')) {
    rejectSetting(`JUSPAY_CUSTOMER_ID="${customerId}" is not a Juspay customer id: use the id that starts with cst_.`);
  }

  return {
    baseUrl,
    apiKey,
    merchantId,
    customerId,
    routingId: readText('JUSPAY_ROUTING_ID') ?? customerId,
    requestTimeoutMs: readInteger('JUSPAY_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 1),
  };
}

function readBaseUrl(): string {
  const value = (readText('JUSPAY_BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const match = BASE_URL_PATTERN.exec(value);
  if (!match) {
    rejectSetting(`JUSPAY_BASE_URL="${value}" is not a base URL: use http:// or https://, a host, an optional port and path, and no user info, query or fragment, such as ${DEFAULT_BASE_URL}.`);
  }

  const insecure = match[1] === 'http' && !LOOPBACK_HOST_PATTERN.test(match[2] ?? '');
  if (insecure && !readBoolean('JUSPAY_ALLOW_INSECURE_HTTP', false)) {
    rejectSetting(`JUSPAY_BASE_URL="${value}" is plain HTTP to a host that is not loopback, so the API key would cross the network unencrypted: use https://, or set JUSPAY_ALLOW_INSECURE_HTTP=true if you accept that risk.`);
  }
  return value;
}

function hostOf(baseUrl: string): string {
  return BASE_URL_PATTERN.exec(baseUrl)?.[2] ?? '';
}

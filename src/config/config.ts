/** Kind of target the suite sends its requests to. */
export type TargetKind = 'mock' | 'sandbox' | 'proxy';

/**
 * The source of a proxy's Juspay credential: the caller sends it (`pass-through`), or the proxy
 * keeps the API key and adds it itself (`injected`).
 */
export type ProxyAuthMode = 'pass-through' | 'injected';

/** A header the suite sends to an injecting proxy in place of Juspay credentials; the value is a secret. */
export interface ProxyAuthHeader {
  /** Lower-case header name. */
  readonly name: string;
  readonly value: string;
}

/**
 * The suite's settings, read once from the environment and `.env` by `loadConfig`.
 * Every field is validated; nothing downstream re-reads process.env for these.
 */
export interface SuiteConfig {
  readonly target: TargetKind;
  /** Base URL of the target, without a trailing slash; undefined means "start the embedded mock". */
  readonly baseUrl: string | undefined;
  readonly apiKey: string;
  readonly merchantId: string;
  /** The `cst_` id of a customer that exists for this merchant; undefined when one is created at start. */
  readonly customerId: string | undefined;
  /** The object_reference_id of that same customer. */
  readonly customerReferenceId: string | undefined;
  /** Create the fixture customer through Create Customer before the run. */
  readonly createCustomer: boolean;
  /** x-routing-id sent on every call; defaults to the customer id, as Juspay recommends. */
  readonly routingId: string | undefined;
  /** A customer id that belongs to another merchant, for the merchant-scoping check. */
  readonly otherMerchantCustomerId: string | undefined;
  /** Credentials of a merchant whose IP whitelist excludes this machine, for the 403 shape check. */
  readonly badOrigin: { readonly apiKey: string; readonly merchantId: string } | undefined;
  readonly requestTimeoutMs: number;
  /** SHOULD checks fail the run instead of warning. */
  readonly strict: boolean;
  /** Allowed clock skew, in seconds, when checking that a token expires 15 minutes ahead. */
  readonly tokenExpiryToleranceSeconds: number;
  /** Send credentials over plain HTTP to a host that is not loopback. Off unless set. */
  readonly allowInsecureHttp: boolean;
  /** A PEM file of extra certificate authorities to trust, added to the system's; certificates are always verified. */
  readonly caFile: string | undefined;
  /** Largest response body, in bytes, that a check accepts. */
  readonly maxBodyBytes: number;
  /** The source of a proxy target's Juspay credential; always `pass-through` for other targets. */
  readonly proxyAuth: ProxyAuthMode;
  /**
   * Sent on every request in `injected` mode, in place of Authorization; undefined sends no
   * credential at all.
   */
  readonly proxyAuthHeader: ProxyAuthHeader | undefined;
  /**
   * Admin API of the embedded mock behind a proxy, on loopback; undefined skips the proxy checks,
   * which need to see what the upstream received.
   */
  readonly upstreamAdminUrl: string | undefined;
  /** The upstream reached without the proxy, for differential mode; without a trailing slash. */
  readonly directUrl: string | undefined;
  /** Request pairs that differential mode times to measure the proxy's latency overhead. */
  readonly differentialRequests: number;
}

export const SANDBOX_BASE_URL = 'https://sandbox.juspay.in';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export const DEFAULT_TOKEN_EXPIRY_TOLERANCE_SECONDS = 30;

/** Get Customer bodies are well under 2 KiB; 1 MiB leaves room for any sane error page. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** With 50 pairs the p95 is the 48th of 50 sorted overheads: coarse, but quick to collect. */
export const DEFAULT_DIFFERENTIAL_REQUESTS = 50;

/** Bounds the latency loop, so that differential mode never turns into a load test. */
export const MAX_DIFFERENTIAL_REQUESTS = 1_000;

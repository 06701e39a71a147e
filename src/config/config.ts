/** Where the suite sends its requests. */
export type TargetKind = 'mock' | 'sandbox' | 'proxy';

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
}

export const SANDBOX_BASE_URL = 'https://sandbox.juspay.in';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export const DEFAULT_TOKEN_EXPIRY_TOLERANCE_SECONDS = 30;

/** Get Customer bodies are well under 2 KiB; 1 MiB leaves room for any sane error page. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

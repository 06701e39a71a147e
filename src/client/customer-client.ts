import { redactText } from '../redaction/redact.ts';
import { CreateCustomerError, CustomerClientOptionsError, CustomerRequestError, InvalidCustomerIdError } from './client-errors.ts';
import type { Customer, NewCustomerFields } from './customer.ts';
import type { GetCustomerResult } from './get-customer-result.ts';
import { MAX_BODY_BYTES, isCustomer, isRecord, readBody, toGetCustomerResult, type ReadBody } from './read-response.ts';

export interface CustomerClientOptions {
  /** Scheme, host and an optional path prefix, such as https://sandbox.juspay.in. */
  readonly baseUrl: string;
  /** API key from the Juspay dashboard, sent as the Basic auth user name with an empty password. */
  readonly apiKey: string;
  /** Sent as x-merchantid. Juspay compares it case-sensitively. */
  readonly merchantId: string;
  /** Sent as x-routing-id. Defaults to the id of the customer in each call, as Juspay recommends. */
  readonly routingId?: string;
  /** Time allowed for each request, including reading the body, in milliseconds. */
  readonly timeoutMs: number;
  /** Fetch implementation. Defaults to the global fetch (undici in Node). */
  readonly fetch?: typeof fetch;
}

export interface GetCustomerOptions {
  /**
   * Sends `options.get_client_auth_token` with this value. True adds a client auth token to the
   * customer; undefined leaves the parameter out.
   */
  readonly clientAuthToken?: boolean;
}

/** The query parameter's key contains a literal dot, which Juspay expects unencoded. */
const CLIENT_AUTH_TOKEN_PARAMETER = 'options.get_client_auth_token';

/**
 * A typed client for Juspay's Get Customer (`GET /customers/{customer_id}`) and, for setting up
 * fixtures, Create Customer (`POST /customers`).
 */
export class CustomerClient {
  readonly #baseUrl: string;
  readonly #apiKey: string;
  readonly #merchantId: string;
  readonly #routingId: string | undefined;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  /** @throws CustomerClientOptionsError naming the first invalid option. */
  constructor(options: CustomerClientOptions) {
    this.#baseUrl = validateBaseUrl(options.baseUrl);
    this.#apiKey = requireText('apiKey', options.apiKey, 'the API key from the Juspay dashboard');
    this.#merchantId = requireText('merchantId', options.merchantId, 'your Juspay merchant id');
    this.#routingId = options.routingId === undefined ? undefined : requireText('routingId', options.routingId, 'a customer id, or leave it out');
    if (!Number.isInteger(options.timeoutMs) || options.timeoutMs <= 0) {
      throw new CustomerClientOptionsError('timeoutMs', `timeoutMs is ${String(options.timeoutMs)}: set it to a whole number of milliseconds above 0.`);
    }
    this.#timeoutMs = options.timeoutMs;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  /**
   * Looks a customer up by Juspay id (`cst_…`) or by the merchant's object_reference_id, which is
   * percent-encoded into the path. Every HTTP response resolves to a result.
   *
   * @throws InvalidCustomerIdError for an empty id, which would address `/customers/` itself.
   * @throws CustomerRequestError when no response arrives in time or the connection fails.
   */
  async getCustomer(customerIdOrReferenceId: string, options: GetCustomerOptions = {}): Promise<GetCustomerResult> {
    if (customerIdOrReferenceId === '') {
      throw new InvalidCustomerIdError('The customer id is empty: pass a cst_ id or an object_reference_id.');
    }
    let path = `/customers/${encodeURIComponent(customerIdOrReferenceId)}`;
    if (options.clientAuthToken !== undefined) path += `?${CLIENT_AUTH_TOKEN_PARAMETER}=${String(options.clientAuthToken)}`;

    const response = await this.#send('GET', path, this.#routingId ?? customerIdOrReferenceId);

    return toGetCustomerResult(response.status, response.contentType, response.body, [this.#apiKey]);
  }

  /**
   * Creates a customer through Create Customer, form-encoded, and returns it.
   *
   * @throws CreateCustomerError when the response is not a customer object, such as a 400 with
   *   error_code "unique" for a reused object_reference_id.
   * @throws CustomerRequestError when no response arrives in time or the connection fails.
   */
  async createCustomer(fields: NewCustomerFields): Promise<Customer> {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string') form.set(name, value);
    }

    const response = await this.#send('POST', '/customers', this.#routingId ?? fields.object_reference_id, form);

    if (response.status === 200 && response.body.json && isRecord(response.body.value) && isCustomer(response.body.value)) {
      return response.body.value;
    }
    throw this.#createCustomerError(response.status, response.contentType, response.body);
  }

  async #send(
    method: 'GET' | 'POST',
    path: string,
    routingId: string,
    form?: URLSearchParams,
  ): Promise<{ status: number; contentType: string | undefined; body: ReadBody }> {
    const headers: Record<string, string> = {
      authorization: `Basic ${Buffer.from(`${this.#apiKey}:`).toString('base64')}`,
      'x-merchantid': this.#merchantId,
      'x-routing-id': routingId,
      accept: 'application/json',
    };
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';

    // One signal bounds both the response headers and the body, so a server that stalls mid-body also times out.
    const signal = AbortSignal.timeout(this.#timeoutMs);
    try {
      // Redirects are not followed, so the Authorization header never reaches another origin. A 3xx becomes an unexpected response.
      const response = await this.#fetch(`${this.#baseUrl}${path}`, { method, headers, body: form, signal, redirect: 'manual' });
      const body = await readBody(response);
      return { status: response.status, contentType: response.headers.get('content-type') ?? undefined, body };
    } catch (error) {
      throw this.#requestError(method, path, error);
    }
  }

  #requestError(method: string, path: string, error: unknown): CustomerRequestError {
    const target = `${method} ${this.#baseUrl}${path}`;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      const message = `${target} timed out after ${this.#timeoutMs} ms: check that the target is reachable, or raise timeoutMs.`;
      return new CustomerRequestError('REQUEST_TIMEOUT', redactText(message, [this.#apiKey]), { cause: error });
    }

    const message = `${target} failed (${describeNetworkError(error)}): check the base URL and that the target is running.`;
    return new CustomerRequestError('REQUEST_FAILED', redactText(message, [this.#apiKey]), { cause: error });
  }

  #createCustomerError(status: number, contentType: string | undefined, body: ReadBody): CreateCustomerError {
    const value = body.json && isRecord(body.value) ? body.value : undefined;
    const errorCode = typeof value?.error_code === 'string' ? value.error_code : undefined;
    const infoCode = isRecord(value?.error_info) && typeof value.error_info.code === 'string' ? value.error_info.code : undefined;

    const details = value
      ? `error_code ${JSON.stringify(errorCode ?? null)}, error_info.code ${JSON.stringify(infoCode ?? null)}`
      : `${describeBody(body)} with Content-Type ${JSON.stringify(contentType ?? '(none)')}`;
    const message = `Create Customer returned HTTP ${status} with ${details} instead of a customer object: ${createCustomerHint(status, infoCode)}`;

    return new CreateCustomerError(redactText(message, [this.#apiKey]), status, errorCode, infoCode);
  }
}

function describeBody(body: ReadBody): string {
  if (body.json) return 'a JSON value that is not an object';
  return body.overLimit ? `a body larger than ${MAX_BODY_BYTES} bytes` : 'a non-JSON body';
}

function createCustomerHint(status: number, infoCode: string | undefined): string {
  if (infoCode === 'ALREADY_EXISTS') return 'the object_reference_id is taken, so use a new one.';
  if (status === 401) return 'check the API key and the merchant id.';
  if (status === 400) return 'check that object_reference_id and mobile_number are set and valid.';
  return 'check that the target implements Create Customer.';
}

function describeNetworkError(error: unknown): string {
  // undici reports "fetch failed" and keeps the system error (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

function validateBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CustomerClientOptionsError('baseUrl', `baseUrl "${baseUrl}" is not a URL: use an absolute http:// or https:// URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CustomerClientOptionsError('baseUrl', `baseUrl uses the scheme "${url.protocol}": use http:// or https://.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new CustomerClientOptionsError('baseUrl', 'baseUrl has user info, a query or a fragment: give only the scheme, host, port and an optional path prefix.');
  }
  return url.toString().replace(/\/+$/, '');
}

function requireText(option: string, value: string, expected: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CustomerClientOptionsError(option, `${option} is empty: set it to ${expected}.`);
  }
  return value;
}

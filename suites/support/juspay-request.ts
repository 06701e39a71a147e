import type { APIRequestContext, APIResponse } from '@playwright/test';

import { redactText } from '../../src/redaction/redact.ts';
import {
  classifyRequestFailure,
  firstLine,
  TargetRequestError,
  type RequestFailureReason,
} from './target-request-error.ts';
import type { Target } from './target.ts';

/** The query key Juspay documents for requesting a client auth token; the dot is literal. */
export const TOKEN_OPTION = 'options.get_client_auth_token';

export type Authorization =
  | { readonly kind: 'configured' }
  | { readonly kind: 'none' }
  /** Basic auth for any key; `colon: false` encodes `key` alone, as Juspay's Node SDK does. */
  | { readonly kind: 'basic'; readonly apiKey: string; readonly colon: boolean };

export interface GetCustomerRequest {
  /** The path segment exactly as it goes on the wire: the caller decides on percent-encoding. */
  readonly pathSegment: string;
  /** The raw value of options.get_client_auth_token, or undefined to leave the option out. */
  readonly tokenOption?: string;
  readonly authorization?: Authorization;
  /** Merchant header name and value; null leaves the merchant header out. */
  readonly merchant?: { readonly header: 'x-merchantid' | 'x-merchant-id'; readonly value: string } | null;
  /** null leaves x-routing-id out. */
  readonly routingId?: string | null;
  readonly method?: 'GET' | 'PUT' | 'PATCH' | 'DELETE';
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/**
 * Returns the credential headers a request carries by default: Basic auth with the API key, or, behind a
 * proxy that injects the key itself, only the proxy's own header when one is configured.
 */
export function configuredCredentials(target: Pick<Target, 'apiKey' | 'proxyAuth' | 'proxyAuthHeader'>): Record<string, string> {
  if (target.proxyAuth !== 'injected') return { authorization: basicAuthorization(target.apiKey) };
  if (target.proxyAuthHeader === undefined) return {};
  return { [target.proxyAuthHeader.name]: target.proxyAuthHeader.value };
}

/** Encodes `key:` (or `key` alone) as an HTTP Basic credential. */
export function basicAuthorization(apiKey: string, colon = true): string {
  return `Basic ${Buffer.from(colon ? `${apiKey}:` : apiKey).toString('base64')}`;
}

/**
 * Percent-encodes only what a path segment cannot carry raw, leaving characters such as "@" as they
 * are, the way Juspay's Node SDK sends ids. `encodeURIComponent` gives the other form, the .NET SDK's.
 */
export function rawPathSegment(id: string): string {
  return encodeURI(id).replace(/[/?#]/g, (character) => encodeURIComponent(character));
}

export function buildCustomerUrl(target: Target, pathSegment: string, tokenOption?: string): string {
  const query = tokenOption === undefined ? '' : `?${TOKEN_OPTION}=${encodeURIComponent(tokenOption)}`;
  return `${target.baseUrl}/customers/${pathSegment}${query}`;
}

export function buildHeaders(target: Target, request: GetCustomerRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  const authorization = request.authorization ?? { kind: 'configured' };

  if (authorization.kind === 'configured') Object.assign(headers, configuredCredentials(target));
  if (authorization.kind === 'basic') headers.authorization = basicAuthorization(authorization.apiKey, authorization.colon);

  const merchant = request.merchant === undefined ? { header: 'x-merchantid', value: target.merchantId } : request.merchant;
  if (merchant !== null) headers[merchant.header] = merchant.value;

  const routingId = request.routingId === undefined ? target.routingId : request.routingId;
  if (routingId !== null) headers['x-routing-id'] = routingId;

  return { ...headers, ...request.extraHeaders };
}

/**
 * Sends one Get Customer request as described. It never follows a redirect, so credentials never
 * travel to another origin. It returns HTTP error statuses for the checks to judge, and throws a
 * TargetRequestError with a classified reason when there is no usable response at all.
 */
export async function sendGetCustomer(
  api: APIRequestContext,
  target: Target,
  request: GetCustomerRequest,
): Promise<APIResponse> {
  const method = request.method ?? 'GET';
  const url = buildCustomerUrl(target, request.pathSegment, request.tokenOption);
  const described = `${method} ${shorten(redactText(new URL(url).pathname), 120)}`;

  let response: APIResponse;
  try {
    response = await api.fetch(url, {
      method,
      headers: buildHeaders(target, request),
      failOnStatusCode: false,
      maxRedirects: 0,
      timeout: target.requestTimeoutMs,
    });
  } catch (error) {
    throw describeFailure(classifyRequestFailure(error), described, target, error);
  }

  if (response.status() >= 300 && response.status() < 400) {
    const location = response.headers().location;
    const destination = location === undefined ? 'no Location header' : `Location on ${originOf(location, url)}`;
    throw new TargetRequestError(
      'redirect refused',
      `${described} answered ${response.status()} (${destination}). The suite never follows redirects, so the API key cannot reach another origin: point JUSPAY_BASE_URL at the final URL.`,
    );
  }

  // NOTE: Playwright buffers the whole body before this check, so the cap bounds what the suite
  // keeps and parses; JUSPAY_TIMEOUT_MS bounds how long a download of an endless body may take.
  const size = (await response.body()).length;
  if (size > target.maxBodyBytes) {
    throw new TargetRequestError(
      'body too large',
      `${described} answered ${response.status()} with a ${size}-byte body, over the ${target.maxBodyBytes}-byte cap (JUSPAY_MAX_BODY_BYTES).`,
    );
  }

  return response;
}

const FAILURE_ADVICE: Readonly<Record<RequestFailureReason, string>> = {
  timeout: 'check that the target is up, or raise JUSPAY_TIMEOUT_MS',
  'connection error': 'check JUSPAY_BASE_URL and that the target accepts connections',
  'TLS error': "check the target's certificate, or add its CA with JUSPAY_CA_FILE",
  'redirect refused': 'point JUSPAY_BASE_URL at the final URL',
  'body too large': 'check what the target sends, or raise JUSPAY_MAX_BODY_BYTES',
  'not JSON': 'check that JUSPAY_BASE_URL points at the API and not at a web page',
  'request failed': 'see the cause above',
};

function describeFailure(reason: RequestFailureReason, described: string, target: Target, error: unknown): TargetRequestError {
  const cause = redactText(firstLine(error), [target.apiKey]);
  const timing = reason === 'timeout' ? ` within ${target.requestTimeoutMs} ms` : '';
  return new TargetRequestError(reason, `${described} got no answer${timing}: ${cause}. Next: ${FAILURE_ADVICE[reason]}.`);
}

/** Cuts long text, such as a 4,096-character hostile id, to a readable length. */
export function shorten(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function originOf(location: string, base: string): string {
  try {
    return new URL(location, base).origin;
  } catch {
    return 'an unparseable URL';
  }
}

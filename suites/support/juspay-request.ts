import type { APIRequestContext, APIResponse } from '@playwright/test';

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

  if (authorization.kind === 'configured') headers.authorization = basicAuthorization(target.apiKey);
  if (authorization.kind === 'basic') headers.authorization = basicAuthorization(authorization.apiKey, authorization.colon);

  const merchant = request.merchant === undefined ? { header: 'x-merchantid', value: target.merchantId } : request.merchant;
  if (merchant !== null) headers[merchant.header] = merchant.value;

  const routingId = request.routingId === undefined ? target.routingId : request.routingId;
  if (routingId !== null) headers['x-routing-id'] = routingId;

  return { ...headers, ...request.extraHeaders };
}

/** Sends one Get Customer request as described, never following redirects and never throwing on status. */
export async function sendGetCustomer(
  api: APIRequestContext,
  target: Target,
  request: GetCustomerRequest,
): Promise<APIResponse> {
  return api.fetch(buildCustomerUrl(target, request.pathSegment, request.tokenOption), {
    method: request.method ?? 'GET',
    headers: buildHeaders(target, request),
    failOnStatusCode: false,
    maxRedirects: 0,
    timeout: target.requestTimeoutMs,
  });
}

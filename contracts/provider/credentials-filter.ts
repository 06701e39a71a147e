import type { IncomingMessage, ServerResponse } from 'node:http';

import { PLACEHOLDER_AUTHORIZATION, PLACEHOLDER_MERCHANT_ID } from '../placeholder-credentials.ts';

/** The shape of Pact's `requestFilter`: Express middleware that runs in the verifier's proxy. */
export type RequestFilter = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Creates the request filter that swaps the pact file's placeholder credentials for the
 * configured ones, in the verifier's proxy, after Pact's core has built the request. So the real
 * key never reaches the pact file or the core's output. Other values pass unchanged, such as
 * the unissued key that the API_KEY_NOT_ISSUED state injects.
 */
export function createCredentialsFilter(credentials: { readonly apiKey: string; readonly merchantId: string }): RequestFilter {
  const authorization = `Basic ${Buffer.from(`${credentials.apiKey}:`).toString('base64')}`;

  return (request, _response, next) => {
    if (request.headers.authorization === PLACEHOLDER_AUTHORIZATION) request.headers.authorization = authorization;
    if (request.headers['x-merchantid'] === PLACEHOLDER_MERCHANT_ID) request.headers['x-merchantid'] = credentials.merchantId;
    next();
  };
}

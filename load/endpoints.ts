import encoding from 'k6/encoding';
import type { Params } from 'k6/http';

import { CHECK_IDS } from './check-ids.ts';
import type { Target } from './target.ts';

/**
 * The two ways the load calls Get Customer. `token` requests a client auth token, and `plain` is the
 * same call without the option, run beside it so that the cost of minting a token shows as the
 * difference between the two.
 */
export type Endpoint = 'token' | 'plain';

export const ENDPOINTS: readonly Endpoint[] = ['token', 'plain'];

/** One prepared call: built once per VU, sent on every iteration. */
export interface CustomerRequest {
  readonly url: string;
  readonly params: Params;
}

/**
 * Values of the `name` tag. The URL contains the customer id, so k6 would otherwise make one URL
 * group per customer; the literal dot in the option name is part of Juspay's query key.
 */
const NAME_TAGS: Readonly<Record<Endpoint, string>> = {
  token: '/customers/{customer_id}?options.get_client_auth_token=true',
  plain: '/customers/{customer_id}',
};

/** The check each endpoint's requests exist to exercise, tagged on their HTTP metrics. */
const PRIMARY_CHECKS: Readonly<Record<Endpoint, string>> = {
  token: CHECK_IDS.tokenIssued,
  plain: CHECK_IDS.tokenAbsentByDefault,
};

export function buildCustomerRequest(target: Target, endpoint: Endpoint): CustomerRequest {
  const path = `${target.baseUrl}/customers/${encodeURIComponent(target.customerId)}`;
  const url = endpoint === 'token' ? `${path}?options.get_client_auth_token=true` : path;

  return {
    url,
    params: {
      headers: {
        // Juspay's Basic scheme: the API key as the user name and an empty password.
        Authorization: `Basic ${encoding.b64encode(`${target.apiKey}:`)}`,
        'x-merchantid': target.merchantId,
        'x-routing-id': target.routingId,
      },
      tags: { name: NAME_TAGS[endpoint], endpoint, check: PRIMARY_CHECKS[endpoint] },
      timeout: `${target.requestTimeoutMs}ms`,
    },
  };
}

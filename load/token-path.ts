/**
 * Load test of the call that mints client auth tokens, GET /customers/{customer_id} with
 * options.get_client_auth_token=true, beside the same call without the option.
 *
 *   k6 run load/token-path.ts                     # smoke profile against the mock on 127.0.0.1:4010
 *   K6_PROFILE=load LOAD_RATE=20 k6 run load/token-path.ts
 *
 * Settings come from the environment; `npm run load` sets them from `.env`. docs/load.md lists
 * every variable.
 */
import exec from 'k6/execution';
import http from 'k6/http';
import type { Options } from 'k6/options';

import { buildCustomerRequest } from './endpoints.ts';
import { readInteger } from './env.ts';
import { readProfile } from './profiles.ts';
import { checkPlainResponse, checkTokenResponse } from './response-checks.ts';
import type { SummaryData } from './summary/summary-data.ts';
import { buildSummaryOutputs } from './summary/summary-outputs.ts';
import { readTarget } from './target.ts';
import { readThresholds } from './thresholds.ts';

const target = readTarget();
const profile = readProfile();
/** Allowed clock skew in seconds for the 15-minute expiry check; the suite's default is 30. */
const expiryToleranceSeconds = readInteger('JUSPAY_TOKEN_EXPIRY_TOLERANCE_S', 30, 0);
const tokenRequest = buildCustomerRequest(target, 'token');
const plainRequest = buildCustomerRequest(target, 'plain');

export const options: Options = {
  scenarios: profile.scenarios,
  thresholds: readThresholds(),
  summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'],
  // Get Customer never redirects; following one could carry the Authorization header elsewhere.
  maxRedirects: 0,
};

/** Stops the run before any load when one plain GET of the customer does not return 200. */
export function setup(): void {
  const response = http.get(plainRequest.url, {
    ...plainRequest.params,
    tags: { name: plainRequest.params.tags?.name ?? '', phase: 'setup' },
  });
  if (response.status === 200) return;

  const reason = response.status === 0 ? `the request failed (${response.error})` : `it returned ${response.status}`;
  exec.test.abort(
    `The target is unhealthy: GET ${target.baseUrl}/customers/{customer_id} for the configured customer did not return 200, ${reason}. ${HEALTH_HINTS[response.status] ?? 'Check that the target is up and JUSPAY_BASE_URL is right.'}`,
  );
}

const HEALTH_HINTS: Readonly<Record<number, string>> = {
  0: 'Check that the target is running and that JUSPAY_BASE_URL points at it.',
  400: 'Check JUSPAY_MERCHANT_ID: the target treats a header as missing.',
  401: 'Check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID.',
  403: "The target rejects this machine's IP address: add it to the merchant's IP whitelist.",
  404: 'Check JUSPAY_CUSTOMER_ID: the customer does not exist for this merchant.',
};

/** Runs one iteration of the `token` scenario: a request for the customer with a client auth token. */
export function token(): void {
  checkTokenResponse(http.get(tokenRequest.url, tokenRequest.params), expiryToleranceSeconds);
}

/** Runs one iteration of the `plain` scenario: the same request without the token option. */
export function plain(): void {
  checkPlainResponse(http.get(plainRequest.url, plainRequest.params));
}

export function handleSummary(data: SummaryData): Record<string, string> {
  return buildSummaryOutputs(data, {
    profile: profile.name,
    profileDescription: profile.description,
    baseUrl: target.baseUrl,
  });
}

import '../disable-pact-telemetry.ts';

import { PactV4 } from '@pact-foundation/pact';
import { expect, test as base } from '@playwright/test';

import { CustomerClient, type GetCustomerResult } from '../../src/client/index.ts';
import { CONSUMER_NAME, PACT_DIRECTORY, PROVIDER_NAME } from '../contract-names.ts';
import { PLACEHOLDER_API_KEY, PLACEHOLDER_MERCHANT_ID } from '../placeholder-credentials.ts';

export { expect } from '@playwright/test';

/** Playwright's test with a `pact` fixture: a fresh PactV4 builder per test, writing to contracts/pacts. */
export const test = base.extend<{ pact: PactV4 }>({
  pact: async ({}, use) => {
    await use(new PactV4({ consumer: CONSUMER_NAME, provider: PROVIDER_NAME, dir: PACT_DIRECTORY, logLevel: 'warn' }));
  },
});

/** Creates the client under test, pointed at Pact's mock server with the placeholder credentials. */
export function clientFor(mockServerUrl: string): CustomerClient {
  return new CustomerClient({
    baseUrl: mockServerUrl,
    apiKey: PLACEHOLDER_API_KEY,
    merchantId: PLACEHOLDER_MERCHANT_ID,
    timeoutMs: 5_000,
  });
}

type Success = Extract<GetCustomerResult, { ok: true }>;
type Failure = Extract<GetCustomerResult, { ok: false }>;

/** Asserts that a lookup succeeded and returns it, so that a failure shows the whole result. */
export function expectSuccess(result: GetCustomerResult | undefined): Success {
  expect(result, 'getCustomer result').toMatchObject({ ok: true });
  return result as Success;
}

/** Asserts that a lookup failed and returns it, so that a failure shows the whole result. */
export function expectFailure(result: GetCustomerResult | undefined): Failure {
  expect(result, 'getCustomer result').toMatchObject({ ok: false });
  return result as Failure;
}

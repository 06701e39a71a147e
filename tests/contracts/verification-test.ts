import { readFileSync } from 'node:fs';

import { test as base } from '@playwright/test';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.ts';
import { runPactVerification, type VerificationRun } from './run-pact-verification.ts';

export { expect } from '@playwright/test';

interface SeedMerchant {
  readonly merchant_id: string;
  readonly api_key: string;
  readonly customers: readonly { readonly id: string; readonly object_reference_id: string }[];
}

/** The mock's seed merchants, read from the seed file the mock itself loads. */
export const SEED_MERCHANTS: readonly SeedMerchant[] = (
  JSON.parse(readFileSync(new URL('../../src/mock/fixtures/customers.json', import.meta.url), 'utf8')) as {
    merchants: SeedMerchant[];
  }
).merchants;

const quietLogger = createLogger({ name: 'mock', level: 'silent' });

interface VerificationFixtures {
  /** Starts the embedded mock with the given faults on 127.0.0.1 and a free port. It is closed after the test. */
  startMock: (faults?: readonly string[]) => Promise<RunningMockServer>;
  /** Runs `npm run pact:verify`'s entry point with `env` in an empty working folder. */
  verifyPacts: (env: Record<string, string>) => Promise<VerificationRun>;
}

export const test = base.extend<VerificationFixtures>({
  startMock: async ({}, use) => {
    const started: RunningMockServer[] = [];
    await use(async (faults = []) => {
      const mock = await startMockServer({ host: '127.0.0.1', port: 0, faults, logger: quietLogger });
      started.push(mock);
      return mock;
    });
    await Promise.all(started.map((mock) => mock.close()));
  },

  verifyPacts: async ({}, use, testInfo) => {
    await use((env) => runPactVerification(env, testInfo.outputPath('working-directory')));
  },
});

/**
 * Builds the environment that points verification at `baseUrl` as a proxy target with a seed merchant's
 * credentials. With `customer` the states use that seed customer, else they create fresh ones.
 */
export function targetEnvironment(
  baseUrl: string,
  merchant: SeedMerchant,
  customer?: { readonly id: string; readonly object_reference_id: string },
): Record<string, string> {
  const env: Record<string, string> = {
    JUSPAY_TARGET: 'proxy',
    JUSPAY_BASE_URL: baseUrl,
    JUSPAY_API_KEY: merchant.api_key,
    JUSPAY_MERCHANT_ID: merchant.merchant_id,
    JUSPAY_TIMEOUT_MS: '5000',
  };
  if (customer === undefined) return { ...env, JUSPAY_CREATE_CUSTOMER: 'true' };
  return { ...env, JUSPAY_CUSTOMER_ID: customer.id, JUSPAY_CUSTOMER_REFERENCE_ID: customer.object_reference_id };
}

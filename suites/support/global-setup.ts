import { randomBytes } from 'node:crypto';

import type { FullConfig } from '@playwright/test';

import type { SuiteConfig } from '../../src/config/config.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { configuredCredentials } from './juspay-request.ts';
import { RESOLVED_ENV } from './target.ts';

const logger = createLogger({ name: 'suite', level: process.env.LOG_LEVEL ?? 'warn' });

/**
 * Resolves the target before any worker starts: starts the embedded mock when no base URL is
 * configured, and creates the fixture customer when asked to. Returns the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  loadDotenvFile();
  const config = loadConfig();
  const teardowns: (() => Promise<void>)[] = [];

  let baseUrl = config.baseUrl;
  if (baseUrl === undefined) {
    const mock = await startMockServer({ logger });
    teardowns.push(() => mock.close());
    baseUrl = mock.url;
    process.env[RESOLVED_ENV.baseUrl] = baseUrl;
    logger.info({ url: baseUrl }, 'embedded mock started for the suite');
  }

  if (config.createCustomer) {
    const customer = await createFixtureCustomer(config, baseUrl);
    process.env[RESOLVED_ENV.customerId] = customer.id;
    process.env[RESOLVED_ENV.customerReferenceId] = customer.referenceId;
    logger.info({ customerId: customer.id }, 'fixture customer created');
  }

  return async () => {
    for (const teardown of teardowns.reverse()) await teardown();
  };
}

/**
 * Creates a customer through Create Customer. The reference id carries an "@" so that the
 * percent-encoding check has something to encode, and random characters so reruns never collide.
 */
async function createFixtureCustomer(config: SuiteConfig, baseUrl: string): Promise<{ id: string; referenceId: string }> {
  const suffix = randomBytes(6).toString('hex');
  const referenceId = `conformance-${suffix}@example.com`;
  const form = new URLSearchParams({
    object_reference_id: referenceId,
    mobile_number: '9000000000',
    mobile_country_code: '91',
    email_address: referenceId,
    first_name: 'Conformance',
    last_name: 'Suite',
  });

  const response = await fetch(`${baseUrl}/customers`, {
    method: 'POST',
    headers: {
      ...configuredCredentials(config),
      'x-merchantid': config.merchantId,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: form,
    redirect: 'manual',
    signal: AbortSignal.timeout(config.requestTimeoutMs),
  });
  const body = (await response.json().catch(() => undefined)) as { id?: unknown } | undefined;

  if (response.status !== 200 || typeof body?.id !== 'string') {
    throw new Error(
      `Create Customer at ${baseUrl}/customers returned ${response.status} ${JSON.stringify(body?.id ?? null)}, so the fixture customer could not be created: check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID, or set JUSPAY_CUSTOMER_ID and JUSPAY_CUSTOMER_REFERENCE_ID instead of JUSPAY_CREATE_CUSTOMER.`,
    );
  }
  return { id: body.id, referenceId };
}

import { randomBytes } from 'node:crypto';

import type { FullConfig } from '@playwright/test';

import type { SuiteConfig } from '../../src/config/config.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';
import { secretValues } from '../../src/config/secret-values.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { redactText, redactUrl } from '../../src/redaction/redact.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { configuredCredentials } from './juspay-request.ts';
import { RESOLVED_ENV } from './target.ts';

const logger = createLogger({ name: 'suite', level: process.env.LOG_LEVEL ?? 'warn' });

/**
 * Raised when the run cannot start: its message states what failed and what to do, and its stack
 * is the message alone, because frames of the setup code would only hide the cause.
 */
class SetupError extends Error {
  override readonly name = 'SetupError';

  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * Resolves the target before any worker starts: starts the embedded mock when no base URL is
 * configured, creates the fixture customer when asked to, and stops the run early when the
 * target rejects the configured credentials. Returns the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  loadDotenvFile();
  const config = loadConfig();
  const teardowns: (() => Promise<void>)[] = [];
  const teardown = async (): Promise<void> => {
    for (const step of teardowns.reverse()) await step();
  };

  try {
    let baseUrl = config.baseUrl;
    if (baseUrl === undefined) {
      const mock = await startMockServer({ logger });
      teardowns.push(() => mock.close());
      baseUrl = mock.url;
      process.env[RESOLVED_ENV.baseUrl] = baseUrl;
      logger.info({ url: baseUrl }, 'embedded mock started for the suite');
    }

    let customerId = config.customerId;
    if (config.createCustomer) {
      const customer = await createFixtureCustomer(config, baseUrl);
      customerId = customer.id;
      process.env[RESOLVED_ENV.customerId] = customer.id;
      process.env[RESOLVED_ENV.customerReferenceId] = customer.referenceId;
      logger.info({ customerId: customer.id }, 'fixture customer created');
    }

    await checkCredentialsAccepted(config, baseUrl, customerId!);
  } catch (error) {
    await teardown();
    if (error instanceof SetupError) throw error;
    throw new SetupError(`The run could not start: ${redactText(error instanceof Error ? error.message : String(error), secretValues(config))}`);
  }

  return teardown;
}

/**
 * Sends one lookup of the configured customer with the configured credentials. A 401 there means
 * the key or merchant id is wrong, and every later check would fail for that one reason, so the
 * run stops with the fix. Any other response is left to the checks, which judge it.
 */
async function checkCredentialsAccepted(config: SuiteConfig, baseUrl: string, customerId: string): Promise<void> {
  const response = await sendSetupRequest(`${baseUrl}/customers/${encodeURIComponent(customerId)}`, config, {
    method: 'GET',
    headers: { ...configuredCredentials(config), 'x-merchantid': config.merchantId, 'x-routing-id': config.routingId ?? customerId },
  });
  if (response === undefined || response.status !== 401) return;

  throw new SetupError(
    `The target at ${redactUrl(baseUrl)} rejected the configured credentials: GET /customers/{JUSPAY_CUSTOMER_ID} returned 401. ` +
      (config.proxyAuth === 'injected'
        ? 'Check the key your proxy injects and JUSPAY_PROXY_AUTH_HEADER.'
        : 'Check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID (the merchant id is case-sensitive).'),
  );
}

/** Sends a setup request; a transport failure returns undefined, since the checks report those with a reason. */
async function sendSetupRequest(url: string, config: SuiteConfig, init: RequestInit): Promise<Response | undefined> {
  try {
    return await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(config.requestTimeoutMs) });
  } catch (error) {
    logger.warn({ err: redactText(String(error), secretValues(config)) }, 'credential check got no response; the checks will report it');
    return undefined;
  }
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

  const url = `${baseUrl}/customers`;
  let response: Response;
  try {
    response = await fetch(url, {
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
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new SetupError(
      `Create Customer at ${redactUrl(url)} got no response (${reason}), so the fixture customer could not be created: check JUSPAY_BASE_URL and that the target is up.`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as { id?: unknown } | undefined;

  if (response.status !== 200 || typeof body?.id !== 'string') {
    throw new SetupError(
      `Create Customer at ${redactUrl(url)} returned ${response.status} ${JSON.stringify(body?.id ?? null)}, so the fixture customer could not be created: check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID, or set JUSPAY_CUSTOMER_ID and JUSPAY_CUSTOMER_REFERENCE_ID instead of JUSPAY_CREATE_CUSTOMER.`,
    );
  }
  return { id: body.id, referenceId };
}

import type { SuiteConfig } from '../../src/config/config.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';

/**
 * Values that global setup decides at run time and hands to the workers through the environment:
 * Playwright starts workers after global setup, and they inherit its process.env.
 */
export const RESOLVED_ENV = {
  baseUrl: 'JUSPAY_RESOLVED_BASE_URL',
  customerId: 'JUSPAY_RESOLVED_CUSTOMER_ID',
  customerReferenceId: 'JUSPAY_RESOLVED_CUSTOMER_REFERENCE_ID',
} as const;

/** The configuration with every run-time value filled in: what the checks talk to. */
export interface Target extends SuiteConfig {
  readonly baseUrl: string;
  readonly customerId: string;
  readonly customerReferenceId: string;
  readonly routingId: string;
}

/** Reads the configuration plus what global setup resolved; fails when setup did not run. */
export function readTarget(env: NodeJS.ProcessEnv = process.env): Target {
  loadDotenvFile();
  const config = loadConfig(env);
  const baseUrl = config.baseUrl ?? env[RESOLVED_ENV.baseUrl];
  const customerId = config.customerId ?? env[RESOLVED_ENV.customerId];
  const customerReferenceId = config.customerReferenceId ?? env[RESOLVED_ENV.customerReferenceId];

  if (!baseUrl || !customerId || !customerReferenceId) {
    throw new Error(
      'The target is not resolved: the suite must run through its Playwright config (npm run conformance), whose global setup starts the embedded mock or creates the fixture customer.',
    );
  }

  return { ...config, baseUrl, customerId, customerReferenceId, routingId: config.routingId ?? customerId };
}

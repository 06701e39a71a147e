import type { SuiteConfig } from '../config/config.ts';
import { ConfigError } from '../config/config-error.ts';

export interface K6RunSettings {
  /** The base URL the load goes to: the configured target, or the embedded mock's address. */
  readonly baseUrl: string;
  /** K6_PROFILE for the script; undefined keeps what the environment has. */
  readonly profile: string | undefined;
  /** Folder handleSummary writes to, relative to k6's working directory. */
  readonly reportDir: string;
}

/**
 * Builds k6's environment: the caller's variables plus the validated settings the script reads
 * through `__ENV`. Every value travels in the environment, never on the command line, where `ps`
 * would show the API key to every user of the machine.
 *
 * @throws ConfigError when no customer is configured: the load test reads one existing customer.
 */
export function buildK6Environment(
  base: NodeJS.ProcessEnv,
  config: SuiteConfig,
  settings: K6RunSettings,
): NodeJS.ProcessEnv {
  if (config.customerId === undefined) {
    throw new ConfigError([
      {
        variable: 'JUSPAY_CUSTOMER_ID',
        message:
          'is missing: the load test reads one existing customer, so set JUSPAY_CUSTOMER_ID to its cst_ id (JUSPAY_CREATE_CUSTOMER does not apply to npm run load).',
      },
    ]);
  }

  const environment: NodeJS.ProcessEnv = {
    ...base,
    JUSPAY_BASE_URL: settings.baseUrl,
    JUSPAY_API_KEY: config.apiKey,
    JUSPAY_MERCHANT_ID: config.merchantId,
    JUSPAY_CUSTOMER_ID: config.customerId,
    JUSPAY_ROUTING_ID: config.routingId ?? config.customerId,
    JUSPAY_TIMEOUT_MS: String(config.requestTimeoutMs),
    JUSPAY_TOKEN_EXPIRY_TOLERANCE_S: String(config.tokenExpiryToleranceSeconds),
    JUSPAY_ALLOW_INSECURE_HTTP: String(config.allowInsecureHttp),
    LOAD_REPORT_DIR: settings.reportDir,
  };
  if (settings.profile !== undefined) environment.K6_PROFILE = settings.profile;
  return environment;
}

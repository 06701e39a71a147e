import type { ProxyAuthHeader, ProxyAuthMode, SuiteConfig } from '../config/config.ts';
import { ConfigError, type ConfigProblem } from '../config/config-error.ts';

/** The settings differential mode needs from the configuration, every value present. */
export interface DifferentialSettings {
  /** The upstream without the proxy (JUSPAY_DIRECT_URL). */
  readonly directUrl: string;
  /** The proxy (JUSPAY_BASE_URL). */
  readonly proxyUrl: string;
  readonly apiKey: string;
  readonly merchantId: string;
  readonly customerId: string;
  readonly customerReferenceId: string;
  readonly routingId: string;
  readonly proxyAuth: ProxyAuthMode;
  readonly proxyAuthHeader: ProxyAuthHeader | undefined;
  readonly requestTimeoutMs: number;
  readonly maxBodyBytes: number;
  readonly caFile: string | undefined;
  /** Request pairs timed for the latency overhead. */
  readonly latencyRequests: number;
}

/**
 * Picks the settings of differential mode out of a validated configuration, or throws a
 * ConfigError that names every variable differential mode needs and did not get.
 */
export function readDifferentialSettings(config: SuiteConfig): DifferentialSettings {
  const problems: ConfigProblem[] = [];

  if (config.directUrl === undefined) {
    problems.push({
      variable: 'JUSPAY_DIRECT_URL',
      message: 'is missing: set it to the URL of the upstream without the proxy, such as http://127.0.0.1:4010 for npm run mock (required by npm run differential).',
    });
  }
  if (config.baseUrl === undefined) {
    problems.push({ variable: 'JUSPAY_BASE_URL', message: "is missing: set it to the proxy's URL (required by npm run differential)." });
  }
  if (config.directUrl !== undefined && config.directUrl === config.baseUrl) {
    problems.push({
      variable: 'JUSPAY_DIRECT_URL',
      message: 'is the same URL as JUSPAY_BASE_URL, so there is nothing to compare: point JUSPAY_BASE_URL at the proxy and JUSPAY_DIRECT_URL at the upstream behind it.',
    });
  }
  if (config.customerId === undefined || config.customerReferenceId === undefined) {
    problems.push({
      variable: 'JUSPAY_CREATE_CUSTOMER',
      message: 'is true, but differential mode reads an existing customer: set JUSPAY_CUSTOMER_ID and JUSPAY_CUSTOMER_REFERENCE_ID instead.',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    directUrl: config.directUrl!,
    proxyUrl: config.baseUrl!,
    apiKey: config.apiKey,
    merchantId: config.merchantId,
    customerId: config.customerId!,
    customerReferenceId: config.customerReferenceId!,
    routingId: config.routingId ?? config.customerId!,
    proxyAuth: config.proxyAuth,
    proxyAuthHeader: config.proxyAuthHeader,
    requestTimeoutMs: config.requestTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    caFile: config.caFile,
    latencyRequests: config.differentialRequests,
  };
}

import { readMockDefaults } from '../../src/config/mock-defaults.ts';

/**
 * Builds the environment that aims the conformance suite at a proxy in front of the embedded mock:
 * the mock's seed identities, set explicitly because a proxy target has no defaults, and the
 * mock's admin URL so the proxy checks run. Strict mode makes SHOULD checks fail like MUST ones.
 */
export function proxySuiteEnvironment(proxyUrl: string, upstreamAdminUrl: string): Record<string, string> {
  const seed = readMockDefaults();
  return {
    JUSPAY_TARGET: 'proxy',
    JUSPAY_BASE_URL: proxyUrl,
    JUSPAY_UPSTREAM_ADMIN_URL: upstreamAdminUrl,
    JUSPAY_API_KEY: seed.apiKey,
    JUSPAY_MERCHANT_ID: seed.merchantId,
    JUSPAY_CUSTOMER_ID: seed.customerId,
    JUSPAY_CUSTOMER_REFERENCE_ID: seed.customerReferenceId,
    JUSPAY_OTHER_MERCHANT_CUSTOMER_ID: seed.otherMerchantCustomerId,
    JUSPAY_BAD_ORIGIN_API_KEY: seed.badOrigin.apiKey,
    JUSPAY_BAD_ORIGIN_MERCHANT_ID: seed.badOrigin.merchantId,
    JUSPAY_STRICT: 'true',
  };
}

import type { SuiteConfig } from './config.ts';

/**
 * Returns every configured value that is a credential: the API keys and a proxy's own auth header value.
 * Whatever the suite writes (notes, reports, logs) is masked for these literals, on top of the
 * patterns that catch Authorization values, tokens and personal data.
 */
export function secretValues(config: SuiteConfig): string[] {
  return [config.apiKey, config.badOrigin?.apiKey, config.proxyAuthHeader?.value].filter(
    (value): value is string => value !== undefined && value !== '',
  );
}

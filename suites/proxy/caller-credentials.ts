import type { GetCustomerRequest } from '../support/juspay-request.ts';
import type { Target } from '../support/target.ts';

/**
 * Returns the credential part of a request as a caller of the proxy sends it: Basic auth with the
 * configured key in pass-through mode. In injected mode there is no Authorization, only the
 * proxy's own header when one is configured.
 */
export function callerCredentials(target: Target): Required<Pick<GetCustomerRequest, 'authorization' | 'extraHeaders'>> {
  if (target.proxyAuth === 'pass-through') return { authorization: { kind: 'configured' }, extraHeaders: {} };

  const header = target.proxyAuthHeader;
  return { authorization: { kind: 'none' }, extraHeaders: header === undefined ? {} : { [header.name]: header.value } };
}

export const INJECTED_ONLY_REASON =
  'JUSPAY_PROXY_AUTH is pass-through: the caller sends the key itself, and this test is about a proxy that adds it (injected)';

export const PASS_THROUGH_ONLY_REASON =
  'JUSPAY_PROXY_AUTH is injected: the proxy, not the caller, sends the key, so what the caller sends never reaches the upstream';

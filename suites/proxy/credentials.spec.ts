import { check, expect, test } from '../support/fixtures.ts';
import { unknownCustomerId } from '../support/unknown-ids.ts';
import { INJECTED_ONLY_REASON, PASS_THROUGH_ONLY_REASON } from './caller-credentials.ts';
import { apiKeyForms, credentialHeaderNames, findInResponse } from './credential-detection.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

const CONFIGURED_KEY = { scheme: 'Basic', credential: 'configured-key' };

test(...check('proxy.credentials', "the caller's key reaches the upstream as the configured key", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  test.skip(target.proxyAuth === 'injected', PASS_THROUGH_ONLY_REASON);

  const received = await receivedUpstream(upstream, await sendTraced(juspay, target));

  expect(received.authorization, 'Authorization as the upstream judged it').toEqual(CONFIGURED_KEY);
}));

test(...check('proxy.credentials', 'the upstream gets the configured key from an injecting proxy', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  test.skip(target.proxyAuth === 'pass-through', INJECTED_ONLY_REASON);

  // In injected mode the caller sends no Authorization at all.
  const exchange = await sendTraced(juspay, target);
  const received = await receivedUpstream(upstream, exchange);

  expect(received.authorization, 'Authorization as the upstream judged it, though the caller sent none').toEqual(CONFIGURED_KEY);
  expect(exchange.response.status(), 'status the caller got for the configured customer').toBe(200);
}));

test(...check('proxy.credentials', 'the proxy adds no credential header of its own', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  // The proxy's own credential is for the proxy alone; the upstream has no use for it.
  const proxyHeader = target.proxyAuthHeader === undefined ? [] : [target.proxyAuthHeader.name];

  const received = await receivedUpstream(upstream, await sendTraced(juspay, target));

  expect(credentialHeaderNames(received.headers, proxyHeader), 'credential headers the upstream received besides Authorization').toEqual([]);
}));

test(...check('proxy.credentials', 'the injected key never comes back in a response', async ({ juspay, target }) => {
  // Only responses are searched here, but like every proxy check this one runs in front of the mock.
  upstreamBehindProxy(target);
  test.skip(target.proxyAuth === 'pass-through', INJECTED_ONLY_REASON);
  const forms = apiKeyForms(target.apiKey);
  const requests = [
    { name: 'a customer', request: {} },
    { name: 'a token request', request: { tokenOption: 'true' } },
    { name: 'an unknown id', request: { pathSegment: unknownCustomerId() } },
    { name: 'a request without x-merchantid', request: { merchant: null } },
  ];

  for (const { name, request } of requests) {
    const { response } = await sendTraced(juspay, target, request);

    expect(await findInResponse(response, forms), `places in the answer to ${name} that carry the key (JUSPAY_API_KEY), raw or base64-encoded`).toEqual([]);
  }
}));

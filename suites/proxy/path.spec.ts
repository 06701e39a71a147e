import { check, expect, test } from '../support/fixtures.ts';
import { rawPathSegment, TOKEN_OPTION } from '../support/juspay-request.ts';
import { unknownCustomerId } from '../support/unknown-ids.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

test(...check('proxy.path-preserved', 'a percent-encoded reference id reaches the upstream unchanged', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  const encoded = encodeURIComponent(target.customerReferenceId);
  test.skip(encoded === rawPathSegment(target.customerReferenceId), `the reference id ${encoded} has no character that percent-encoding changes`);

  const received = await receivedUpstream(upstream, await sendTraced(juspay, target, { pathSegment: encoded }));

  expect(received.rawPath, 'path and query as the upstream received them').toBe(`/customers/${encoded}`);
}));

test(...check('proxy.path-preserved', 'the dotted token option reaches the upstream unchanged', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  // An id of this request alone: the upstream returns 404, and no cache in the proxy can serve it.
  const pathSegment = unknownCustomerId();

  const received = await receivedUpstream(upstream, await sendTraced(juspay, target, { pathSegment, tokenOption: 'true' }));

  expect(received.rawPath, 'path and query as the upstream received them').toBe(`/customers/${pathSegment}?${TOKEN_OPTION}=true`);
}));

import { check, expect, test } from '../support/fixtures.ts';
import { normaliseContentType } from './media-type.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

test(...check('proxy.content-type-preserved', "a customer response keeps the upstream's Content-Type", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);

  const exchange = await sendTraced(juspay, target);
  const received = await receivedUpstream(upstream, exchange);

  expect(received.response.status, 'status the upstream sent for the configured customer').toBe(200);
  expect(
    normaliseContentType(exchange.response.headers()['content-type']),
    "Content-Type the caller got, compared with the upstream's",
  ).toBe(normaliseContentType(received.response.contentType));
}));

import { randomUUID } from 'node:crypto';

import { check, expect, test } from '../support/fixtures.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

test(...check('proxy.headers-forwarded', 'x-merchantid and x-routing-id reach the upstream unchanged', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  // A value of this request alone, so a proxy that sets its own x-routing-id cannot pass by chance.
  const routingId = `routing-${randomUUID()}`;

  const received = await receivedUpstream(upstream, await sendTraced(juspay, target, { routingId }));

  expect(received.headers['x-merchantid'], 'x-merchantid as the upstream received it').toBe(target.merchantId);
  expect(received.headers['x-routing-id'], 'x-routing-id as the upstream received it').toBe(routingId);
}));

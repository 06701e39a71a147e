import { check, expect, test } from '../support/fixtures.ts';
import { readJsonBody } from '../support/response.ts';
import { schemaFor } from '../support/schema-choice.ts';
import { unknownApiKey, unknownCustomerId } from '../support/unknown-ids.ts';
import { PASS_THROUGH_ONLY_REASON } from './caller-credentials.ts';
import { normaliseContentType } from './media-type.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

// The admin API records the status and Content-Type the upstream sent but not its body, so the
// body the caller got is compared with the documented body of that error.

test(...check('proxy.errors-passed-through', "the upstream's 404 reaches the caller unchanged", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);

  const exchange = await sendTraced(juspay, target, { pathSegment: unknownCustomerId() });
  const received = await receivedUpstream(upstream, exchange);

  test.skip(received.response.status !== 404, `the upstream answered ${received.response.status}, not 404, for an unknown id, so there is no 404 to pass on`);
  expect(exchange.response.status(), "status the caller got, compared with the upstream's 404").toBe(404);
  expect(
    normaliseContentType(exchange.response.headers()['content-type']),
    "Content-Type the caller got, compared with the upstream's",
  ).toBe(normaliseContentType(received.response.contentType));
  const body = await readJsonBody(exchange.response);
  expect(body.status, 'the status field').toBe('invalid_request_error');
  expect(body.error_code, 'the error_code field').toBe('object_not_found');
  expect(body).toMatchSchema(schemaFor('error.not-found', target.strict));
}));

test(...check('proxy.errors-passed-through', "the upstream's 401 reaches the caller unchanged", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  test.skip(target.proxyAuth === 'injected', PASS_THROUGH_ONLY_REASON);

  const exchange = await sendTraced(juspay, target, { authorization: { kind: 'basic', apiKey: unknownApiKey(), colon: true } });
  const received = await receivedUpstream(upstream, exchange);

  test.skip(received.response.status !== 401, `the upstream answered ${received.response.status}, not 401, for an unknown key, so there is no 401 to pass on`);
  expect(exchange.response.status(), "status the caller got, compared with the upstream's 401").toBe(401);
  expect(
    normaliseContentType(exchange.response.headers()['content-type']),
    "Content-Type the caller got, compared with the upstream's",
  ).toBe(normaliseContentType(received.response.contentType));
  const body = await readJsonBody(exchange.response);
  expect(body.status, 'the status field').toBe('error');
  expect(body.error_code, 'the error_code field').toBe('access_denied');
  expect(body).toMatchSchema(schemaFor('error.access-denied', target.strict));
}));

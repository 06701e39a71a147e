import { check, expect, test } from '../support/fixtures.ts';
import { readJsonBody } from '../support/response.ts';
import { schemaFor, type TolerantSchemaName } from '../support/schema-choice.ts';
import { unknownApiKey, unknownCustomerId } from '../support/unknown-ids.ts';
import { PASS_THROUGH_ONLY_REASON } from './caller-credentials.ts';
import { normaliseContentType } from './media-type.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy, type AnsweredUpstreamRequest, type TracedExchange } from './upstream-exchange.ts';

/** An error as Juspay documents it: the fields clients branch on and the schema of its body. */
interface DocumentedError {
  readonly status: number;
  readonly statusField: string;
  readonly errorCode: string;
  readonly schema: TolerantSchemaName;
}

const NOT_FOUND: DocumentedError = { status: 404, statusField: 'invalid_request_error', errorCode: 'object_not_found', schema: 'error.not-found' };
const ACCESS_DENIED: DocumentedError = { status: 401, statusField: 'error', errorCode: 'access_denied', schema: 'error.access-denied' };

/**
 * Checks that the caller got the upstream's status and Content-Type, and the documented body. The
 * admin API records the status and Content-Type the upstream sent but not its body, so the body
 * is compared with the documented body of that error.
 */
async function expectPassedThrough(exchange: TracedExchange, received: AnsweredUpstreamRequest, documented: DocumentedError, strict: boolean): Promise<void> {
  expect(exchange.response.status(), `status the caller got, compared with the upstream's ${documented.status}`).toBe(documented.status);
  expect(
    normaliseContentType(exchange.response.headers()['content-type']),
    "Content-Type the caller got, compared with the upstream's",
  ).toBe(normaliseContentType(received.response.contentType));
  const body = await readJsonBody(exchange.response);
  expect(body.status, 'the status field').toBe(documented.statusField);
  expect(body.error_code, 'the error_code field').toBe(documented.errorCode);
  expect(body).toMatchSchema(schemaFor(documented.schema, strict));
}

test(...check('proxy.errors-passed-through', "the upstream's 404 reaches the caller unchanged", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);

  const exchange = await sendTraced(juspay, target, { pathSegment: unknownCustomerId() });
  const received = await receivedUpstream(upstream, exchange);

  test.skip(received.response.status !== 404, `the upstream answered ${received.response.status}, not 404, for an unknown id, so there is no 404 to pass on`);
  await expectPassedThrough(exchange, received, NOT_FOUND, target.strict);
}));

test(...check('proxy.errors-passed-through', "the upstream's 401 reaches the caller unchanged", async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  test.skip(target.proxyAuth === 'injected', PASS_THROUGH_ONLY_REASON);

  const exchange = await sendTraced(juspay, target, { authorization: { kind: 'basic', apiKey: unknownApiKey(), colon: true } });
  const received = await receivedUpstream(upstream, exchange);

  test.skip(received.response.status !== 401, `the upstream answered ${received.response.status}, not 401, for an unknown key, so there is no 401 to pass on`);
  await expectPassedThrough(exchange, received, ACCESS_DENIED, target.strict);
}));

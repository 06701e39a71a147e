import { randomUUID } from 'node:crypto';

import type { APIResponse } from '@playwright/test';

import { expect, test, type JuspayApi } from '../support/fixtures.ts';
import type { GetCustomerRequest } from '../support/juspay-request.ts';
import type { Target } from '../support/target.ts';
import { UpstreamAdminClient, type UpstreamRequestRecord, type UpstreamResponseRecord } from '../support/upstream.ts';
import { callerCredentials } from './caller-credentials.ts';

/** One request sent through the proxy and the response the caller got. */
export interface TracedExchange {
  /** The x-request-id the request carried, under which the upstream records it. */
  readonly requestId: string;
  readonly response: APIResponse;
}

/**
 * Returns a client of the upstream's admin API, or skips the calling test when the target is not
 * a proxy in front of the embedded mock, because only then can the suite see what the upstream
 * received.
 */
export function upstreamBehindProxy(target: Target): UpstreamAdminClient {
  test.skip(target.target !== 'proxy', `JUSPAY_TARGET is ${target.target}, not proxy`);
  test.skip(
    target.upstreamAdminUrl === undefined,
    'JUSPAY_UPSTREAM_ADMIN_URL is not set, so the upstream is not the embedded mock and what it received cannot be seen',
  );
  return new UpstreamAdminClient(target.upstreamAdminUrl!, target.requestTimeoutMs);
}

/**
 * Sends a Get Customer request through the proxy with the caller credentials of the auth mode and
 * a fresh x-request-id. Fields of `request` win, so a test can still send a wrong key.
 */
export async function sendTraced(juspay: JuspayApi, target: Target, request: Partial<GetCustomerRequest> = {}): Promise<TracedExchange> {
  const requestId = randomUUID();
  const credentials = callerCredentials(target);

  const response = await juspay.getCustomer({
    authorization: credentials.authorization,
    ...request,
    extraHeaders: { ...credentials.extraHeaders, ...request.extraHeaders, 'x-request-id': requestId },
  });

  return { requestId, response };
}

/** A request the upstream received and responded to. */
export type AnsweredUpstreamRequest = UpstreamRequestRecord & { readonly response: UpstreamResponseRecord };

/**
 * Returns what the upstream received for an exchange and its response, and fails the check when
 * it received nothing.
 */
export async function receivedUpstream(upstream: UpstreamAdminClient, exchange: TracedExchange): Promise<AnsweredUpstreamRequest> {
  const record = await upstream.waitForRequest(exchange.requestId);

  expect(
    record,
    `the upstream received the request sent with x-request-id ${exchange.requestId}, which the proxy answered with ${exchange.response.status()}; a proxy must forward x-request-id and must not answer from a cache or by itself`,
  ).toBeDefined();
  expect(record?.response, `the upstream answered the request sent with x-request-id ${exchange.requestId}`).not.toBeNull();
  return record as AnsweredUpstreamRequest;
}

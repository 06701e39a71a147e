import type { AddressInfo } from 'node:net';

import { expect, test as base } from '@playwright/test';

import { createBaselineServer } from '../../bench/baseline-server.ts';
import { recordResponse } from '../../bench/canned-response.ts';
import { readMockDefaults } from '../../src/config/mock-defaults.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';

interface Servers {
  /** The mock and a baseline that replays its responses, both on 127.0.0.1 port 0. */
  servers: { mockUrl: string; baselineUrl: string };
}

const identity = readMockDefaults();
const headers = {
  authorization: `Basic ${Buffer.from(`${identity.apiKey}:`).toString('base64')}`,
  'x-merchantid': identity.merchantId,
  'x-routing-id': identity.customerId,
};
const PATHS = {
  token: `/customers/${identity.customerId}?options.get_client_auth_token=true`,
  plain: `/customers/${identity.customerId}`,
};

const test = base.extend<Servers>({
  servers: async ({}, use) => {
    const mock = await startMockServer({ port: 0, logger: createLogger({ name: 'mock', level: 'warn' }) });
    const [token, plain] = await Promise.all([
      recordResponse(mock.url + PATHS.token, headers),
      recordResponse(mock.url + PATHS.plain, headers),
    ]);
    const baseline = createBaselineServer({ token: token!, plain: plain! });
    await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));

    await use({ mockUrl: mock.url, baselineUrl: `http://127.0.0.1:${(baseline.address() as AddressInfo).port}` });

    baseline.closeAllConnections();
    await Promise.all([mock.close(), new Promise((resolve) => baseline.close(resolve))]);
  },
});

/** Response header names and value lengths, without Date, which both servers' Node sets alike. */
async function describeResponse(url: string): Promise<{ status: number; headers: string[]; bodyBytes: number }> {
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  const described = [...response.headers].filter(([name]) => name !== 'date').map(([name, value]) => `${name}: ${value.length}`);
  return { status: response.status, headers: described.sort(), bodyBytes: body.byteLength };
}

for (const [path, url] of Object.entries(PATHS)) {
  test(`baseline replays the mock's ${path} response size`, async ({ servers }) => {
    const mock = await describeResponse(servers.mockUrl + url);
    const baseline = await describeResponse(servers.baselineUrl + url);

    expect(mock.status).toBe(200);
    expect(baseline.status).toBe(200);
    expect(baseline.headers).toEqual(mock.headers);
    expect(baseline.bodyBytes).toBe(mock.bodyBytes);
  });
}

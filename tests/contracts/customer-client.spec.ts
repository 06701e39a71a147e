import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  CreateCustomerError,
  CustomerClient,
  CustomerRequestError,
  InvalidCustomerIdError,
  type GetCustomerResult,
  type UnexpectedResponse,
} from '../../src/client/index.ts';
import { MAX_BODY_BYTES } from '../../src/client/read-response.ts';
import { SEED_MERCHANTS, expect, test as base } from './verification-test.ts';

const API_KEY = 'client_test_key_5b2e9c';
const AUTHORIZATION = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;

interface ClientFixtures {
  /** Starts a node:http server on 127.0.0.1 and a free port with `listener`. It is closed after the test. */
  serve: (listener: RequestListener) => Promise<string>;
}

const test = base.extend<ClientFixtures>({
  serve: async ({}, use) => {
    const servers: ReturnType<typeof createServer>[] = [];
    await use(async (listener) => {
      const server = createServer(listener);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  },
});

/** Asserts that the result is an 'unexpected' error and returns that error. */
function expectUnexpected(result: GetCustomerResult): UnexpectedResponse {
  expect(result).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
  return (result as Extract<GetCustomerResult, { ok: false }>).error as UnexpectedResponse;
}

function clientFor(baseUrl: string, timeoutMs = 5_000): CustomerClient {
  return new CustomerClient({ baseUrl, apiKey: API_KEY, merchantId: 'client_test_merchant', timeoutMs });
}

test.describe('customer client', () => {
  test('sends the documented request', async ({ serve }) => {
    let received: IncomingMessage | undefined;
    const baseUrl = await serve((request, response) => {
      received = request;
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error_code":"object_not_found"}');
    });

    await clientFor(baseUrl).getCustomer('customer@gmail.com', { clientAuthToken: true });

    expect(received?.method).toBe('GET');
    expect(received?.url).toBe('/customers/customer%40gmail.com?options.get_client_auth_token=true');
    expect(received?.headers.authorization).toBe(AUTHORIZATION);
    expect(received?.headers['x-merchantid']).toBe('client_test_merchant');
    expect(received?.headers['x-routing-id']).toBe('customer@gmail.com');
  });

  test('maps a non-JSON body to unexpected', async ({ serve }) => {
    const baseUrl = await serve((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
    });

    const result = await clientFor(baseUrl).getCustomer('cst_om2l6ctlptxwxuzj');

    expect(result.ok).toBe(false);
    expect(result.status).toBe(502);
    const error = expectUnexpected(result);
    expect(error.message).toContain('HTTP 502');
    expect(error.message).toContain('Content-Type "text/html"');
    expect(error.body).toBe('<html>Bad gateway</html>');
  });

  test('maps a 200 that is not JSON to unexpected', async ({ serve }) => {
    const baseUrl = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('{"id":"cst_om2l6ctlptxwxuzj","object":"customer"}');
    });

    const result = await clientFor(baseUrl).getCustomer('cst_om2l6ctlptxwxuzj');

    expect(result).toMatchObject({ ok: false, status: 200, error: { kind: 'unexpected', contentType: 'text/plain' } });
  });

  test('maps an undocumented 404 body to unexpected', async ({ serve }) => {
    const baseUrl = await serve((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error_code":"not_found"}');
    });

    const result = await clientFor(baseUrl).getCustomer('cst_doesnotexist0000');

    expect(result).toMatchObject({ ok: false, status: 404, error: { kind: 'unexpected' } });
  });

  test('does not follow a redirect', async ({ serve }) => {
    let redirectTargetRequested = false;
    const elsewhere = await serve((_request, response) => {
      redirectTargetRequested = true;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const baseUrl = await serve((_request, response) => {
      response.writeHead(302, { location: `${elsewhere}/customers/cst_om2l6ctlptxwxuzj` }).end();
    });

    const result = await clientFor(baseUrl).getCustomer('cst_om2l6ctlptxwxuzj');

    expect(result).toMatchObject({ ok: false, status: 302, error: { kind: 'unexpected' } });
    expect(redirectTargetRequested).toBe(false);
  });

  test('stops reading a body over the size limit', async ({ serve }) => {
    const baseUrl = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`"${'x'.repeat(MAX_BODY_BYTES + 1)}"`);
    });

    const result = await clientFor(baseUrl).getCustomer('cst_om2l6ctlptxwxuzj');

    expect(expectUnexpected(result).message).toContain(`the body is larger than ${MAX_BODY_BYTES} bytes`);
  });

  test('rejects an empty customer id before sending', async () => {
    const lookup = clientFor('http://127.0.0.1:9').getCustomer('');

    await expect(lookup).rejects.toBeInstanceOf(InvalidCustomerIdError);
  });

  test('masks echoed credentials in messages', async ({ serve }) => {
    const baseUrl = await serve((request, response) => {
      const echo = `key ${API_KEY}, header ${request.headers.authorization}, token tkn_8649cd66d30c47728b8dd2fb6279a4cc`;
      response.writeHead(500, { 'content-type': 'text/plain' }).end(echo);
    });

    const result = await clientFor(baseUrl).getCustomer('cst_om2l6ctlptxwxuzj');

    const error = expectUnexpected(result);
    expect(error.message).not.toContain(API_KEY);
    expect(error.message).not.toContain(AUTHORIZATION.slice('Basic '.length));
    expect(error.message).not.toContain('tkn_8649cd66d30c47728b8dd2fb6279a4cc');
  });

  test('rejects with REQUEST_TIMEOUT when the target stalls', async ({ serve }) => {
    const baseUrl = await serve(() => {
      // Never responds; the fixture closes the connection after the test.
    });

    const lookup = clientFor(baseUrl, 200).getCustomer('cst_om2l6ctlptxwxuzj');

    await expect(lookup).rejects.toBeInstanceOf(CustomerRequestError);
    await expect(lookup).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT', message: expect.stringContaining('timed out after 200 ms') });
  });

  test('rejects with REQUEST_FAILED when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));

    const lookup = clientFor(`http://127.0.0.1:${port}`).getCustomer('cst_om2l6ctlptxwxuzj');

    await expect(lookup).rejects.toMatchObject({ code: 'REQUEST_FAILED', message: expect.stringContaining('ECONNREFUSED') });
  });

  test('rejects an invalid base URL before sending', () => {
    expect(() => clientFor('sandbox.juspay.in')).toThrow(/baseUrl "sandbox\.juspay\.in" is not a URL/);
  });

  test('createCustomer names the error codes of a duplicate', async ({ startMock }) => {
    const mock = await startMock();
    const [merchant] = SEED_MERCHANTS;
    const existing = merchant?.customers[0];
    if (merchant === undefined || existing === undefined) throw new Error('The mock seed file needs a merchant with a customer.');
    const client = new CustomerClient({ baseUrl: mock.url, apiKey: merchant.api_key, merchantId: merchant.merchant_id, timeoutMs: 5_000 });

    const creation = client.createCustomer({ object_reference_id: existing.object_reference_id, mobile_number: '9988776655' });

    await expect(creation).rejects.toBeInstanceOf(CreateCustomerError);
    await expect(creation).rejects.toMatchObject({ status: 400, errorCode: 'unique', infoCode: 'ALREADY_EXISTS' });
  });
});

import { MockConfigError } from '../../src/mock/config-error.ts';
import {
  authHeaders,
  basicAuth,
  createCapturingLogger,
  expect,
  JSON_CONTENT_TYPE,
  MERCHANT,
  readJsonObject,
  SAMPLE_CUSTOMER,
  test,
  TOKEN_OPTION,
} from './fixtures.ts';

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

const parseLines = (lines: readonly string[]): LogLine[] => lines.map((line) => JSON.parse(line) as LogLine);

test.describe('mock server', () => {
  test('url and port point at 127.0.0.1', async ({ mock }) => {
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.port).toBeGreaterThan(0);
  });

  const invalidOptions = [
    ['port', { port: 70_000 }],
    ['port', { port: 1.5 }],
    ['tokenTtlSeconds', { tokenTtlSeconds: 0 }],
    ['host', { host: '' }],
  ] as const;
  for (const [setting, options] of invalidOptions) {
    test(`invalid ${setting} ${JSON.stringify(Object.values(options)[0])} throws a MockConfigError`, async ({ startMock }) => {
      const start = startMock(options);

      await expect(start).rejects.toThrow(MockConfigError);
      await expect(start).rejects.toMatchObject({ setting });
    });
  }

  test('a seed with a duplicate reference id throws a MockConfigError', async ({ startMock }) => {
    const customer = { ...SAMPLE_CUSTOMER };
    const seed = {
      merchants: [{ merchant_id: 'm', api_key: 'k', allowed_ips: null, customers: [customer, { ...customer, id: 'cst_aaaaaaaaaaaaaaaa' }] }],
    };

    await expect(startMock({ seed })).rejects.toThrow(/object_reference_id "customer@gmail.com" twice/);
  });

  test('close stops the server from accepting requests', async ({ startMock }) => {
    const mock = await startMock();

    await mock.close();

    await expect(fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() })).rejects.toThrow();
  });

  test('start and stop are logged with the URL', async ({ startMock }) => {
    const { logger, lines } = createCapturingLogger('info');
    const mock = await startMock({ logger });

    await mock.close();
    const messages = parseLines(lines).map((line) => [line.msg, line.url]);

    expect(messages).toEqual([
      ['Mock server started', mock.url],
      ['Mock server stopped', mock.url],
    ]);
  });

  test('each request is logged at debug with method, path, status and request id', async ({ startMock }) => {
    const { logger, lines } = createCapturingLogger('debug');
    const mock = await startMock({ logger });

    await fetch(`${mock.url}/customers/unknown`, { headers: { ...authHeaders(), 'x-request-id': 'log-1' } });
    const served = parseLines(lines).find((line) => line.msg === 'Request served');

    expect(served).toMatchObject({ level: 20, method: 'GET', path: '/customers/unknown', status: 404, requestId: 'log-1' });
  });

  test('logs carry no API key, Authorization value or token', async ({ startMock }) => {
    const { logger, lines } = createCapturingLogger('trace');
    const mock = await startMock({ logger });
    const authorization = basicAuth(MERCHANT.apiKey);

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}?${TOKEN_OPTION}=true`, { headers: authHeaders() });
    const { juspay } = (await readJsonObject(response)) as { juspay?: { client_auth_token: string } };
    await fetch(`${mock.url}/customers`, {
      method: 'POST',
      headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
      body: `object_reference_id=log-ref&mobile_number=1&${TOKEN_OPTION}=true`,
    });
    await mock.close();
    const log = lines.join('\n');

    expect(lines.length).toBeGreaterThan(2);
    expect(log).not.toContain(MERCHANT.apiKey);
    expect(log).not.toContain(authorization.slice('Basic '.length));
    expect(juspay?.client_auth_token).toMatch(/^tkn_/);
    expect(log).not.toContain('tkn_');
  });

  test('an unexpected handler error returns 500 JSON and is logged', async ({ startMock }) => {
    const { logger, lines } = createCapturingLogger('info');
    const failingClock = (): number => {
      throw new Error('clock unavailable');
    };
    const mock = await startMock({ logger, now: failingClock });

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}?${TOKEN_OPTION}=true`, {
      headers: { ...authHeaders(), 'x-request-id': 'boom-1' },
    });
    const errorLine = parseLines(lines).find((line) => line.level === 50);

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect(await readJsonObject(response)).toEqual({ status: 'error', error_code: 'internal_error', error_message: expect.any(String) });
    expect(errorLine).toMatchObject({ msg: 'Request handler failed', requestId: 'boom-1' });
  });

  test('an unexpected error in Create Customer returns 500 JSON', async ({ startMock }) => {
    const failingClock = (): number => {
      throw new Error('clock unavailable');
    };
    const mock = await startMock({ now: failingClock });

    const response = await fetch(`${mock.url}/customers`, {
      method: 'POST',
      headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'object_reference_id=clock-ref&mobile_number=1',
    });

    expect(response.status).toBe(500);
    expect((await readJsonObject(response)).error_code).toBe('internal_error');
  });
});

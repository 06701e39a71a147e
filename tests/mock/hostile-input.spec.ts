import {
  authHeaders,
  createCapturingLogger,
  expect,
  JSON_CONTENT_TYPE,
  rawRequest,
  SAMPLE_CUSTOMER,
  socketRequest,
  test,
} from './fixtures.ts';

/** Paths sent as they are; each must get a 4xx JSON error and no customer data. */
const HOSTILE_PATHS = [
  ['a very long id', `/customers/${'a'.repeat(8_000)}`],
  ['an id over the header limit', `/customers/${'a'.repeat(20_000)}`],
  ['percent-encoded unicode', '/customers/%E6%97%A5%E6%9C%AC%F0%9F%98%80'],
  ['an encoded slash', `/customers/${SAMPLE_CUSTOMER.id}%2F..`],
  ['an encoded slash before the id', `/customers/..%2F${SAMPLE_CUSTOMER.id}`],
  ['a dot-dot segment', '/customers/..'],
  ['a dot-dot path', `/customers/../customers/${SAMPLE_CUSTOMER.id}x`],
  ['an encoded NUL', '/customers/%00'],
  ['an id with an encoded NUL', `/customers/${SAMPLE_CUSTOMER.id}%00`],
  ['a single quote', "/customers/'"],
  ['encoded quotes', '/customers/%22%27%60'],
  ['SQL-like text', `/customers/${encodeURIComponent("' OR '1'='1' --")}`],
  ['SQL-like text with a semicolon', `/customers/${encodeURIComponent('1; DROP TABLE customers;')}`],
  ['a lone percent sign', '/customers/%'],
  ['a truncated escape', '/customers/%E0%A4%A'],
  ['an encoded reference id with a trailing space', '/customers/customer%40gmail.com%20'],
  ['a trailing slash', `/customers/${SAMPLE_CUSTOMER.id}/`],
  ['an empty id', '/customers/'],
  ['a wildcard', '/customers/*'],
  ['a path-like id', '/customers/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
] as const;

/** Request heads node:http refuses to send, written byte for byte. */
const RAW_HEADS = [
  ['a raw NUL', Buffer.from('GET /customers/a\u0000b HTTP/1.1\r\nhost: localhost')],
  ['a raw space', Buffer.from('GET /customers/a b HTTP/1.1\r\nhost: localhost')],
  ['raw UTF-8 bytes', Buffer.from('GET /customers/日本 HTTP/1.1\r\nhost: localhost', 'utf8')],
  ['a raw double quote', Buffer.from('GET /customers/"x" HTTP/1.1\r\nhost: localhost')],
  ['a broken request line', Buffer.from('GET\r\nhost: localhost')],
] as const;

test.describe('input.hostile-id', () => {
  for (const [description, path] of HOSTILE_PATHS) {
    test(`input.hostile-id: ${description} returns a 4xx JSON error`, async ({ mock }) => {
      const response = await rawRequest(mock.url, path, { headers: authHeaders() });
      const body: unknown = JSON.parse(response.text);

      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toBe(JSON_CONTENT_TYPE);
      expect(body).toHaveProperty('error_code');
      expect(body).not.toHaveProperty('id');
    });
  }

  for (const [description, head] of RAW_HEADS) {
    test(`input.hostile-id: ${description} in the request line returns a 4xx JSON error`, async ({ mock }) => {
      const response = await socketRequest(mock.url, head);

      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.contentType).toBe(JSON_CONTENT_TYPE);
      expect(JSON.parse(response.body)).toHaveProperty('error_code');
    });
  }

  test('input.hostile-id: no hostile path reaches the internal error handler', async ({ startMock }) => {
    const { logger, lines } = createCapturingLogger();
    const mock = await startMock({ logger });

    for (const [, path] of HOSTILE_PATHS) await rawRequest(mock.url, path, { headers: authHeaders() });
    for (const [, head] of RAW_HEADS) await socketRequest(mock.url, head);
    const errorLines = lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

    expect(errorLines).toEqual([]);
  });

  test('the server still serves after hostile input', async ({ mock }) => {
    for (const [, head] of RAW_HEADS) await socketRequest(mock.url, head);

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(response.status).toBe(200);
  });
});

test.describe('method.unsupported', () => {
  for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']) {
    test(`method.unsupported: ${method} on a customer returns 405 with Allow`, async ({ mock }) => {
      const response = await rawRequest(mock.url, `/customers/${SAMPLE_CUSTOMER.id}`, { method, headers: authHeaders() });

      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, POST');
      expect(response.headers['content-type']).toBe(JSON_CONTENT_TYPE);
    });
  }

  test('method.unsupported: the 405 body names the method', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { method: 'DELETE', headers: authHeaders() });

    expect(await response.json()).toEqual({
      status: 'invalid_request_error',
      error_code: 'method_not_allowed',
      error_message: expect.stringContaining('DELETE'),
    });
  });

  test('GET on the collection returns 405 with Allow: POST', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers`, { headers: authHeaders() });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  for (const path of ['/', '/customer/x', '/customers-x', '/v1/customers/x', '/orders/1']) {
    test(`unknown path ${path} returns 404 JSON`, async ({ mock }) => {
      const response = await fetch(`${mock.url}${path}`, { headers: authHeaders() });

      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
      expect(await response.json()).toHaveProperty('error_code', 'not_found');
    });
  }
});

import { authHeaders, expect, SAMPLE_CUSTOMER, socketRequest, test } from './fixtures.ts';

/** Joins request-line and header lines into the head socketRequest sends. */
function head(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

const AUTH_LINES = Object.entries(authHeaders()).map(([name, value]) => `${name}: ${value}`);

test.describe('mock protocol edges', () => {
  test('CONNECT returns 405 JSON', async ({ mock }) => {
    const response = await socketRequest(mock.url, head('CONNECT 127.0.0.1:443 HTTP/1.1', 'host: 127.0.0.1:443'));

    expect(response.status).toBe(405);
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toMatchObject({ error_code: 'method_not_allowed' });
  });

  test('an unmet Expect returns 417 JSON', async ({ mock }) => {
    const response = await socketRequest(
      mock.url,
      head(`GET /customers/${SAMPLE_CUSTOMER.id} HTTP/1.1`, `host: 127.0.0.1:${mock.port}`, 'expect: banana', ...AUTH_LINES),
    );

    expect(response.status).toBe(417);
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toMatchObject({ error_code: 'expectation_failed' });
  });

  test('HTTP/1.1 without Host returns 400 JSON', async ({ mock }) => {
    const response = await socketRequest(mock.url, head(`GET /customers/${SAMPLE_CUSTOMER.id} HTTP/1.1`, ...AUTH_LINES));

    expect(response.status).toBe(400);
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toMatchObject({ error_code: 'bad_request' });
  });

  test('HTTP/1.0 without Host is served', async ({ mock }) => {
    const response = await socketRequest(mock.url, head(`GET /customers/${SAMPLE_CUSTOMER.id} HTTP/1.0`, ...AUTH_LINES));

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ id: SAMPLE_CUSTOMER.id });
  });
});

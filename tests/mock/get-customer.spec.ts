import {
  authHeaders,
  expect,
  JSON_CONTENT_TYPE,
  MERCHANT,
  OTHER_MERCHANT_CUSTOMER,
  readJsonObject,
  SAMPLE_CUSTOMER,
  test,
} from './fixtures.ts';

test.describe('Get Customer', () => {
  test('customer.found: a cst_ id returns the customer', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(response.status).toBe(200);
    expect(await readJsonObject(response)).toEqual(SAMPLE_CUSTOMER);
  });

  test('customer.by-reference-id: a reference id returns the cst_ id', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/customer@gmail.com`, { headers: authHeaders() });

    expect(response.status).toBe(200);
    expect(await readJsonObject(response)).toEqual(SAMPLE_CUSTOMER);
  });

  test('customer.reference-id-encoded: a percent-encoded reference id is decoded', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/customer%40gmail.com`, { headers: authHeaders() });

    expect(response.status).toBe(200);
    expect((await readJsonObject(response)).id).toBe(SAMPLE_CUSTOMER.id);
  });

  test('customer.content-type: responses are JSON with a charset', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
  });

  test('customer body has no top-level http key', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(Object.keys(await readJsonObject(response))).not.toContain('http');
  });

  test('x-request-id is echoed and x-response-id is set', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...authHeaders(), 'x-request-id': 'test-request-42' },
    });

    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    expect(response.headers.get('x-response-id')).toMatch(/^rsp_[0-9a-z]+$/);
  });

  test('x-request-id is generated when the request has none', async ({ mock }) => {
    const first = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });
    const second = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(first.headers.get('x-request-id')).toMatch(/^req_[0-9a-z]+$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  test('x-request-id with a space is replaced', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...authHeaders(), 'x-request-id': 'has space' },
    });

    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-z]+$/);
  });

  test('error responses carry the request and response ids', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/unknown`, { headers: { ...authHeaders(), 'x-request-id': 'err-1' } });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect(response.headers.get('x-request-id')).toBe('err-1');
    expect(response.headers.get('x-response-id')).not.toBeNull();
  });

  test('error.not-found: an unknown id returns the documented 404', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/cst_doesnotexist0000`, { headers: authHeaders() });

    expect(response.status).toBe(404);
    expect(await readJsonObject(response)).toEqual({
      status: 'invalid_request_error',
      error_code: 'object_not_found',
      error_message: 'Cannot find what you are looking for',
      error_info: {
        code: 'RESOURCE_NOT_FOUND',
        category: 'USER_ERROR',
        user_message: expect.any(String),
        developer_message: expect.any(String),
      },
    });
  });

  test("error.other-merchant: another merchant's cst_ id returns 404", async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${OTHER_MERCHANT_CUSTOMER.id}`, { headers: authHeaders() });

    expect(response.status).toBe(404);
    expect((await readJsonObject(response)).error_code).toBe('object_not_found');
  });

  test("error.other-merchant: another merchant's reference id returns 404", async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${OTHER_MERCHANT_CUSTOMER.object_reference_id}`, {
      headers: authHeaders(),
    });

    expect(response.status).toBe(404);
  });

  test('malformed percent-encoding returns 400 JSON', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/%E0%A4%A`, { headers: authHeaders() });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect((await readJsonObject(response)).error_code).toBe('invalid_request');
  });

  test('request.content-type-ignored: a form Content-Type on GET is ignored', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(response.status).toBe(200);
  });

  test('header.routing-id-missing: a request without x-routing-id is served', async ({ mock }) => {
    const { 'x-routing-id': _omitted, ...headers } = authHeaders();

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers });

    expect(response.status).toBe(200);
  });

  test('header.merchant-id-alias: x-merchant-id is accepted without x-merchantid', async ({ mock }) => {
    const { 'x-merchantid': _omitted, ...headers } = authHeaders();

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...headers, 'x-merchant-id': MERCHANT.id },
    });

    expect(response.status).toBe(200);
  });

  test('x-merchantid wins over x-merchant-id when both are sent', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...authHeaders(), 'x-merchant-id': 'other_merchant' },
    });

    expect(response.status).toBe(200);
  });
});

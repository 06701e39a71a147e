import { MockConfigError } from '../../src/mock/config-error.ts';
import { FAULT_NAMES } from '../../src/mock/faults.ts';
import {
  authHeaders,
  basicAuth,
  expect,
  JSON_CONTENT_TYPE,
  MERCHANT,
  OTHER_MERCHANT_CUSTOMER,
  rawRequest,
  readJsonObject,
  RESTRICTED_MERCHANT,
  SAMPLE_CUSTOMER,
  test,
  TOKEN,
  TOKEN_OPTION,
} from './fixtures.ts';

const CUSTOMER_URL_PATH = `/customers/${SAMPLE_CUSTOMER.id}`;

test.describe('faults', () => {
  test('an unknown fault name throws a MockConfigError listing the valid names', async ({ startMock }) => {
    const start = startMock({ faults: ['token.nope'] });

    await expect(start).rejects.toThrow(MockConfigError);
    await expect(start).rejects.toThrow(/"token\.nope".*token\.fresh-per-call/);
  });

  test('fault request.content-type-ignored: a GET with Content-Type gets 415', async ({ startMock }) => {
    const mock = await startMock({ faults: ['request.content-type-ignored'] });

    const withType = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, {
      headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    const withoutType = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() });

    expect(withType.status).toBe(415);
    expect(withType.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect(withoutType.status).toBe(200);
  });

  test('fault customer.found: a cst_ lookup returns another cst_ id', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.found'] });

    const byId = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() }));
    const byReference = await readJsonObject(await fetch(`${mock.url}/customers/customer@gmail.com`, { headers: authHeaders() }));

    expect(byId.id).toMatch(/^cst_[a-z0-9]{16}$/);
    expect(byId.id).not.toBe(SAMPLE_CUSTOMER.id);
    expect(byReference.id).toBe(SAMPLE_CUSTOMER.id);
  });

  test('fault customer.by-reference-id: a reference lookup returns the reference as id', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.by-reference-id'] });

    const byReference = await fetch(`${mock.url}/customers/customer@gmail.com`, { headers: authHeaders() });
    const byId = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() }));

    expect(byReference.status).toBe(200);
    expect((await readJsonObject(byReference)).id).toBe('customer@gmail.com');
    expect(byId.id).toBe(SAMPLE_CUSTOMER.id);
  });

  test('fault customer.reference-id-encoded: an encoded reference id is not found', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.reference-id-encoded'] });

    const encoded = await fetch(`${mock.url}/customers/customer%40gmail.com`, { headers: authHeaders() });
    const raw = await fetch(`${mock.url}/customers/customer@gmail.com`, { headers: authHeaders() });

    expect(encoded.status).toBe(404);
    expect(raw.status).toBe(200);
  });

  test('fault customer.shape: mobile_number is a JSON number', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.shape'] });

    const body = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() }));

    expect(body.mobile_number).toBe(9988776655);
  });

  test('fault customer.timestamps: last_updated is a day before date_created', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.timestamps'] });

    const body = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() }));

    expect(body.date_created).toBe('2020-03-17T14:29:17Z');
    expect(body.last_updated).toBe('2020-03-16T14:29:17Z');
  });

  test('fault customer.content-type: a 200 customer is sent as text/plain', async ({ startMock }) => {
    const mock = await startMock({ faults: ['customer.content-type'] });

    const found = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() });
    const notFound = await fetch(`${mock.url}/customers/unknown`, { headers: authHeaders() });

    expect(found.headers.get('content-type')).toBe('text/plain');
    expect(JSON.parse(await found.text())).toEqual(SAMPLE_CUSTOMER);
    expect(notFound.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
  });

  test('fault token.absent-by-default: a token comes without the option', async ({ startMock }) => {
    const mock = await startMock({ faults: ['token.absent-by-default'] });

    const body = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() }));

    expect(body.juspay).toEqual({ client_auth_token: expect.stringMatching(TOKEN), client_auth_token_expiry: expect.any(String) });
  });

  test('fault token.issued: no token even when the option is true', async ({ startMock }) => {
    const mock = await startMock({ faults: ['token.issued'] });

    const response = await fetch(`${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });

    expect(response.status).toBe(200);
    expect(Object.keys(await readJsonObject(response))).not.toContain('juspay');
  });

  test('fault token.format: the token hex is uppercase', async ({ startMock }) => {
    const mock = await startMock({ faults: ['token.format'] });

    const body = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() }));

    expect(body.juspay).toMatchObject({ client_auth_token: expect.stringMatching(/^tkn_[0-9A-F]{32}$/) });
    expect(body.juspay).not.toMatchObject({ client_auth_token: expect.stringMatching(TOKEN) });
  });

  test('fault token.expiry-15min: the expiry is an hour after issue', async ({ startMock }) => {
    const issuedAt = Date.UTC(2024, 0, 1, 12, 0, 0);
    const mock = await startMock({ faults: ['token.expiry-15min'], now: () => issuedAt });

    const body = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() }));

    expect(body.juspay).toMatchObject({ client_auth_token_expiry: '2024-01-01T13:00:00Z' });
  });

  test('fault token.fresh-per-call: the first token is replayed', async ({ startMock }) => {
    const mock = await startMock({ faults: ['token.fresh-per-call'] });
    const url = `${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=true`;

    const first = await readJsonObject(await fetch(url, { headers: authHeaders() }));
    const second = await readJsonObject(await fetch(url, { headers: authHeaders() }));

    expect(first.juspay).toMatchObject({ client_auth_token: expect.stringMatching(TOKEN) });
    expect(second.juspay).toEqual(first.juspay);
  });

  test('fault token.bool-case: True no longer issues a token', async ({ startMock }) => {
    const mock = await startMock({ faults: ['token.bool-case'] });

    const capitalised = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=True`, { headers: authHeaders() }));
    const lowercase = await readJsonObject(await fetch(`${mock.url}${CUSTOMER_URL_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() }));

    expect(Object.keys(capitalised)).not.toContain('juspay');
    expect(Object.keys(lowercase)).toContain('juspay');
  });

  test('fault error.not-found: the 404 error_code is not_found', async ({ startMock }) => {
    const mock = await startMock({ faults: ['error.not-found'] });

    const response = await fetch(`${mock.url}/customers/unknown`, { headers: authHeaders() });

    expect(response.status).toBe(404);
    expect((await readJsonObject(response)).error_code).toBe('not_found');
  });

  test("fault error.other-merchant: another merchant's customer is returned", async ({ startMock }) => {
    const mock = await startMock({ faults: ['error.other-merchant'] });

    const response = await fetch(`${mock.url}/customers/${OTHER_MERCHANT_CUSTOMER.id}`, { headers: authHeaders() });

    expect(response.status).toBe(200);
    expect((await readJsonObject(response)).id).toBe(OTHER_MERCHANT_CUSTOMER.id);
  });

  test('fault auth.wrong-key: an unknown key gets error_code unauthorized', async ({ startMock }) => {
    const mock = await startMock({ faults: ['auth.wrong-key'] });

    const wrongKey = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, {
      headers: { authorization: basicAuth('not_a_key'), 'x-merchantid': MERCHANT.id },
    });
    const missing = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: { 'x-merchantid': MERCHANT.id } });

    expect(wrongKey.status).toBe(401);
    expect((await readJsonObject(wrongKey)).error_code).toBe('unauthorized');
    expect((await readJsonObject(missing)).error_code).toBe('access_denied');
  });

  test('fault auth.missing: no Authorization is served for x-merchantid', async ({ startMock }) => {
    const mock = await startMock({ faults: ['auth.missing'] });

    const response = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: { 'x-merchantid': MERCHANT.id } });

    expect(response.status).toBe(200);
    expect((await readJsonObject(response)).id).toBe(SAMPLE_CUSTOMER.id);
  });

  test('fault auth.colon-optional: base64(key) without a colon gets 401', async ({ startMock }) => {
    const mock = await startMock({ faults: ['auth.colon-optional'] });

    const withoutColon = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, {
      headers: { authorization: basicAuth(MERCHANT.apiKey, { colon: false }), 'x-merchantid': MERCHANT.id },
    });
    const withColon = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { headers: authHeaders() });

    expect(withoutColon.status).toBe(401);
    expect((await readJsonObject(withoutColon)).error_code).toBe('access_denied');
    expect(withColon.status).toBe(200);
  });

  test('fault auth.bad-origin: the 403 body carries status error', async ({ startMock }) => {
    const mock = await startMock({ faults: ['auth.bad-origin'] });

    const response = await fetch(`${mock.url}/customers/anything`, { headers: authHeaders(RESTRICTED_MERCHANT) });

    expect(response.status).toBe(403);
    expect(await readJsonObject(response)).toMatchObject({ status: 'error', error: true, error_info: { code: 'BAD_ORIGIN' } });
  });

  test('fault method.unsupported: DELETE on a customer returns 500 JSON', async ({ startMock }) => {
    const mock = await startMock({ faults: ['method.unsupported'] });

    const response = await fetch(`${mock.url}${CUSTOMER_URL_PATH}`, { method: 'DELETE', headers: authHeaders() });

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect((await readJsonObject(response)).error_code).toBe('internal_error');
  });

  test('fault input.hostile-id: an id with a quote returns a 500 HTML page', async ({ startMock }) => {
    const mock = await startMock({ faults: ['input.hostile-id'] });

    const quoted = await rawRequest(mock.url, "/customers/x'", { headers: authHeaders() });
    const encodedQuote = await rawRequest(mock.url, '/customers/%27', { headers: authHeaders() });
    const plain = await rawRequest(mock.url, '/customers/x', { headers: authHeaders() });

    expect(quoted.status).toBe(500);
    expect(quoted.headers['content-type']).toMatch(/^text\/html/);
    expect(encodedQuote.status).toBe(500);
    expect(plain.status).toBe(404);
  });

  test('no fault changes Create Customer', async ({ startMock }) => {
    for (const fault of FAULT_NAMES) {
      const mock = await startMock({ faults: [fault] });

      const response = await fetch(`${mock.url}/customers`, {
        method: 'POST',
        headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
        body: `object_reference_id=ref-${fault}&mobile_number=9000000000&${TOKEN_OPTION}=true`,
      });
      const body = await readJsonObject(response);

      expect(response.status, fault).toBe(200);
      expect(response.headers.get('content-type'), fault).toBe(JSON_CONTENT_TYPE);
      expect(body.mobile_number, fault).toBe('9000000000');
      expect(body.juspay, fault).toMatchObject({ client_auth_token: expect.stringMatching(TOKEN) });
    }
  });
});

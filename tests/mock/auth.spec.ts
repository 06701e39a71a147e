import {
  authHeaders,
  basicAuth,
  expect,
  MERCHANT,
  OTHER_MERCHANT,
  readJsonObject,
  RESTRICTED_MERCHANT,
  SAMPLE_CUSTOMER,
  test,
} from './fixtures.ts';

const CUSTOMER_PATH = `/customers/${SAMPLE_CUSTOMER.id}`;

const ACCESS_DENIED = {
  status: 'error',
  error_code: 'access_denied',
  error_info: {
    code: 'UNAUTHORIZED',
    category: 'USER_ERROR',
    user_message: expect.any(String),
    developer_message: expect.any(String),
  },
};

test.describe('authentication', () => {
  test('auth.wrong-key: an unknown key returns 401 access_denied', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: basicAuth('not_a_key'), 'x-merchantid': MERCHANT.id },
    });

    expect(response.status).toBe(401);
    expect(await readJsonObject(response)).toEqual(ACCESS_DENIED);
  });

  test('auth.wrong-key: the 401 body has no error_message', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: basicAuth('not_a_key'), 'x-merchantid': MERCHANT.id },
    });

    expect(Object.keys(await readJsonObject(response))).not.toContain('error_message');
  });

  test('auth.missing: no Authorization returns 401 access_denied', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, { headers: { 'x-merchantid': MERCHANT.id } });

    expect(response.status).toBe(401);
    expect(await readJsonObject(response)).toEqual(ACCESS_DENIED);
  });

  const garbledValues = [
    ['a Bearer token', 'Bearer abc'],
    ['Basic without credentials', 'Basic'],
    ['credentials that are not base64', 'Basic !!!not-base64!!!'],
    ['an empty username', basicAuth('')],
    ['the raw key without Basic', MERCHANT.apiKey],
  ] as const;
  for (const [description, authorization] of garbledValues) {
    test(`Authorization with ${description} returns 401`, async ({ mock }) => {
      const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, { headers: { authorization, 'x-merchantid': MERCHANT.id } });

      expect(response.status).toBe(401);
      expect((await readJsonObject(response)).error_code).toBe('access_denied');
    });
  }

  test('auth.colon-optional: base64(key) without a colon authenticates', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: basicAuth(MERCHANT.apiKey, { colon: false }), 'x-merchantid': MERCHANT.id },
    });

    expect(response.status).toBe(200);
  });

  test('lowercase basic scheme authenticates', async ({ mock }) => {
    const encoded = Buffer.from(`${MERCHANT.apiKey}:`).toString('base64');

    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: `basic ${encoded}`, 'x-merchantid': MERCHANT.id },
    });

    expect(response.status).toBe(200);
  });

  test('auth is checked before x-merchantid', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, { headers: { authorization: basicAuth('not_a_key') } });

    expect(response.status).toBe(401);
  });

  test('header.merchant-id-missing: no merchant header returns the 400 template', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, { headers: { authorization: basicAuth(MERCHANT.apiKey) } });

    expect(response.status).toBe(400);
    expect(await readJsonObject(response)).toEqual({
      status: 'Bad Request',
      error_code: 'Mandatory fields are missing',
      error_message: 'Mandatory fields are missing: x-merchantid',
    });
  });

  test("another merchant's id with a valid key returns 401", async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: basicAuth(MERCHANT.apiKey), 'x-merchantid': OTHER_MERCHANT.id },
    });

    expect(response.status).toBe(401);
    expect(await readJsonObject(response)).toEqual(ACCESS_DENIED);
  });

  test('x-merchantid is case-sensitive', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, {
      headers: { authorization: basicAuth(MERCHANT.apiKey), 'x-merchantid': MERCHANT.id.toUpperCase() },
    });

    expect(response.status).toBe(401);
  });

  test('auth.bad-origin: a caller outside the whitelist gets 403', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/anything`, { headers: authHeaders(RESTRICTED_MERCHANT) });

    expect(response.status).toBe(403);
    expect(await readJsonObject(response)).toEqual({
      error: true,
      error_message: expect.any(String),
      user_message: expect.any(String),
      error_info: {
        code: 'BAD_ORIGIN',
        category: 'USER_ERROR',
        user_message: expect.any(String),
        developer_message: expect.any(String),
      },
    });
  });

  test('a whitelisted caller address is served', async ({ startMock }) => {
    const mock = await startMock({
      seed: {
        merchants: [{ merchant_id: 'listed', api_key: 'listed_key', allowed_ips: ['127.0.0.1'], customers: [] }],
      },
    });

    const response = await fetch(`${mock.url}/customers/unknown`, { headers: authHeaders({ id: 'listed', apiKey: 'listed_key' }) });

    expect(response.status).toBe(404);
  });
});

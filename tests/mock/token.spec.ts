import { authHeaders, expect, readJsonObject, SAMPLE_CUSTOMER, test, TIMESTAMP, TOKEN, TOKEN_OPTION } from './fixtures.ts';

const CUSTOMER_PATH = `/customers/${SAMPLE_CUSTOMER.id}`;

function readJuspay(body: Record<string, unknown>): Record<string, unknown> {
  const juspay = body.juspay;
  if (typeof juspay !== 'object' || juspay === null) throw new Error(`The body has no juspay object: ${JSON.stringify(body)}`);
  return juspay as Record<string, unknown>;
}

test.describe('client auth token', () => {
  test('token.absent-by-default: no option means no juspay key', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}`, { headers: authHeaders() });

    expect(Object.keys(await readJsonObject(response))).not.toContain('juspay');
  });

  for (const value of ['false', 'False', '', 'yes', '1']) {
    test(`token.absent-by-default: option value "${value}" means no token`, async ({ mock }) => {
      const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=${value}`, { headers: authHeaders() });

      expect(Object.keys(await readJsonObject(response))).not.toContain('juspay');
    });
  }

  test('token.issued: option true adds the juspay object', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });
    const body = await readJsonObject(response);

    expect(response.status).toBe(200);
    expect(body).toMatchObject(SAMPLE_CUSTOMER);
    expect(Object.keys(readJuspay(body)).sort()).toEqual(['client_auth_token', 'client_auth_token_expiry']);
  });

  test('token.format: the token is tkn_ and 32 lowercase hex', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });
    const juspay = readJuspay(await readJsonObject(response));

    expect(juspay.client_auth_token).toMatch(TOKEN);
    expect(juspay.client_auth_token_expiry).toMatch(TIMESTAMP);
  });

  for (const value of ['True', 'TRUE', 'tRuE']) {
    test(`token.bool-case: option value "${value}" issues a token`, async ({ mock }) => {
      const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=${value}`, { headers: authHeaders() });

      expect(readJuspay(await readJsonObject(response)).client_auth_token).toMatch(TOKEN);
    });
  }

  test('token option among other query parameters is read', async ({ mock }) => {
    const response = await fetch(`${mock.url}${CUSTOMER_PATH}?a=1&${TOKEN_OPTION}=true&b=2`, { headers: authHeaders() });

    expect(readJuspay(await readJsonObject(response)).client_auth_token).toMatch(TOKEN);
  });

  test('token.expiry-15min: expiry is issue time plus 900 s', async ({ startMock }) => {
    // Half a second past the minute, so the test also shows the expiry is truncated, not rounded.
    const issuedAt = Date.UTC(2024, 0, 31, 23, 50, 0, 500);
    const mock = await startMock({ now: () => issuedAt });

    const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });

    expect(readJuspay(await readJsonObject(response)).client_auth_token_expiry).toBe('2024-02-01T00:05:00Z');
  });

  test('tokenTtlSeconds sets the expiry', async ({ startMock }) => {
    const issuedAt = Date.UTC(2024, 5, 1, 12, 0, 0);
    const mock = await startMock({ now: () => issuedAt, tokenTtlSeconds: 60 });

    const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });

    expect(readJuspay(await readJsonObject(response)).client_auth_token_expiry).toBe('2024-06-01T12:01:00Z');
  });

  test('token.fresh-per-call: each token request gets a new token', async ({ mock }) => {
    const tokens = new Set<unknown>();

    for (let call = 0; call < 5; call += 1) {
      const response = await fetch(`${mock.url}${CUSTOMER_PATH}?${TOKEN_OPTION}=true`, { headers: authHeaders() });
      tokens.add(readJuspay(await readJsonObject(response)).client_auth_token);
    }

    expect(tokens.size).toBe(5);
  });

  test('a token is issued for a lookup by reference id', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers/customer%40gmail.com?${TOKEN_OPTION}=true`, { headers: authHeaders() });

    expect(readJuspay(await readJsonObject(response)).client_auth_token).toMatch(TOKEN);
  });
});

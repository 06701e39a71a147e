import {
  authHeaders,
  expect,
  JSON_CONTENT_TYPE,
  rawRequest,
  readJsonObject,
  SAMPLE_CUSTOMER,
  test,
  TIMESTAMP,
  TOKEN,
  TOKEN_OPTION,
} from './fixtures.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const NOW = Date.UTC(2024, 2, 1, 10, 30, 15, 900);

function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = authHeaders()): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { ...headers, ...FORM }, body: new URLSearchParams(fields).toString() });
}

test.describe('Create Customer', () => {
  test('creates a customer and returns it', async ({ startMock }) => {
    const mock = await startMock({ now: () => NOW });

    const response = await postForm(`${mock.url}/customers`, {
      object_reference_id: 'ref-new-1',
      mobile_number: '9876543210',
      email_address: 'new@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(JSON_CONTENT_TYPE);
    expect(await readJsonObject(response)).toEqual({
      id: expect.stringMatching(/^cst_[a-z0-9]{16}$/),
      object: 'customer',
      object_reference_id: 'ref-new-1',
      mobile_number: '9876543210',
      mobile_country_code: '91',
      email_address: 'new@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      date_created: '2024-03-01T10:30:15Z',
      last_updated: '2024-03-01T10:30:15Z',
    });
  });

  test('a created customer is found by id and reference id', async ({ mock }) => {
    const created = await readJsonObject(await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-find', mobile_number: '1' }));

    const byId = await fetch(`${mock.url}/customers/${String(created.id)}`, { headers: authHeaders() });
    const byReference = await fetch(`${mock.url}/customers/ref-find`, { headers: authHeaders() });

    expect(await readJsonObject(byId)).toEqual(created);
    expect(await readJsonObject(byReference)).toEqual(created);
  });

  test('accepts a chunked body without Content-Length', async ({ mock }) => {
    const response = await rawRequest(mock.url, '/customers', {
      method: 'POST',
      headers: { ...authHeaders(), ...FORM, 'transfer-encoding': 'chunked' },
      body: ['object_reference_id=chunked-ref', '&mobile_number=9000000001'],
    });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ object_reference_id: 'chunked-ref', mobile_number: '9000000001' });
  });

  test('the token option adds a client auth token', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, {
      object_reference_id: 'ref-token',
      mobile_number: '1',
      [TOKEN_OPTION]: 'True',
    });

    expect((await readJsonObject(response)).juspay).toEqual({
      client_auth_token: expect.stringMatching(TOKEN),
      client_auth_token_expiry: expect.stringMatching(TIMESTAMP),
    });
  });

  test('a duplicate reference id returns 400 unique', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, {
      object_reference_id: SAMPLE_CUSTOMER.object_reference_id,
      mobile_number: '1',
    });

    expect(response.status).toBe(400);
    expect(await readJsonObject(response)).toMatchObject({
      status: 'invalid_request_error',
      error_code: 'unique',
      error_message: expect.any(String),
      error_info: { code: 'ALREADY_EXISTS', category: 'USER_ERROR' },
    });
  });

  test('an empty mobile_number returns 400 INVALID_INPUT', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-empty', mobile_number: '' });

    expect(response.status).toBe(400);
    expect(await readJsonObject(response)).toMatchObject({
      error_info: { code: 'INVALID_INPUT', fields: [{ field_name: 'mobile_number', reason: expect.any(String) }] },
    });
  });

  test('a missing object_reference_id returns 400 INVALID_INPUT', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, { mobile_number: '1' });

    expect(response.status).toBe(400);
    expect(await readJsonObject(response)).toMatchObject({
      error_info: { code: 'INVALID_INPUT', fields: [{ field_name: 'object_reference_id' }] },
    });
  });

  const invalidFields = [
    ['mobile_number', { mobile_number: '98765abc' }],
    ['mobile_number', { mobile_number: '1'.repeat(17) }],
    ['mobile_country_code', { mobile_number: '1', mobile_country_code: '+91' }],
    ['object_reference_id', { object_reference_id: 'r'.repeat(129), mobile_number: '1' }],
    ['first_name', { mobile_number: '1', first_name: 'n'.repeat(65) }],
    ['email_address', { mobile_number: '1', email_address: `${'e'.repeat(120)}@example.com` }],
  ] as const;
  for (const [fieldName, fields] of invalidFields) {
    test(`an invalid ${fieldName} returns 400 naming the field (${Object.values(fields).join('').length} chars)`, async ({ mock }) => {
      const response = await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-invalid', ...fields });

      expect(response.status).toBe(400);
      expect(await readJsonObject(response)).toMatchObject({ error_info: { fields: [{ field_name: fieldName }] } });
    });
  }

  test('a reference id of 128 characters is accepted', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, { object_reference_id: 'r'.repeat(128), mobile_number: '1' });

    expect(response.status).toBe(200);
  });

  test('a JSON body returns 415', async ({ mock }) => {
    const response = await fetch(`${mock.url}/customers`, {
      method: 'POST',
      headers: { ...authHeaders(), 'content-type': 'application/json' },
      body: JSON.stringify({ object_reference_id: 'ref-json', mobile_number: '1' }),
    });

    expect(response.status).toBe(415);
    expect((await readJsonObject(response)).error_code).toBe('unsupported_media_type');
  });

  test('a body over 16 KiB returns 413', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-big', mobile_number: '1', padding: 'x'.repeat(17_000) });

    expect(response.status).toBe(413);
    expect((await readJsonObject(response)).error_code).toBe('payload_too_large');
  });

  test('a chunked body over 16 KiB returns 413', async ({ mock }) => {
    const response = await rawRequest(mock.url, '/customers', {
      method: 'POST',
      headers: { ...authHeaders(), ...FORM, 'transfer-encoding': 'chunked' },
      body: Array.from({ length: 20 }, () => `padding=${'x'.repeat(1_000)}&`),
    });

    expect(response.status).toBe(413);
  });

  test('Create Customer requires authentication', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-anon', mobile_number: '1' }, {});

    expect(response.status).toBe(401);
  });

  test('reset drops created customers', async ({ mock }) => {
    await postForm(`${mock.url}/customers`, { object_reference_id: 'ref-reset', mobile_number: '1' });

    mock.reset();
    const response = await fetch(`${mock.url}/customers/ref-reset`, { headers: authHeaders() });

    expect(response.status).toBe(404);
  });
});

test.describe('Update Customer', () => {
  test('updates fields and moves last_updated to now', async ({ startMock }) => {
    const mock = await startMock({ now: () => NOW });

    const response = await postForm(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { first_name: 'Jane', email_address: '' });

    expect(response.status).toBe(200);
    expect(await readJsonObject(response)).toEqual({
      ...SAMPLE_CUSTOMER,
      first_name: 'Jane',
      email_address: null,
      last_updated: '2024-03-01T10:30:15Z',
    });
  });

  test('an update is visible to Get Customer', async ({ mock }) => {
    await postForm(`${mock.url}/customers/customer%40gmail.com`, { mobile_number: '9123456789' });

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect((await readJsonObject(response)).mobile_number).toBe('9123456789');
  });

  test('an update of an unknown customer returns 404', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers/cst_unknown`, { first_name: 'X' });

    expect(response.status).toBe(404);
    expect((await readJsonObject(response)).error_code).toBe('object_not_found');
  });

  test('an empty mobile_number in an update returns 400', async ({ mock }) => {
    const response = await postForm(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { mobile_number: '' });

    expect(response.status).toBe(400);
  });

  test('reset restores updated customers', async ({ mock }) => {
    await postForm(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { first_name: 'Changed' });

    mock.reset();
    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    expect(await readJsonObject(response)).toEqual(SAMPLE_CUSTOMER);
  });
});

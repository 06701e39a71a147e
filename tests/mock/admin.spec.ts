import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import type { RecordedRequest } from '../../src/mock/server.ts';
import { authHeaders, basicAuth, expect, MERCHANT, rawRequest, readJsonObject, SAMPLE_CUSTOMER, test, TOKEN_OPTION } from './fixtures.ts';

/** Listening TCP servers of this process, as Node reports its active handles. */
function countListeningServers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;
}

/** Writes `text` to a new connection, waits until the mock has read it, then resets the connection. */
async function sendPartialRequestAndLeave(port: number, text: string): Promise<void> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.write(text, () => resolve());
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.resetAndDestroy();
}

async function readRecord(adminUrl: string, requestId: string): Promise<RecordedRequest> {
  const response = await fetch(`${adminUrl}/requests/${encodeURIComponent(requestId)}`);
  if (response.status !== 200) throw new Error(`GET /requests/${requestId} returned ${response.status}: ${await response.text()}`);
  return (await response.json()) as RecordedRequest;
}

async function readAllRecords(adminUrl: string): Promise<RecordedRequest[]> {
  const body = (await (await fetch(`${adminUrl}/requests`)).json()) as { requests: RecordedRequest[] };
  return body.requests;
}

test.describe('mock admin API', () => {
  test('is off by default', async ({ startMock }) => {
    const before = countListeningServers();

    const mock = await startMock();

    expect(mock.adminUrl).toBeUndefined();
    expect(countListeningServers()).toBe(before + 1);
  });

  test('admin true starts a second listener on 127.0.0.1', async ({ startMock }) => {
    const before = countListeningServers();

    const mock = await startMock({ admin: true });

    expect(countListeningServers()).toBe(before + 2);
    expect(new URL(mock.adminUrl ?? '').hostname).toBe('127.0.0.1');
    expect(mock.adminUrl).not.toBe(mock.url);
  });

  test('health returns status ok', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await fetch(`${mock.adminUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('records method, raw path and headers exactly', async ({ startMock }) => {
    const mock = await startMock({ admin: true });
    const rawPath = `/customers/customer%40gmail.com?${TOKEN_OPTION}=true&x=%2F+y`;

    await rawRequest(mock.url, rawPath, {
      headers: { ...authHeaders(), 'x-request-id': 'exact-1', 'X-Odd-Header': 'a  "b";c=%41', version: '2019-05-07' },
    });
    const record = await readRecord(mock.adminUrl ?? '', 'exact-1');

    expect(record.method).toBe('GET');
    expect(record.rawPath).toBe(rawPath);
    expect(record.headers).toMatchObject({
      'x-request-id': 'exact-1',
      'x-merchantid': MERCHANT.id,
      'x-routing-id': 'routing-1',
      'x-odd-header': 'a  "b";c=%41',
      version: '2019-05-07',
    });
    expect(Date.parse(record.receivedAt)).not.toBeNaN();
    expect(record.receivedAt).toBe(new Date(record.receivedAt).toISOString());
  });

  test('joins repeated headers with a comma', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await rawRequest(mock.url, `/customers/${SAMPLE_CUSTOMER.id}`, {
      headers: { ...authHeaders(), 'x-request-id': 'repeat-1', 'x-trace': ['one', 'two'] },
    });
    const record = await readRecord(mock.adminUrl ?? '', 'repeat-1');

    expect(record.headers['x-trace']).toBe('one, two');
  });

  test('records the response status and content type', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await fetch(`${mock.url}/customers/unknown-customer`, { headers: { ...authHeaders(), 'x-request-id': 'status-1' } });
    const record = await readRecord(mock.adminUrl ?? '', 'status-1');

    expect(record.response).toEqual({ status: 404, contentType: 'application/json; charset=utf-8', clientAuthTokenFingerprint: null });
  });

  test('never records the Authorization value or the token', async ({ startMock }) => {
    const mock = await startMock({ admin: true });
    const authorization = basicAuth(MERCHANT.apiKey);

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}?${TOKEN_OPTION}=true`, {
      headers: { ...authHeaders(), 'x-request-id': 'secret-1' },
    });
    const { juspay } = (await readJsonObject(response)) as { juspay: { client_auth_token: string } };
    const recorded = JSON.stringify(await readAllRecords(mock.adminUrl ?? ''));

    expect(juspay.client_auth_token).toMatch(/^tkn_/);
    expect(recorded).toContain('secret-1');
    expect(recorded).not.toContain(authorization.slice('Basic '.length));
    expect(recorded).not.toContain(MERCHANT.apiKey);
    expect(recorded).not.toContain(juspay.client_auth_token.slice('tkn_'.length));
  });

  test('summarises a configured key without its value', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: { ...authHeaders(), 'x-request-id': 'auth-1' } });
    const record = await readRecord(mock.adminUrl ?? '', 'auth-1');

    expect(record.authorization).toEqual({ scheme: 'Basic', credential: 'configured-key' });
    expect(record.headers).not.toHaveProperty('authorization');
  });

  test('records null authorization when none was sent', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: { 'x-merchantid': MERCHANT.id, 'x-request-id': 'no-auth-1' } });
    const record = await readRecord(mock.adminUrl ?? '', 'no-auth-1');

    expect(record.authorization).toBeNull();
    expect(record.response?.status).toBe(401);
  });

  test('token fingerprint is sha256 of the token the client got', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}?${TOKEN_OPTION}=true`, {
      headers: { ...authHeaders(), 'x-request-id': 'fingerprint-1' },
    });
    const { juspay } = (await readJsonObject(response)) as { juspay: { client_auth_token: string } };
    const record = await readRecord(mock.adminUrl ?? '', 'fingerprint-1');
    const expected = createHash('sha256').update(juspay.client_auth_token).digest('hex').slice(0, 16);

    expect(record.response?.clientAuthTokenFingerprint).toBe(expected);
  });

  test('token fingerprint covers Create Customer', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await fetch(`${mock.url}/customers`, {
      method: 'POST',
      headers: { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded', 'x-request-id': 'create-1' },
      body: `object_reference_id=admin-create&mobile_number=1&${TOKEN_OPTION}=true`,
    });
    const { juspay } = (await readJsonObject(response)) as { juspay: { client_auth_token: string } };
    const record = await readRecord(mock.adminUrl ?? '', 'create-1');
    const expected = createHash('sha256').update(juspay.client_auth_token).digest('hex').slice(0, 16);

    expect(record.response?.clientAuthTokenFingerprint).toBe(expected);
  });

  test('a request without x-request-id is keyed by the generated id', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await rawRequest(mock.url, `/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });
    const generatedId = String(response.headers['x-request-id']);
    const record = await readRecord(mock.adminUrl ?? '', generatedId);

    expect(generatedId).toMatch(/^req_/);
    expect(record.requestId).toBe(generatedId);
    expect(record.headers).not.toHaveProperty('x-request-id');
  });

  test('an unknown request id returns 404 request_not_recorded', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await fetch(`${mock.adminUrl}/requests/never-sent`);
    const body = await readJsonObject(response);

    expect(response.status).toBe(404);
    expect(body.error_code).toBe('request_not_recorded');
    expect(body.error_message).toContain('never-sent');
  });

  test('lists requests oldest first', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    for (const requestId of ['order-1', 'order-2', 'order-3']) {
      await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: { ...authHeaders(), 'x-request-id': requestId } });
    }
    const records = await readAllRecords(mock.adminUrl ?? '');

    expect(records.map((record) => record.requestId)).toEqual(['order-1', 'order-2', 'order-3']);
  });

  test('DELETE requests returns 204 and empties the list', async ({ startMock }) => {
    const mock = await startMock({ admin: true });
    await fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: { ...authHeaders(), 'x-request-id': 'gone-1' } });

    const response = await fetch(`${mock.adminUrl}/requests`, { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(await readAllRecords(mock.adminUrl ?? '')).toEqual([]);
    expect((await fetch(`${mock.adminUrl}/requests/gone-1`)).status).toBe(404);
  });

  test('keeps only the last 1,000 requests', async ({ startMock }) => {
    const mock = await startMock({ admin: true });
    const total = 1_010;

    for (let batch = 0; batch < total; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, offset) =>
          fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: { ...authHeaders(), 'x-request-id': `ring-${batch + offset}` } }),
        ),
      );
    }
    const records = await readAllRecords(mock.adminUrl ?? '');

    expect(records).toHaveLength(1_000);
    expect((await fetch(`${mock.adminUrl}/requests/ring-9`)).status).toBe(404);
    expect((await fetch(`${mock.adminUrl}/requests/ring-${total - 1}`)).status).toBe(200);
  });

  test('an unknown admin path returns 404 JSON', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    const response = await fetch(`${mock.adminUrl}/faults`, { method: 'POST' });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await readJsonObject(response)).error_code).toBe('not_found');
  });

  test('admin requests are not recorded', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await fetch(`${mock.adminUrl}/health`, { headers: { 'x-request-id': 'admin-own-1' } });

    expect(await readAllRecords(mock.adminUrl ?? '')).toEqual([]);
  });

  test('records a request whose client left mid-body with a null response', async ({ startMock }) => {
    const mock = await startMock({ admin: true });
    const head = [
      'POST /customers HTTP/1.1',
      `host: 127.0.0.1:${mock.port}`,
      `authorization: ${basicAuth(MERCHANT.apiKey)}`,
      `x-merchantid: ${MERCHANT.id}`,
      'content-type: application/x-www-form-urlencoded',
      'content-length: 100',
      'x-request-id: left-1',
    ].join('\r\n');

    await sendPartialRequestAndLeave(mock.port, `${head}\r\n\r\nobject_reference_id=x`);
    const record = await readRecord(mock.adminUrl ?? '', 'left-1');

    expect(record.method).toBe('POST');
    expect(record.response).toBeNull();
  });

  test('close stops the admin API too', async ({ startMock }) => {
    const mock = await startMock({ admin: true });

    await mock.close();

    await expect(fetch(`${mock.adminUrl}/health`)).rejects.toThrow();
  });
});

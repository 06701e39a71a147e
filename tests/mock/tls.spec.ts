import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockConfigError } from '../../src/mock/config-error.ts';
import { generateLoopbackCertificate } from '../../src/mock/tls/loopback-certificate.ts';
import { runSuite } from '../suite/run-suite.ts';
import { authHeaders, expect, SAMPLE_CUSTOMER, test } from './fixtures.ts';

const REQUEST_TIMEOUT_MS = 5_000;

interface HttpsGetOptions {
  /** CA certificates to trust in place of Node's defaults; omit to trust only the defaults. */
  readonly ca?: string;
  /** Name the certificate must match; defaults to the URL's host. */
  readonly servername?: string;
}

/** Sends an authenticated GET over HTTPS with node:https, which takes a per-request CA. */
function httpsGet(url: string, options: HttpsGetOptions = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { headers: authHeaders(), ca: options.ca, servername: options.servername, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`No response from ${url} within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end();
  });
}

test.describe('mock over HTTPS', () => {
  test('tls true serves an https URL with its certificate', async ({ startMock }) => {
    const mock = await startMock({ tls: true });

    expect(mock.url).toBe(`https://127.0.0.1:${mock.port}`);
    expect(mock.certificatePem).toContain('-----BEGIN CERTIFICATE-----');
  });

  test('plain HTTP has no certificate', async ({ mock }) => {
    expect(mock.url).toMatch(/^http:\/\//);
    expect(mock.certificatePem).toBeUndefined();
  });

  test('a client trusting the certificate gets the customer', async ({ startMock }) => {
    const mock = await startMock({ tls: true });

    const response = await httpsGet(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { ca: mock.certificatePem });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ id: SAMPLE_CUSTOMER.id });
  });

  test('the certificate is valid for localhost', async ({ startMock }) => {
    const mock = await startMock({ tls: true });

    const response = await httpsGet(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { ca: mock.certificatePem, servername: 'localhost' });

    expect(response.status).toBe(200);
  });

  test('a client without the certificate fails', async ({ startMock }) => {
    const mock = await startMock({ tls: true });

    const attempt = httpsGet(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`);

    await expect(attempt).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  test('fetch without the certificate fails', async ({ startMock }) => {
    const mock = await startMock({ tls: true });

    const attempt = fetch(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });

    await expect(attempt).rejects.toThrow(TypeError);
  });

  test('tls with a cert and key serves that certificate', async ({ startMock }) => {
    const pair = await generateLoopbackCertificate();
    const mock = await startMock({ tls: pair });

    const response = await httpsGet(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { ca: pair.cert });

    expect(mock.certificatePem).toBe(pair.cert);
    expect(response.status).toBe(200);
  });

  test('tls with a cert that is not PEM throws a MockConfigError', async ({ startMock }) => {
    const { key } = await generateLoopbackCertificate();

    const start = startMock({ tls: { cert: 'not a certificate', key } });

    await expect(start).rejects.toThrow(MockConfigError);
    await expect(start).rejects.toThrow(/tls\.cert is not a PEM certificate/);
  });

  test('tls with the key of another certificate throws a MockConfigError', async ({ startMock }) => {
    const [first, second] = await Promise.all([generateLoopbackCertificate(), generateLoopbackCertificate()]);

    const start = startMock({ tls: { cert: first.cert, key: second.key } });

    await expect(start).rejects.toThrow(/tls\.key is not the private key of tls\.cert/);
  });

  test('admin API stays plain HTTP beside HTTPS', async ({ startMock }) => {
    const mock = await startMock({ tls: true, admin: true });

    await httpsGet(`${mock.url}/customers/${SAMPLE_CUSTOMER.id}`, { ca: mock.certificatePem });
    const listed = (await (await fetch(`${mock.adminUrl}/requests`)).json()) as { requests: { rawPath: string }[] };

    expect(mock.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(listed.requests.map((request) => request.rawPath)).toEqual([`/customers/${SAMPLE_CUSTOMER.id}`]);
  });

  test('conformance suite passes against the HTTPS mock', async ({ startMock }) => {
    test.setTimeout(180_000);
    const mock = await startMock({ tls: true });
    const caDir = mkdtempSync(join(tmpdir(), 'mock-ca-'));
    const caFile = join(caDir, 'certificate.pem');
    writeFileSync(caFile, mock.certificatePem ?? '');

    try {
      const run = await runSuite({ JUSPAY_BASE_URL: mock.url, JUSPAY_CA_FILE: caFile });

      expect(run.exitCode, run.output.slice(-4_000)).toBe(0);
      expect(run.checks?.checks.length).toBeGreaterThan(0);
    } finally {
      rmSync(caDir, { recursive: true, force: true });
    }
  });

  test('conformance suite fails without the CA', async ({ startMock }) => {
    test.setTimeout(180_000);
    const mock = await startMock({ tls: true });

    const run = await runSuite({ JUSPAY_BASE_URL: mock.url });

    expect(run.exitCode).not.toBe(0);
    expect(run.output).toContain('[TLS error]');
  });
});

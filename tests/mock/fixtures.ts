import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { test as base } from '@playwright/test';
import { createLogger, type Logger } from '../../src/logging/logger.ts';
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/mock/server.ts';

/** Merchants of the default seed, src/mock/fixtures/customers.json. */
export const MERCHANT = { id: 'mock_merchant', apiKey: 'mock_api_key_7d1f0c2b9a' } as const;
export const OTHER_MERCHANT = { id: 'other_merchant', apiKey: 'mock_other_key_4e8a6b0d2c' } as const;
export const RESTRICTED_MERCHANT = { id: 'restricted_merchant', apiKey: 'mock_restricted_key_1a3c5e7f9b' } as const;

/** The sample customer of Juspay's Get Customer page, owned by MERCHANT. */
export const SAMPLE_CUSTOMER = {
  id: 'cst_om2l6ctlptxwxuzj',
  object: 'customer',
  object_reference_id: 'customer@gmail.com',
  mobile_number: '9988776655',
  mobile_country_code: '91',
  email_address: 'customer@gmail.com',
  first_name: 'John',
  last_name: 'Smith',
  date_created: '2020-03-17T14:29:17Z',
  last_updated: '2020-03-17T14:29:17Z',
} as const;

/** A customer owned by OTHER_MERCHANT. */
export const OTHER_MERCHANT_CUSTOMER = { id: 'cst_x9k2m4p6q8r0t1v3', object_reference_id: 'other-merchant-customer-01' } as const;

export const TOKEN_OPTION = 'options.get_client_auth_token';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
export const TOKEN = /^tkn_[0-9a-f]{32}$/;

export function basicAuth(apiKey: string, { colon = true } = {}): string {
  return `Basic ${Buffer.from(colon ? `${apiKey}:` : apiKey).toString('base64')}`;
}

/** Headers of an authenticated request for `merchant`. */
export function authHeaders(merchant: { id: string; apiKey: string } = MERCHANT): Record<string, string> {
  return { authorization: basicAuth(merchant.apiKey), 'x-merchantid': merchant.id, 'x-routing-id': 'routing-1' };
}

/** Creates a logger that keeps its JSON lines in memory, so a test can read what the mock logged. */
export function createCapturingLogger(level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      callback();
    },
  });
  return { logger: createLogger({ name: 'mock', level, destination }), lines };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

export interface RawRequestOptions {
  readonly method?: string;
  readonly headers?: OutgoingHttpHeaders;
  /** Body chunks, written one by one; with `Transfer-Encoding: chunked` each is its own chunk. */
  readonly body?: readonly string[];
  /** false sends no Host header; default true. */
  readonly setHost?: boolean;
}

const REQUEST_TIMEOUT_MS = 5_000;

/**
 * Sends a request with node:http, which sends the path as given. fetch would normalise `..` and
 * re-encode some characters, which hides what the hostile-id tests need to send.
 */
export function rawRequest(baseUrl: string, path: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);

  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: hostname,
        port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        setHost: options.setHost ?? true,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No response to ${options.method ?? 'GET'} ${path.slice(0, 80)} within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    for (const chunk of options.body ?? []) req.write(chunk);
    req.end();
  });
}

/**
 * Writes `head` (a request line and headers, without the blank line) byte for byte to a socket and
 * returns the status code and body of the response. For requests node:http refuses to send, such
 * as a raw NUL or UTF-8 bytes in the path.
 */
export function socketRequest(baseUrl: string, head: Buffer): Promise<{ status: number; contentType: string; body: string }> {
  const { hostname, port } = new URL(baseUrl);

  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy(new Error(`No response within ${REQUEST_TIMEOUT_MS} ms`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString('utf8');
      const headerEnd = response.indexOf('\r\n\r\n');
      const headerLines = response.slice(0, headerEnd).split('\r\n');
      const contentTypeLine = headerLines.find((line) => line.toLowerCase().startsWith('content-type:')) ?? '';
      resolve({
        status: Number(headerLines[0]?.split(' ')[1]),
        contentType: contentTypeLine.slice('content-type:'.length).trim(),
        body: response.slice(headerEnd + 4),
      });
    });
    socket.end(Buffer.concat([head, Buffer.from('\r\nconnection: close\r\n\r\n')]));
  });
}

interface MockFixtures {
  /** Starts a mock on 127.0.0.1 and a free port; every server started is closed after the test. */
  startMock: (options?: MockServerOptions) => Promise<RunningMockServer>;
  /** A mock with the default seed, no faults and a silent logger. */
  mock: RunningMockServer;
}

export const test = base.extend<MockFixtures>({
  // Playwright reads a fixture's dependencies from the destructuring pattern, so it must be there.
  // eslint-disable-next-line no-empty-pattern
  startMock: async ({}, use) => {
    const servers: RunningMockServer[] = [];
    await use(async (options = {}) => {
      const server = await startMockServer({ logger: createLogger({ name: 'mock', level: 'silent' }), ...options });
      servers.push(server);
      return server;
    });
    await Promise.all(servers.map((server) => server.close()));
  },
  mock: async ({ startMock }, use) => {
    await use(await startMock());
  },
});

export { expect } from '@playwright/test';

/** Parses a response body that must be a JSON object. */
export async function readJsonObject(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`Expected a JSON object from ${response.url}, got: ${JSON.stringify(body)}`);
  }
  return body as Record<string, unknown>;
}

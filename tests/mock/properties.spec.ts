import { maxHeaderSize } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { MAX_BODY_BYTES } from '../../src/mock/form.ts';
import {
  authHeaders,
  basicAuth,
  expect,
  JSON_CONTENT_TYPE,
  MERCHANT,
  rawRequest,
  SAMPLE_CUSTOMER,
  test,
  TOKEN_OPTION,
  type RawResponse,
} from './fixtures.ts';

/**
 * Property-based tests of the mock: random paths, queries, headers and form bodies must each get
 * a JSON response with a 2xx or 4xx status, and concurrent creates must stay consistent. Every run
 * prints its seed, and FC_SEED=<seed> replays it. Each request times out after 5 s (rawRequest),
 * so a hang fails the property.
 */

const SEED = readSeed(process.env.FC_SEED);
/** Time a property may take, shrinking a failure included; shrinking then stops at the smallest case so far. */
const SHRINK_TIME_LIMIT_MS = 60_000;

function readSeed(rawSeed: string | undefined): number {
  if (rawSeed === undefined) return Math.floor(Math.random() * 0x7fff_ffff);
  if (!/^-?\d+$/.test(rawSeed) || Math.abs(Number(rawSeed)) > 0x7fff_ffff) {
    throw new Error(`FC_SEED "${rawSeed}" is not a 32-bit integer. Set it to the seed a failing run printed, or unset it for a random seed.`);
  }
  return Number(rawSeed);
}

/** Returns fast-check's run parameters and prints the seed, so that any failure can be replayed. */
function runParameters(title: string, numRuns: number): fc.Parameters<unknown> {
  const { annotations } = test.info();
  annotations.push({ type: 'fast-check seed', description: `${SEED} (replay with FC_SEED=${SEED})` });
  console.log(`${title}: fast-check seed ${SEED}, ${numRuns} runs; replay with FC_SEED=${SEED}`);
  return { seed: SEED, numRuns, interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS };
}

// Characters and strings

const charInRange = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((code) => String.fromCharCode(code));
const VISIBLE_ASCII = charInRange(0x21, 0x7e);
/** Bytes 0x80 to 0xff, which node:http sends as raw latin1 bytes in a path or header value. */
const HIGH_LATIN1 = charInRange(0x80, 0xff);
const PATH_CHAR = fc.oneof({ weight: 9, arbitrary: VISIBLE_ASCII.filter((char) => char !== '?') }, { weight: 1, arbitrary: HIGH_LATIN1 });
const QUERY_CHAR = fc.oneof({ weight: 9, arbitrary: VISIBLE_ASCII }, { weight: 1, arbitrary: HIGH_LATIN1 });
/** Characters of an RFC 9110 token, the only ones allowed in a header name. */
const TOKEN_CHAR = fc.constantFrom(...'!#$%&\'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
/** Every character node:http accepts in a header value: tab, space, visible ASCII and 0x80 to 0xff. */
const HEADER_VALUE_CHAR = fc.oneof({ weight: 8, arbitrary: VISIBLE_ASCII }, { weight: 2, arbitrary: fc.constantFrom(' ', '\t') }, { weight: 1, arbitrary: HIGH_LATIN1 });
const encodedUnicode = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'grapheme', maxLength }).map(encodeURIComponent);

const ODD_SEGMENTS = [
  '%', '%E0%A4%A', '%zz', '%00', '%2F', '%2f', '..', '.', '%2e%2e', "'", '%27', '%25', '%C0%AF', '%FF', '%u0041',
  SAMPLE_CUSTOMER.id, 'customer%40gmail.com', 'customer@gmail.com', 'cst_', '~', '%20', '+',
];

const pathSegment = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: PATH_CHAR, maxLength: 30 }) },
  { weight: 2, arbitrary: encodedUnicode(20) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_SEGMENTS) },
  // Long segments reach Node's 16 KiB limit on the request head, which must return 431 JSON.
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((length) => 'a'.repeat(length)) },
);

const requestPath = fc.oneof(
  { weight: 5, arbitrary: fc.array(pathSegment, { maxLength: 3 }).map((segments) => `/customers/${segments.join('/')}`) },
  { weight: 2, arbitrary: fc.array(pathSegment, { maxLength: 4 }).map((segments) => `/${segments.join('/')}`) },
  { weight: 1, arbitrary: fc.constantFrom('/customers', '/customers/', '//customers//x', '*', `http://127.0.0.1/customers/${SAMPLE_CUSTOMER.id}`) },
);

const queryName = fc.oneof(
  fc.constantFrom(TOKEN_OPTION, 'options%2Eget_client_auth_token', 'OPTIONS.GET_CLIENT_AUTH_TOKEN', `${TOKEN_OPTION}[]`, 'options', ''),
  fc.string({ unit: QUERY_CHAR, maxLength: 20 }),
);
const queryValue = fc.oneof(
  fc.constantFrom('true', 'True', 'TRUE', 'false', '1', '', '%74rue', 'tr%ue', '%', '+true+'),
  fc.string({ unit: QUERY_CHAR, maxLength: 30 }),
  encodedUnicode(10),
);
const queryPair = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(queryName, queryValue).map(([name, value]) => `${name}=${value}`) },
  { weight: 1, arbitrary: queryName },
);
const queryString = fc.oneof(fc.constant(''), fc.array(queryPair, { maxLength: 5 }).map((pairs) => `?${pairs.join('&')}`));

// Headers

/** Headers that frame or route the message; a random value would make the client, not the mock, misbehave. */
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'host', 'connection', 'expect', 'upgrade', 'te', 'trailer', 'keep-alive']);

const headerName = fc.string({ unit: TOKEN_CHAR, minLength: 1, maxLength: 30 }).filter((name) => !FRAMING_HEADERS.has(name.toLowerCase()));
const headerValue = fc.string({ unit: HEADER_VALUE_CHAR, maxLength: 200 });

const authorizationValue = fc.oneof(
  fc.constant(basicAuth(MERCHANT.apiKey)),
  fc.constant(basicAuth(MERCHANT.apiKey, { colon: false })),
  fc.constantFrom('Basic', 'Basic ', 'Basic %%%', 'Bearer x', basicAuth(''), basicAuth('unknown_key')),
  headerValue,
);

interface GeneratedHeaders {
  readonly headers: OutgoingHttpHeaders;
  readonly setHost: boolean;
}

const requestHeaders: fc.Arbitrary<GeneratedHeaders> = fc
  .record({
    authorization: fc.option(authorizationValue, { nil: undefined }),
    merchantId: fc.option(fc.oneof(fc.constant(MERCHANT.id), headerValue), { nil: undefined }),
    requestId: fc.option(headerValue, { nil: undefined }),
    contentType: fc.option(fc.oneof(fc.constantFrom('application/x-www-form-urlencoded', 'application/json', ';'), headerValue), { nil: undefined }),
    extra: fc.array(fc.tuple(headerName, headerValue), { maxLength: 10 }),
    setHost: fc.boolean(),
  })
  .map(({ authorization, merchantId, requestId, contentType, extra, setHost }) => {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of extra) headers[name] = value;
    if (authorization !== undefined) headers.authorization = authorization;
    if (merchantId !== undefined) headers['x-merchantid'] = merchantId;
    if (requestId !== undefined) headers['x-request-id'] = requestId;
    if (contentType !== undefined) headers['content-type'] = contentType;
    return { headers, setHost };
  });

// Form bodies

const FORM_FIELDS = ['object_reference_id', 'mobile_number', 'mobile_country_code', 'email_address', 'first_name', 'last_name', TOKEN_OPTION];

const formValue = fc.oneof(
  fc.stringMatching(/^[0-9]{1,20}$/),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.constantFrom('', 'true', '+91', '%', '\u0000'),
);
const formBody = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...FORM_FIELDS), fc.string({ maxLength: 20 })), formValue), { maxLength: 8 })
      .map((fields) => new URLSearchParams(fields).toString()),
  },
  { weight: 1, arbitrary: fc.string({ unit: QUERY_CHAR, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);
const formContentType = fc.option(
  fc.constantFrom(
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=utf-8',
    'APPLICATION/X-WWW-FORM-URLENCODED',
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
  ),
  { nil: undefined },
);
const formTarget = fc.oneof(
  fc.constant('/customers'),
  fc.constant(`/customers/${SAMPLE_CUSTOMER.id}`),
  fc.constant('/customers/customer%40gmail.com'),
  pathSegment.filter((segment) => segment.length < 2_000).map((segment) => `/customers/${segment}`),
);

/** Splits `text` into 1 to 4 chunks, so a body is sent both whole and in pieces. */
const chunksOf = (text: string): fc.Arbitrary<string[]> =>
  fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 3 }).map((cuts) => {
    const points = [0, ...[...new Set(cuts)].sort((left, right) => left - right), text.length];
    const chunks: string[] = [];
    for (let index = 1; index < points.length; index += 1) {
      const chunk = text.slice(points[index - 1], points[index]);
      if (chunk !== '') chunks.push(chunk);
    }
    return chunks;
  });

// Checks

/** Checks the invariant of every response: JSON, and a 2xx or 4xx status. */
function expectJsonAnswer(response: RawResponse, method: string, description: string): void {
  const { status } = response;
  expect(status >= 200 && status < 300 || status >= 400 && status < 500, `status ${status} for ${description}`).toBe(true);
  expect(response.headers['content-type'], `content-type for ${description}`).toBe(JSON_CONTENT_TYPE);
  if (method === 'HEAD') return;

  const body: unknown = JSON.parse(response.text);
  expect(body, `body for ${description}`).toBeInstanceOf(Object);
  expect(Array.isArray(body), `body for ${description} is an array`).toBe(false);
}

async function expectStillServing(baseUrl: string): Promise<void> {
  const response = await rawRequest(baseUrl, `/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });
  expect(response.status).toBe(200);
}

/** Sends `head` and reads until the server closes the connection; for heads larger than node:http sends comfortably. */
function sendHeadOverSocket(port: number, head: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy(new Error(`No response to a ${head.length}-byte head within 5 s`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The mock closes after the 431 while the rest of the head is unread, which can reset the connection.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' && chunks.length > 0) return;
      reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(text.split(' ')[1]), text });
    });
    socket.write(head);
  });
}

test.describe('mock properties', () => {
  test.describe.configure({ timeout: 180_000 });

  test('any path and query get JSON 2xx or 4xx', async ({ mock }) => {
    const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD');

    await fc.assert(
      fc.asyncProperty(requestPath, queryString, method, async (path, query, requestMethod) => {
        const target = path + query;
        const response = await rawRequest(mock.url, target, { method: requestMethod, headers: authHeaders() });

        expectJsonAnswer(response, requestMethod, `${requestMethod} ${target.slice(0, 200)}`);
      }),
      runParameters('paths and queries', 300),
    );

    await expectStillServing(mock.url);
  });

  test('any headers get JSON 2xx or 4xx', async ({ mock }) => {
    const target = fc.constantFrom(`/customers/${SAMPLE_CUSTOMER.id}`, `/customers/${SAMPLE_CUSTOMER.id}?${TOKEN_OPTION}=true`, '/customers/customer%40gmail.com', '/customers/unknown');

    await fc.assert(
      fc.asyncProperty(target, requestHeaders, async (path, { headers, setHost }) => {
        const response = await rawRequest(mock.url, path, { headers, setHost });

        expectJsonAnswer(response, 'GET', `GET ${path} with headers ${JSON.stringify(headers).slice(0, 400)}, Host ${setHost ? 'sent' : 'not sent'}`);
      }),
      runParameters('headers', 300),
    );

    await expectStillServing(mock.url);
  });

  test('any form body gets JSON 2xx or 4xx', async ({ mock }) => {
    const bodyAndChunks = formBody.chain((body) => fc.tuple(fc.constant(body), chunksOf(body)));

    await fc.assert(
      fc.asyncProperty(formTarget, formContentType, bodyAndChunks, fc.boolean(), async (path, contentType, [body, chunks], chunked) => {
        const headers: OutgoingHttpHeaders = { ...authHeaders() };
        if (contentType !== undefined) headers['content-type'] = contentType;
        if (!chunked) headers['content-length'] = Buffer.byteLength(body);

        const response = await rawRequest(mock.url, path, { method: 'POST', headers, body: chunks });

        expectJsonAnswer(response, 'POST', `POST ${path.slice(0, 200)} (${contentType ?? 'no content-type'}, ${chunked ? 'chunked' : 'content-length'}) body ${JSON.stringify(body.slice(0, 300))}`);
      }),
      runParameters('form bodies', 300),
    );

    await expectStillServing(mock.url);
  });

  test('a body over the limit gets 413', async ({ mock }) => {
    const size = fc.oneof(
      fc.integer({ min: MAX_BODY_BYTES - 32, max: MAX_BODY_BYTES + 32 }),
      fc.integer({ min: MAX_BODY_BYTES + 1, max: 256 * 1024 }),
    );
    const target = fc.constantFrom('/customers', `/customers/${SAMPLE_CUSTOMER.id}`);

    await fc.assert(
      fc.asyncProperty(target, size, fc.boolean(), fc.integer({ min: 1, max: 16 }), async (path, bytes, chunked, chunkCount) => {
        const body = `first_name=${'x'.repeat(bytes - 'first_name='.length)}`;
        const chunkSize = Math.ceil(bytes / chunkCount);
        const chunks = Array.from({ length: chunkCount }, (_, index) => body.slice(index * chunkSize, (index + 1) * chunkSize)).filter((chunk) => chunk !== '');
        const headers: OutgoingHttpHeaders = { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' };
        if (!chunked) headers['content-length'] = bytes;

        const response = await rawRequest(mock.url, path, { method: 'POST', headers, body: chunks });

        expectJsonAnswer(response, 'POST', `POST ${path} with ${bytes} bytes`);
        expect(response.status === 413, `status ${response.status} for a ${bytes}-byte body (limit ${MAX_BODY_BYTES})`).toBe(bytes > MAX_BODY_BYTES);
      }),
      runParameters('body limit', 60),
    );

    await expectStillServing(mock.url);
  });

  test('a huge header gets 431', async ({ mock }) => {
    const size = fc.integer({ min: maxHeaderSize + 1, max: 128 * 1024 });

    await fc.assert(
      fc.asyncProperty(size, headerName, async (bytes, name) => {
        const head = `GET /customers/${SAMPLE_CUSTOMER.id} HTTP/1.1\r\nhost: 127.0.0.1\r\n${name}: ${'v'.repeat(bytes)}\r\nconnection: close\r\n\r\n`;

        const response = await sendHeadOverSocket(mock.port, head);

        expect(response.status, `status for a ${bytes}-byte ${name} header`).toBe(431);
        expect(response.text).toContain(`content-type: ${JSON_CONTENT_TYPE}`);
        expect(JSON.parse(response.text.slice(response.text.indexOf('\r\n\r\n') + 4))).toMatchObject({ error_code: 'request_header_fields_too_large' });
      }),
      runParameters('header limit', 40),
    );

    await expectStillServing(mock.url);
  });

  test('concurrent creates keep references unique', async ({ mock }) => {
    const referenceIds = fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 12 });
    const workload = referenceIds.chain((pool) =>
      fc.tuple(
        fc.constant(pool),
        fc.array(fc.nat({ max: pool.length - 1 }), { maxLength: 40 }),
        fc.array(fc.nat({ max: pool.length - 1 }), { maxLength: 20 }),
      ),
    );
    const formHeaders = { ...authHeaders(), 'content-type': 'application/x-www-form-urlencoded' };
    let runNumber = 0;

    await fc.assert(
      fc.asyncProperty(workload, async ([pool, duplicatePicks, getPicks]) => {
        // A prefix per run keeps reference ids apart from the seed and from earlier runs.
        runNumber += 1;
        const references = pool.map((suffix) => `run${runNumber}-${suffix}`);
        const createOrder = [...references, ...duplicatePicks.map((index) => references[index] ?? '')];
        const getOrder = getPicks.map((index) => references[index] ?? '');

        const create = (reference: string): Promise<RawResponse> => {
          const body = new URLSearchParams({ object_reference_id: reference, mobile_number: '9000000000' }).toString();
          return rawRequest(mock.url, '/customers', { method: 'POST', headers: { ...formHeaders, 'content-length': Buffer.byteLength(body) }, body: [body] });
        };
        const getByReference = (reference: string): Promise<RawResponse> =>
          rawRequest(mock.url, `/customers/${encodeURIComponent(reference)}`, { headers: authHeaders() });

        const [creates, concurrentGets] = await Promise.all([Promise.all(createOrder.map(create)), Promise.all(getOrder.map(getByReference))]);

        const winners = new Map<string, string>();
        for (const [index, response] of creates.entries()) {
          const reference = createOrder[index] ?? '';
          const body = JSON.parse(response.text) as { id?: string; object_reference_id?: string; error_code?: string };
          if (response.status === 200) {
            expect(winners.has(reference), `a second 200 for reference id ${JSON.stringify(reference)}`).toBe(false);
            expect(body.object_reference_id).toBe(reference);
            winners.set(reference, body.id ?? '');
          } else {
            expect(response.status, `create ${JSON.stringify(reference)}: ${response.text}`).toBe(400);
            expect(body.error_code).toBe('unique');
          }
        }
        expect(winners.size, 'one winner per reference id').toBe(references.length);
        expect(new Set(winners.values()).size, 'distinct ids for distinct reference ids').toBe(references.length);

        for (const [index, response] of concurrentGets.entries()) {
          const reference = getOrder[index] ?? '';
          if (response.status === 404) continue;
          expect(response.status, `concurrent GET ${JSON.stringify(reference)}: ${response.text}`).toBe(200);
          expect((JSON.parse(response.text) as { id: string }).id).toBe(winners.get(reference));
        }

        for (const [reference, id] of winners) {
          const byId = await rawRequest(mock.url, `/customers/${id}`, { headers: authHeaders() });
          const byReference = await getByReference(reference);

          expect(byId.status, `GET by id ${id}`).toBe(200);
          expect((JSON.parse(byId.text) as { object_reference_id: string }).object_reference_id).toBe(reference);
          expect(byReference.status, `GET by reference id ${JSON.stringify(reference)}`).toBe(200);
          expect((JSON.parse(byReference.text) as { id: string }).id).toBe(id);
        }
      }),
      runParameters('concurrent creates', 25),
    );
  });
});

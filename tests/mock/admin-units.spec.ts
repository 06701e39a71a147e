import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { handleAdminRequest } from '../../src/mock/admin/admin-routes.ts';
import { startAdminServer } from '../../src/mock/admin/admin-server.ts';
import { summariseAuthorization } from '../../src/mock/admin/authorization-summary.ts';
import { isLoopbackAddress } from '../../src/mock/admin/loopback.ts';
import type { RecordedRequest } from '../../src/mock/admin/recorded-request.ts';
import { RequestLog } from '../../src/mock/admin/request-log.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { MockConfigError } from '../../src/mock/config-error.ts';
import { resolveAdminOptions, resolveMockOptions } from '../../src/mock/options.ts';
import { basicAuth, expect, MERCHANT, test } from './fixtures.ts';

function recordWithId(requestId: string): RecordedRequest {
  return { requestId, receivedAt: '2024-01-01T00:00:00.000Z', method: 'GET', rawPath: '/', headers: {}, authorization: null, response: null };
}

const isMerchantKey = (apiKey: string): boolean => apiKey === MERCHANT.apiKey;

test.describe('admin bind address', () => {
  for (const host of ['0.0.0.0', '::', '192.0.2.7', 'localhost', '127.0.0.1']) {
    test(`is 127.0.0.1 when the mock binds ${host}`, () => {
      const resolved = resolveMockOptions({ host, admin: true });

      expect(resolved.host).toBe(host);
      expect(resolved.admin?.host).toBe('127.0.0.1');
    });
  }

  test('admin port is kept', () => {
    expect(resolveAdminOptions({ port: 4011 })).toEqual({ host: '127.0.0.1', port: 4011 });
  });

  test('admin off resolves to undefined', () => {
    expect(resolveAdminOptions(undefined)).toBeUndefined();
    expect(resolveAdminOptions(false)).toBeUndefined();
  });

  test('invalid admin port throws a MockConfigError', () => {
    expect(() => resolveAdminOptions({ port: 70_000 })).toThrow(MockConfigError);
    expect(() => resolveAdminOptions({ port: 70_000 })).toThrow(/admin\.port 70000/);
  });

  test('admin server address is 127.0.0.1', async () => {
    const admin = await startAdminServer(new RequestLog(), resolveAdminOptions(true) ?? { host: '', port: 0 }, createLogger({ name: 'mock', level: 'silent' }));
    try {
      expect(admin.address.address).toBe('127.0.0.1');
      expect(admin.url).toBe(`http://127.0.0.1:${admin.address.port}`);
    } finally {
      await admin.close();
    }
  });
});

test.describe('isLoopbackAddress', () => {
  const cases = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['192.0.2.7', false],
    ['::ffff:192.0.2.7', false],
    ['fe80::1', false],
    ['1270.0.0.1', false],
  ] as const;
  for (const [address, expected] of cases) {
    test(`${address} is ${expected ? '' : 'not '}loopback`, () => {
      expect(isLoopbackAddress(address)).toBe(expected);
    });
  }

  test('undefined is not loopback', () => {
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});

test.describe('admin routes', () => {
  test('a non-loopback peer gets 403', () => {
    const socket = new Socket();
    Object.defineProperty(socket, 'remoteAddress', { value: '192.0.2.7' });
    const req = new IncomingMessage(socket);
    req.method = 'GET';
    req.url = '/health';
    const res = new ServerResponse(req);
    let body = '';
    res.end = ((chunk: string) => {
      body = chunk;
      return res;
    }) as typeof res.end;

    handleAdminRequest(new RequestLog(), req, res);

    expect(res.statusCode).toBe(403);
    expect(JSON.parse(body)).toMatchObject({ error_code: 'forbidden' });
    socket.destroy();
  });
});

test.describe('RequestLog', () => {
  test('keeps only the newest records at capacity', () => {
    const log = new RequestLog(3);

    for (const id of ['a', 'b', 'c', 'd', 'e']) log.add(recordWithId(id));

    expect(log.list().map((record) => record.requestId)).toEqual(['c', 'd', 'e']);
    expect(log.size).toBe(3);
    expect(log.find('b')).toBeUndefined();
    expect(log.find('e')?.requestId).toBe('e');
  });

  test('a repeated id finds the newer record', () => {
    const log = new RequestLog(3);
    const older = recordWithId('same');
    const newer = recordWithId('same');

    log.add(older);
    log.add(newer);

    expect(log.find('same')).toBe(newer);
    expect(log.list()).toEqual([older, newer]);
  });

  test('evicting an older duplicate keeps the newer one findable', () => {
    const log = new RequestLog(2);
    const newer = recordWithId('same');

    log.add(recordWithId('same'));
    log.add(newer);
    log.add(recordWithId('other'));

    expect(log.find('same')).toBe(newer);
  });

  test('clear empties the log', () => {
    const log = new RequestLog(2);
    log.add(recordWithId('a'));

    log.clear();
    log.add(recordWithId('b'));

    expect(log.list().map((record) => record.requestId)).toEqual(['b']);
    expect(log.find('a')).toBeUndefined();
  });

  test('capacity 0 throws a RangeError', () => {
    expect(() => new RequestLog(0)).toThrow(RangeError);
  });
});

test.describe('summariseAuthorization', () => {
  const cases = [
    ['configured key with colon', basicAuth(MERCHANT.apiKey), { scheme: 'Basic', credential: 'configured-key' }],
    ['configured key without colon', basicAuth(MERCHANT.apiKey, { colon: false }), { scheme: 'Basic', credential: 'configured-key' }],
    ['lower-case scheme', `basic ${Buffer.from(`${MERCHANT.apiKey}:`).toString('base64')}`, { scheme: 'Basic', credential: 'configured-key' }],
    ['unknown key', basicAuth('not_a_key'), { scheme: 'Basic', credential: 'unknown-key' }],
    ['Basic with bad base64', 'Basic %%%', { scheme: 'Basic', credential: 'malformed' }],
    ['Basic with an empty username', basicAuth(''), { scheme: 'Basic', credential: 'malformed' }],
    ['Bearer token', 'Bearer abc.def', { scheme: 'Bearer', credential: 'malformed' }],
    ['bare key without a scheme', MERCHANT.apiKey, { scheme: '', credential: 'malformed' }],
    ['scheme over 32 characters', `${'k'.repeat(40)} rest`, { scheme: '', credential: 'malformed' }],
  ] as const;
  for (const [name, authorization, expected] of cases) {
    test(`${name} is ${expected.credential}`, () => {
      expect(summariseAuthorization(authorization, isMerchantKey)).toEqual(expected);
    });
  }

  test('absent is null', () => {
    expect(summariseAuthorization(undefined, isMerchantKey)).toBeNull();
  });
});

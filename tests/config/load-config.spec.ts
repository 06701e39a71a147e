import { expect, test } from '@playwright/test';

import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig, type Environment } from '../../src/config/load-config.ts';

function problemsOf(env: Environment): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

const SANDBOX = {
  JUSPAY_TARGET: 'sandbox',
  JUSPAY_API_KEY: 'sandbox_key_for_tests',
  JUSPAY_MERCHANT_ID: 'merchant_one',
  JUSPAY_CUSTOMER_ID: 'cst_om2l6ctlptxwxuzj',
  JUSPAY_CUSTOMER_REFERENCE_ID: 'customer@gmail.com',
};

test('an empty environment targets the embedded mock with seed defaults', () => {
  const config = loadConfig({});

  expect(config.target).toBe('mock');
  expect(config.baseUrl).toBeUndefined();
  expect(config.merchantId).toBe('mock_merchant');
  expect(config.customerId).toMatch(/^cst_/);
  expect(config.routingId).toBe(config.customerId);
});

test('sandbox defaults its base URL to the Juspay sandbox', () => {
  const config = loadConfig(SANDBOX);

  expect(config.baseUrl).toBe('https://sandbox.juspay.in');
  expect(config.otherMerchantCustomerId).toBeUndefined();
  expect(config.badOrigin).toBeUndefined();
});

test('every missing sandbox setting is reported at once by name', () => {
  const problems = problemsOf({ JUSPAY_TARGET: 'sandbox' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_API_KEY', 'JUSPAY_MERCHANT_ID', 'JUSPAY_CUSTOMER_ID']);
});

test('invalid values name the value and the fix', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_TIMEOUT_MS: 'soon', JUSPAY_STRICT: 'maybe', JUSPAY_TARGET: 'production' });

  expect(problems).toContainEqual({ variable: 'JUSPAY_TIMEOUT_MS', message: '"soon" is not a whole number from 1 to 300000.' });
  expect(problems).toContainEqual({ variable: 'JUSPAY_STRICT', message: '"maybe" is not a boolean: use true or false.' });
  expect(problems).toContainEqual({ variable: 'JUSPAY_TARGET', message: '"production" is not a target kind: use one of mock, sandbox, proxy.' });
});

test('a proxy target without a base URL is rejected', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_TARGET: 'proxy' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_BASE_URL']);
});

test('plain HTTP to a host that is not loopback is rejected without the override', () => {
  const env = { ...SANDBOX, JUSPAY_TARGET: 'proxy', JUSPAY_BASE_URL: 'http://gateway.internal:8080' };

  expect(problemsOf(env)[0]?.message).toContain('JUSPAY_ALLOW_INSECURE_HTTP=true');
  expect(loadConfig({ ...env, JUSPAY_ALLOW_INSECURE_HTTP: 'true' }).baseUrl).toBe('http://gateway.internal:8080');
});

test('plain HTTP to loopback is accepted', () => {
  const config = loadConfig({ JUSPAY_BASE_URL: 'http://127.0.0.1:4010/' });

  expect(config.baseUrl).toBe('http://127.0.0.1:4010');
});

test('a base URL with user info is rejected without echoing it', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_BASE_URL: 'https://key123:secret@proxy.example.com' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_BASE_URL']);
  expect(problems[0]?.message).not.toContain('secret');
  expect(problems[0]?.message).not.toContain('key123');
});

test('the API key never appears in a configuration error', () => {
  const error = (() => {
    try {
      loadConfig({ ...SANDBOX, JUSPAY_API_KEY: 'very_secret_key_value', JUSPAY_TIMEOUT_MS: '-1' });
    } catch (caught) {
      return caught as Error;
    }
    throw new Error('loadConfig accepted the environment');
  })();

  expect(error.message).not.toContain('very_secret_key_value');
});

test('a customer id without the cst_ prefix is rejected', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_CUSTOMER_ID: 'customer@gmail.com' });

  expect(problems[0]?.variable).toBe('JUSPAY_CUSTOMER_ID');
  expect(problems[0]?.message).toContain('JUSPAY_CUSTOMER_REFERENCE_ID');
});

test('creating a customer and naming one at once is rejected', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_CREATE_CUSTOMER: 'true' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_CREATE_CUSTOMER']);
});

test('half of the bad-origin credentials is rejected', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_BAD_ORIGIN_API_KEY: 'restricted_key' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_BAD_ORIGIN_MERCHANT_ID']);
});

const PROXY = { ...SANDBOX, JUSPAY_TARGET: 'proxy', JUSPAY_BASE_URL: 'http://127.0.0.1:8080' };

test('a proxy defaults to pass-through auth', () => {
  const config = loadConfig(PROXY);

  expect(config.proxyAuth).toBe('pass-through');
  expect(config.proxyAuthHeader).toBeUndefined();
});

test('injected proxy auth reads the proxy header', () => {
  const config = loadConfig({ ...PROXY, JUSPAY_PROXY_AUTH: 'injected', JUSPAY_PROXY_AUTH_HEADER: 'X-Gateway-Key: gw_secret_123' });

  expect(config.proxyAuth).toBe('injected');
  expect(config.proxyAuthHeader).toEqual({ name: 'x-gateway-key', value: 'gw_secret_123' });
});

test('an unknown proxy auth mode names the modes', () => {
  const problems = problemsOf({ ...PROXY, JUSPAY_PROXY_AUTH: 'magic' });

  expect(problems).toEqual([
    {
      variable: 'JUSPAY_PROXY_AUTH',
      message: '"magic" is not a proxy auth mode: use pass-through (the caller sends the Juspay API key) or injected (the proxy adds it).',
    },
  ]);
});

test('injected auth on a target that is not a proxy is rejected', () => {
  const problems = problemsOf({ ...SANDBOX, JUSPAY_PROXY_AUTH: 'injected' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_PROXY_AUTH']);
  expect(problems[0]?.message).toContain('JUSPAY_TARGET=proxy');
});

test('a proxy auth header in pass-through mode is rejected', () => {
  const problems = problemsOf({ ...PROXY, JUSPAY_PROXY_AUTH_HEADER: 'x-gateway-key: gw_secret_123' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_PROXY_AUTH_HEADER']);
  expect(problems[0]?.message).toContain('JUSPAY_PROXY_AUTH=injected');
});

test('malformed proxy auth headers never echo their value', () => {
  const injected = { ...PROXY, JUSPAY_PROXY_AUTH: 'injected' };
  const cases = [
    { header: 'gw_secret_123', fix: '"Name: value"' },
    { header: 'x gateway: gw_secret_123', fix: 'not a valid header name' },
    { header: 'x-routing-id: gw_secret_123', fix: 'a header the suite sets itself' },
    { header: 'x-gateway-key: gw_secret_123\nx-other: 1', fix: 'control characters' },
  ];

  for (const { header, fix } of cases) {
    const problems = problemsOf({ ...injected, JUSPAY_PROXY_AUTH_HEADER: header });

    expect(problems.map((problem) => problem.variable), header).toEqual(['JUSPAY_PROXY_AUTH_HEADER']);
    expect(problems[0]?.message, header).toContain(fix);
    expect(problems[0]?.message, header).not.toContain('gw_secret_123');
  }
});

test('the upstream admin URL must be on loopback', () => {
  const problems = problemsOf({ ...PROXY, JUSPAY_UPSTREAM_ADMIN_URL: 'http://mock.internal:4011' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_UPSTREAM_ADMIN_URL']);
  expect(problems[0]?.message).toContain('127.0.0.1');
  expect(loadConfig({ ...PROXY, JUSPAY_UPSTREAM_ADMIN_URL: 'http://127.0.0.1:4011/' }).upstreamAdminUrl).toBe('http://127.0.0.1:4011');
});

test('the direct URL follows the base URL rules', () => {
  const problems = problemsOf({ ...PROXY, JUSPAY_DIRECT_URL: 'http://juspay.internal' });

  expect(problems.map((problem) => problem.variable)).toEqual(['JUSPAY_DIRECT_URL']);
  expect(problems[0]?.message).toContain('JUSPAY_ALLOW_INSECURE_HTTP=true');
  expect(loadConfig({ ...PROXY, JUSPAY_DIRECT_URL: 'https://sandbox.juspay.in/' }).directUrl).toBe('https://sandbox.juspay.in');
});

test('the differential request count is bounded', () => {
  const problems = problemsOf({ ...PROXY, JUSPAY_DIFF_REQUESTS: '100000' });

  expect(problems).toEqual([{ variable: 'JUSPAY_DIFF_REQUESTS', message: '"100000" is not a whole number from 1 to 1000.' }]);
  expect(loadConfig(PROXY).differentialRequests).toBe(50);
});

test('a misspelt JUSPAY_ variable is reported with the closest name', () => {
  const problems = problemsOf({ JUSPAY_BASEURL: 'http://127.0.0.1:4010' });

  expect(problems).toEqual([
    { variable: 'JUSPAY_BASEURL', message: 'is not a variable of this suite: did you mean JUSPAY_BASE_URL? Rename or remove it.' },
  ]);
});

test('variables the suite sets for itself are not reported', () => {
  const config = loadConfig({ JUSPAY_RESOLVED_BASE_URL: 'http://127.0.0.1:4010' });

  expect(config.target).toBe('mock');
});

test('an unknown LOG_LEVEL is reported with the valid levels', () => {
  const problems = problemsOf({ LOG_LEVEL: 'verbose' });

  expect(problems).toEqual([
    { variable: 'LOG_LEVEL', message: '"verbose" is not a log level: use one of fatal, error, warn, info, debug, trace, silent.' },
  ]);
});

import { readMockDefaults } from '../../src/config/mock-defaults.ts';
import { expect, test } from './proxy-fixtures.ts';
import { runDifferential } from './run-differential.ts';

/** Few pairs keep the runs short; the count is still checked. */
const LATENCY_REQUESTS = 20;

const API_KEY = readMockDefaults().apiKey;

test('pass-through nginx shows no difference', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('pass-through');

  const run = await runDifferential({ JUSPAY_DIRECT_URL: upstream.url, JUSPAY_BASE_URL: proxy.url, JUSPAY_DIFF_REQUESTS: String(LATENCY_REQUESTS) });

  expect(run.exitCode, run.output).toBe(0);
  expect(run.report?.verdict).toBe('same');
  expect(run.report?.probes.map((probe) => [probe.name, probe.outcome])).toEqual([
    ['found by id', 'same'],
    ['found by reference', 'same'],
    ['token', 'same'],
    ['not found', 'same'],
    ['wrong key', 'same'],
    ['no merchant header', 'same'],
  ]);
  const latency = run.report?.latency;
  const timedPairs = latency !== undefined && 'measurement' in latency ? latency.measurement.requests : undefined;
  expect(timedPairs, 'request pairs timed').toBe(LATENCY_REQUESTS);
  expect(run.output).toContain('Proxy overhead on "found by id" over 20 request pairs: p50 ');
  expect(run.reportText.includes(API_KEY), 'the API key in differential.json').toBe(false);
});

test('HTML 404 nginx differences are named', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('not-found-as-html');

  const run = await runDifferential({ JUSPAY_DIRECT_URL: upstream.url, JUSPAY_BASE_URL: proxy.url, JUSPAY_DIFF_REQUESTS: String(LATENCY_REQUESTS) });

  expect(run.exitCode, run.output).toBe(1);
  expect(run.report?.verdict).toBe('different');
  const different = run.report?.probes.filter((probe) => probe.outcome === 'different') ?? [];
  expect(different.map((probe) => probe.name)).toEqual(['not found']);
  expect(different[0]?.differences.map((difference) => difference.pointer)).toEqual([
    '/body',
    '/headers/content-type',
    '/headers/x-request-id',
    '/headers/x-response-id',
  ]);
  expect(different[0]?.differences[1]).toEqual({ pointer: '/headers/content-type', direct: '"application/json; charset=utf-8"', proxy: '"text/html"' });
  expect(run.output).toContain('/headers/content-type: direct "application/json; charset=utf-8", proxy "text/html"');
});

test('injected mode skips the wrong-key request', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('injects-key', { apiKey: API_KEY });
  const seed = readMockDefaults();

  const run = await runDifferential({
    JUSPAY_TARGET: 'proxy',
    JUSPAY_PROXY_AUTH: 'injected',
    JUSPAY_DIRECT_URL: upstream.url,
    JUSPAY_BASE_URL: proxy.url,
    JUSPAY_API_KEY: seed.apiKey,
    JUSPAY_MERCHANT_ID: seed.merchantId,
    JUSPAY_CUSTOMER_ID: seed.customerId,
    JUSPAY_CUSTOMER_REFERENCE_ID: seed.customerReferenceId,
    JUSPAY_DIFF_REQUESTS: String(LATENCY_REQUESTS),
  });

  expect(run.exitCode, run.output).toBe(0);
  expect(run.report?.probes.find((probe) => probe.name === 'wrong key')?.outcome).toBe('skipped');
  expect(run.report?.probes.filter((probe) => probe.outcome === 'same')).toHaveLength(5);
});

test('unreachable proxy makes the run incomplete', async ({ upstream }) => {
  // Nothing listens on port 1 of the loopback address, so connections are refused at once.
  const closedPortUrl = 'http://127.0.0.1:1';

  const run = await runDifferential({ JUSPAY_DIRECT_URL: upstream.url, JUSPAY_BASE_URL: closedPortUrl, JUSPAY_DIFF_REQUESTS: '1' });

  expect(run.exitCode, run.output).toBe(2);
  expect(run.report?.verdict).toBe('incomplete');
  expect(run.report?.probes[0]?.reason).toContain('ECONNREFUSED');
  expect(run.report?.probes[0]?.reason).toContain('check JUSPAY_BASE_URL');
});

test('missing direct URL is a configuration error', async () => {
  const run = await runDifferential({ JUSPAY_BASE_URL: 'http://127.0.0.1:1', JUSPAY_DIRECT_URL: '' });

  expect(run.exitCode).toBe(2);
  expect(run.output).toContain('JUSPAY_DIRECT_URL: is missing');
  expect(run.report).toBeUndefined();
});

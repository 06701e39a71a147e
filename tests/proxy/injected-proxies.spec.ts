import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { readMockDefaults } from '../../src/config/mock-defaults.ts';
import { checksWithOutcome, runSuite } from '../suite/run-suite.ts';
import { expect, test } from './proxy-fixtures.ts';
import { proxySuiteEnvironment } from './proxy-suite-environment.ts';
import { outcomesOf, PROXY_CHECK_IDS, PROXY_TOKEN_TEST_TITLE, testOutcome } from './run-outcomes.ts';

test.describe.configure({ timeout: 120_000 });

const API_KEY = readMockDefaults().apiKey;

/** Auth checks that send a key of their own skip themselves in injected mode. */
const KEY_SENDING_CHECKS = ['auth.wrong-key', 'auth.missing', 'auth.colon-optional', 'auth.bad-origin'];

/** Reads every file under `directory` as text. */
function readAllFiles(directory: string): string {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((name) => join(directory, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

test('key-injecting nginx certifies in injected mode', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('injects-key', { apiKey: API_KEY });

  const run = await runSuite({ ...proxySuiteEnvironment(proxy.url, upstream.adminUrl), JUSPAY_PROXY_AUTH: 'injected' });

  expect(run.exitCode, run.output).toBe(0);
  expect(run.checks?.verdict).toBe('conformant');
  expect(checksWithOutcome(run, 'fail')).toEqual([]);
  expect(outcomesOf(run, KEY_SENDING_CHECKS)).toEqual(Object.fromEntries(KEY_SENDING_CHECKS.map((id) => [id, 'skip'])));
  expect(outcomesOf(run, PROXY_CHECK_IDS)).toEqual(Object.fromEntries(PROXY_CHECK_IDS.map((id) => [id, 'pass'])));
  expect(testOutcome(run, 'proxy.credentials: the upstream gets the configured key from an injecting proxy')).toBe('pass');
  expect(testOutcome(run, 'proxy.credentials: the injected key never comes back in a response')).toBe('pass');
});

test('key-leaking nginx fails exactly proxy.credentials', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('injects-key-and-leaks-it', { apiKey: API_KEY });

  const run = await runSuite({ ...proxySuiteEnvironment(proxy.url, upstream.adminUrl), JUSPAY_PROXY_AUTH: 'injected' });

  expect(checksWithOutcome(run, 'fail'), run.output).toEqual(['proxy.credentials']);
  expect(testOutcome(run, 'proxy.credentials: the injected key never comes back in a response')).toBe('fail');
  expect(run.exitCode).toBe(1);
});

test('gateway header reaches nginx and stays out of reports', async ({ upstream, startProxy }) => {
  const gatewayHeader = { name: 'x-gateway-key', value: 'gw_secret_5a1b9c' };
  const proxy = await startProxy('injects-key', { apiKey: API_KEY, gatewayHeader });
  const env = {
    ...proxySuiteEnvironment(proxy.url, upstream.adminUrl),
    JUSPAY_PROXY_AUTH: 'injected',
    JUSPAY_PROXY_AUTH_HEADER: `${gatewayHeader.name}: ${gatewayHeader.value}`,
  };

  const run = await runSuite(env);

  expect(run.exitCode, run.output).toBe(0);
  expect(outcomesOf(run, PROXY_CHECK_IDS), run.output).toEqual(Object.fromEntries(PROXY_CHECK_IDS.map((id) => [id, 'pass'])));
  expect(testOutcome(run, PROXY_TOKEN_TEST_TITLE)).toBe('pass');
  expect(run.output.includes(gatewayHeader.value), 'the gateway key in the console output').toBe(false);
  expect(readAllFiles(run.reportsDir).includes(gatewayHeader.value), 'the gateway key in a report file').toBe(false);
});

import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { runSuite } from './run-suite.ts';

test('a rejected API key stops the run with the fix and no verdict', async () => {
  const run = await runSuite({ JUSPAY_API_KEY: 'not_the_mock_key_1234' });

  expect(run.exitCode, run.output).toBe(2);
  expect(run.checks, 'no checks.json is written for a run that checked nothing').toBeUndefined();
  expect(run.output).toContain('rejected the configured credentials');
  expect(run.output).toContain('Check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID');
  expect(run.output, 'the key itself is never printed').not.toContain('not_the_mock_key_1234');
  expect(run.output, 'no stack frames').not.toMatch(/^\s+at .*\.ts:\d+/m);
});

test('a failed fixture customer creation stops the run with the cause', async () => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  server.close();

  const run = await runSuite({
    JUSPAY_BASE_URL: `http://127.0.0.1:${port}`,
    JUSPAY_CREATE_CUSTOMER: 'true',
  });

  expect(run.exitCode, run.output).toBe(2);
  expect(run.checks).toBeUndefined();
  expect(run.output).toContain('got no response (ECONNREFUSED)');
});

test('a configuration error removes the results of an earlier run', async () => {
  const first = await runSuite({}, ['--grep', 'customer.found']);
  expect(first.checks).toBeDefined();

  const second = await runSuite({ REPORTS_DIR: first.reportsDir, JUSPAY_TIMEOUT_MS: 'soon' });

  expect(second.exitCode).toBe(2);
  expect(existsSync(join(first.reportsDir, 'checks.json')), 'checks.json of the earlier run').toBe(false);
});

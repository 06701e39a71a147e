import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test as base } from '@playwright/test';

import { createLogger } from '../../src/logging/logger.ts';
import { findK6 } from '../../src/load/find-k6.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { REPOSITORY_ROOT, runLoad, type LoadRun } from './run-load.ts';

/** The mock's seed API key: it must never appear in k6's output or reports. */
const SEED_API_KEY = 'mock_api_key_7d1f0c2b9a';
const DEFAULT_REPORT_DIR = join(REPOSITORY_ROOT, 'reports', 'load');

interface Fixtures {
  /** Starts a mock with `faults` switched on and returns its URL; it closes after the test. */
  startFaultyMock: (faults: readonly string[]) => Promise<string>;
  /** A report folder of this test's own, so runs never read each other's reports. */
  reportDir: string;
}

interface WorkerFixtures {
  /** One smoke run against the embedded mock with the default report folder. */
  smokeRun: LoadRun;
}

const test = base.extend<Fixtures, WorkerFixtures>({
  startFaultyMock: async ({}, use) => {
    const closers: (() => Promise<void>)[] = [];
    await use(async (faults) => {
      const mock = await startMockServer({ port: 0, faults, logger: createLogger({ name: 'mock', level: 'warn' }) });
      closers.push(() => mock.close());
      return mock.url;
    });
    await Promise.all(closers.map((close) => close()));
  },

  reportDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('reports'));
  },

  smokeRun: [
    async ({}, use) => {
      await rm(DEFAULT_REPORT_DIR, { recursive: true, force: true });
      await use(await runLoad({}));
    },
    { scope: 'worker' },
  ],
});

// Each run keeps a k6 process busy; one at a time keeps the 2-core machines responsive.
test.describe.configure({ mode: 'default' });
test.skip(
  findK6() === undefined,
  'k6 is not on PATH: install it from Grafana\'s releases or package repositories ("Install k6" in the k6 docs).',
);

async function readJunit(reportDir: string): Promise<string> {
  return readFile(join(reportDir, 'junit.xml'), 'utf8');
}

test('smoke run passes against the embedded mock', async ({ smokeRun }) => {
  expect(smokeRun.exitCode, smokeRun.stdout + smokeRun.stderr).toBe(0);
  expect(smokeRun.stdout).toContain('Result: passed, all 8 thresholds held.');
});

test('smoke run writes k6 data to summary.json', async ({ smokeRun }) => {
  expect(smokeRun.exitCode).toBe(0);
  const summary = JSON.parse(await readFile(join(DEFAULT_REPORT_DIR, 'summary.json'), 'utf8'));

  expect(summary.metrics['http_reqs{endpoint:token}'].values.count).toBe(5);
  expect(summary.metrics['http_reqs{endpoint:plain}'].values.count).toBe(5);
  expect(summary.metrics.checks.values.rate).toBe(1);
});

test('smoke run writes one JUnit case per threshold', async ({ smokeRun }) => {
  expect(smokeRun.exitCode).toBe(0);
  const junit = await readJunit(DEFAULT_REPORT_DIR);

  expect(junit.match(/<testcase /g)).toHaveLength(8);
  expect(junit).toContain('tests="8" failures="0"');
  expect(junit).toContain('<testcase classname="http_req_duration{endpoint:token}" name="p(95)&lt;500"');
});

test('smoke run output contains no credential or token', async ({ smokeRun }) => {
  const reports = [
    await readFile(join(DEFAULT_REPORT_DIR, 'summary.json'), 'utf8'),
    await readJunit(DEFAULT_REPORT_DIR),
  ];

  for (const text of [smokeRun.stdout, smokeRun.stderr, ...reports]) {
    expect(text).not.toContain(SEED_API_KEY);
    expect(text).not.toContain(Buffer.from(`${SEED_API_KEY}:`).toString('base64'));
    expect(text).not.toMatch(/tkn_[0-9a-f]{32}/);
  }
});

for (const fault of ['token.issued', 'token.format', 'token.expiry-15min']) {
  test(`${fault} fault fails the checks threshold`, async ({ startFaultyMock, reportDir }) => {
    const url = await startFaultyMock([fault]);

    const run = await runLoad({ JUSPAY_BASE_URL: url, LOAD_REPORT_DIR: reportDir });

    expect(run.exitCode, run.stdout + run.stderr).toBe(99);
    expect(run.stdout).toContain(`FAIL ${fault}: 0 passed, 5 failed`);
    expect(await readJunit(reportDir)).toContain('<failure message="checks rate&gt;=0.99 was crossed');
  });
}

test('run without requests fails the request guard', async ({ startFaultyMock, reportDir }) => {
  const url = await startFaultyMock([]);

  // A spike to 0 requests/s starts no iteration, so every latency threshold has no sample.
  const run = await runLoad({
    JUSPAY_BASE_URL: url,
    LOAD_REPORT_DIR: reportDir,
    K6_PROFILE: 'spike',
    LOAD_PEAK_RATE: '0',
    LOAD_RAMP: '1s',
    LOAD_DURATION: '1s',
    LOAD_VUS: '1',
    LOAD_MAX_VUS: '1',
  });

  expect(run.exitCode, run.stdout + run.stderr).toBe(99);
  const junit = await readJunit(reportDir);
  expect(junit).toContain('<failure message="http_reqs{endpoint:token} count&gt;0 was crossed: actual 0"');
  expect(junit).toContain('<testcase classname="http_req_duration{endpoint:token}" name="p(95)&lt;500" time="0"></testcase>');
});

test('unhealthy target stops the run naming the status', async ({ startFaultyMock, reportDir }) => {
  const url = await startFaultyMock([]);
  const wrongKey = 'load_test_wrong_key_0f3a';

  const run = await runLoad({ JUSPAY_BASE_URL: url, JUSPAY_API_KEY: wrongKey, LOAD_REPORT_DIR: reportDir });

  expect(run.exitCode, run.stdout + run.stderr).toBe(108);
  expect(run.stderr).toContain('did not return 200, it returned 401. Check JUSPAY_API_KEY and JUSPAY_MERCHANT_ID.');
  expect(run.stdout + run.stderr).not.toContain(wrongKey);
});

test('invalid load setting stops k6 with its message', async ({ reportDir }) => {
  const run = await runLoad({ K6_PROFILE: 'load', LOAD_RATE: 'fast', LOAD_REPORT_DIR: reportDir });

  expect(run.exitCode, run.stdout + run.stderr).toBe(107);
  expect(run.stderr).toContain('LOAD_RATE=\\"fast\\" is invalid: use a whole number of at least 1.');
  expect(run.stderr).not.toContain('at readInteger');
});

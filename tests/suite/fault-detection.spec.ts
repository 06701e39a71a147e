import { expect, test } from '@playwright/test';

import { CHECKS } from '../../src/catalogue/checks.ts';
import { FAULT_NAMES } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { checksWithOutcome, runSuite } from './run-suite.ts';

const quietLogger = createLogger({ name: 'mock', level: 'silent' });

// Each run is a whole Playwright run in a child process.
test.describe.configure({ timeout: 120_000 });

test('the suite passes every check against the faultless mock in strict mode', async () => {
  const mock = await startMockServer({ logger: quietLogger });
  try {
    const run = await runSuite({ JUSPAY_BASE_URL: mock.url, JUSPAY_STRICT: 'true' });

    expect(run.exitCode, run.output).toBe(0);
    expect(run.checks?.verdict).toBe('conformant');
    expect(checksWithOutcome(run, 'fail')).toEqual([]);
    expect(checksWithOutcome(run, 'warn')).toEqual([]);
  } finally {
    await mock.close();
  }
});

test('every MUST and SHOULD check has a mock fault that breaks it', () => {
  // Proxy checks break in the proxy, not in the mock: misconfigured nginx variants prove them.
  const checked = CHECKS.filter((check) => check.level !== 'MAY' && check.section !== 'proxy').map((check) => check.id);

  expect([...FAULT_NAMES].sort()).toEqual([...checked].sort());
});

for (const fault of FAULT_NAMES) {
  test(`a mock with the ${fault} fault fails exactly ${fault}`, async () => {
    const mock = await startMockServer({ logger: quietLogger, faults: [fault] });
    try {
      const run = await runSuite({ JUSPAY_BASE_URL: mock.url, JUSPAY_STRICT: 'true' });

      expect(checksWithOutcome(run, 'fail'), run.output).toEqual([fault]);
      expect(run.checks?.verdict).toBe('non-conformant');
      expect(run.exitCode).toBe(1);
    } finally {
      await mock.close();
    }
  });
}

test('a broken SHOULD check is a warning and the run passes without strict mode', async () => {
  const mock = await startMockServer({ logger: quietLogger, faults: ['token.fresh-per-call'] });
  try {
    const run = await runSuite({ JUSPAY_BASE_URL: mock.url });

    expect(checksWithOutcome(run, 'warn'), run.output).toEqual(['token.fresh-per-call']);
    expect(checksWithOutcome(run, 'fail')).toEqual([]);
    expect(run.exitCode).toBe(0);
  } finally {
    await mock.close();
  }
});

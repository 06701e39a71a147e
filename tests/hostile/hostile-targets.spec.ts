import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { runSuite } from '../suite/run-suite.ts';
import { startHostileTarget, type HostileBehaviour } from './hostile-target.ts';

/** Each hostile target and the reason the suite must give for customer.found. */
const CASES: readonly { readonly behaviour: HostileBehaviour; readonly reason: string }[] = [
  { behaviour: 'slow', reason: 'timeout' },
  { behaviour: 'reset-mid-body', reason: 'connection error' },
  { behaviour: 'refused', reason: 'connection error' },
  { behaviour: 'non-json-200', reason: 'not JSON' },
  { behaviour: 'html-502', reason: 'not JSON' },
  { behaviour: 'truncated-json', reason: 'not JSON' },
  { behaviour: 'huge-body', reason: 'body too large' },
  { behaviour: 'redirect-to-other-origin', reason: 'redirect refused' },
  { behaviour: 'tls-name-mismatch', reason: 'TLS error' },
];

/** Upper bound on one whole suite run against a target that never responds in time. */
const RUN_BOUND_MS = 90_000;

test.describe.configure({ timeout: RUN_BOUND_MS + 30_000 });

for (const { behaviour, reason } of CASES) {
  test(`a ${behaviour} target fails checks as ${reason}`, async () => {
    const target = await startHostileTarget(behaviour);
    try {
      // A short timeout keeps the run against the target that never responds brief.
      const timeoutMs = behaviour === 'slow' ? '500' : '1500';
      const env: Record<string, string> = { JUSPAY_BASE_URL: target.url, JUSPAY_TIMEOUT_MS: timeoutMs };
      if (target.certificatePem !== undefined) {
        // Trusting the certificate leaves the name mismatch as the only TLS fault.
        const caFile = join(mkdtempSync(join(tmpdir(), 'hostile-ca-')), 'ca.pem');
        writeFileSync(caFile, target.certificatePem);
        env.JUSPAY_CA_FILE = caFile;
      }
      const startedAt = Date.now();

      const run = await runSuite(env);

      expect(Date.now() - startedAt, 'the run is bounded in time').toBeLessThan(RUN_BOUND_MS);
      expect(run.checks, `checks.json was written\n${run.output}`).toBeDefined();
      expect(run.exitCode, run.output).toBe(1);
      const found = run.checks!.checks.find((check) => check.checkId === 'customer.found');
      expect(found?.outcome).toBe('fail');
      expect(found?.tests[0]?.notes[0], 'the failure names its reason').toContain(`[${reason}]`);
      expect(run.output, 'no stack frames of the suite or its libraries').not.toMatch(/^\s+at .*node_modules/m);
      expect(target.redirectedRequests(), 'requests that followed a redirect to another origin').toBe(0);
    } finally {
      await target.close();
    }
  });
}

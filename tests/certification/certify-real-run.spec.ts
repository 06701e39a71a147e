import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';
import type { CertificationReport } from '../../src/certification/certification.ts';
import { expect, test } from './fixtures.ts';
import { cleanEnvironment, runCommand } from './run-command.ts';

// A whole conformance run and a certification, each in a child process.
test.describe.configure({ timeout: 120_000 });

test('mock with one fault is certified non-conformant naming it', async ({ workDir }) => {
  const mock = await startMockServer({ faults: ['error.not-found'], logger: createLogger({ name: 'mock', level: 'silent' }) });
  let certify;
  try {
    const env = cleanEnvironment({ JUSPAY_BASE_URL: mock.url, JUSPAY_STRICT: 'true', REPORTS_DIR: workDir });
    const conformance = await runCommand('npm', ['run', 'conformance'], env);
    expect(conformance.exitCode, conformance.stderr).toBe(1);

    certify = await runCommand('npm', ['run', 'certify'], env);
  } finally {
    await mock.close();
  }
  const report = JSON.parse(readFileSync(join(workDir, 'certification.json'), 'utf8')) as CertificationReport;
  const markdown = readFileSync(join(workDir, 'certification.md'), 'utf8');
  const html = readFileSync(join(workDir, 'certification.html'), 'utf8');

  expect(certify.exitCode, certify.stderr).toBe(1);
  expect(certify.stdout).toContain('FAIL MUST   error.not-found');
  expect(report.verdict).toBe('non-conformant');
  expect(report.strict).toBe(true);
  expect(report.checks.filter((check) => check.result === 'fail').map((check) => check.id)).toEqual(['error.not-found']);
  expect(report.checks.find((check) => check.id === 'error.not-found')?.evidence[0]?.status).toBe(404);
  expect(markdown).toContain('| [`error.not-found`](#errornot-found) | MUST | FAIL | 404 |');
  expect(html).toMatch(/<h1>Non-conformant<\/h1>[\s\S]*<tr class="fail"><td><a href="#check-error-not-found"><code>error\.not-found<\/code>/);
});

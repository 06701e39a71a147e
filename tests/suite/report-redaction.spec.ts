import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { runSuite } from './run-suite.ts';

test('masking touches only the files the run wrote', async () => {
  const reportsDir = mkdtempSync(join(tmpdir(), 'shared-reports-'));
  const foreignFile = join(reportsDir, 'notes.md');
  writeFileSync(foreignFile, 'Ask someone@example.com about 9988776655.\n');

  const run = await runSuite({ REPORTS_DIR: reportsDir }, ['--grep', 'customer.by-reference-id']);

  expect(run.exitCode, run.output).toBe(0);
  expect(readFileSync(foreignFile, 'utf8')).toBe('Ask someone@example.com about 9988776655.\n');
  expect(readFileSync(join(reportsDir, 'results.json'), 'utf8'), 'the reference id e-mail is masked in Playwright\'s report').not.toContain('customer@gmail.com');
});

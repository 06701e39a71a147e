import { resolve } from 'node:path';

import { defineConfig } from '@playwright/test';

import { loadConfig, loadDotenvFile } from './src/config/load-config.ts';
import { conformanceReporters, reportsDirectory } from './suites/reporting/report-files.ts';

/**
 * The conformance suite. With no JUSPAY_BASE_URL the global setup starts the embedded mock on a
 * free port; with one, nothing is started and the suite checks that target.
 */
loadDotenvFile();
// Validates every variable before any request; the CLI front door reports a ConfigError without a stack.
const config = loadConfig();
// Node reads extra CAs only at process start; Playwright's workers start after this line and
// inherit it, so requests to the target trust the user's CA as well as the system's.
if (config.caFile !== undefined) process.env.NODE_EXTRA_CA_CERTS = config.caFile;
const reportsDir = reportsDirectory();

export default defineConfig({
  testDir: './suites',
  testMatch: '**/*.spec.ts',
  globalSetup: './suites/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: config.requestTimeoutMs * 3,
  outputDir: resolve(reportsDir, 'test-results'),
  reporter: [
    ...conformanceReporters(reportsDir),
    // A shard of a split run (--shard=i/n) also writes a blob report, which `npm run shard:merge`
    // joins with the other shards' blobs. The blob reporter empties this folder before writing.
    ...(process.env.PLAYWRIGHT_BLOB_OUTPUT_DIR
      ? [['blob', { outputDir: resolve(process.env.PLAYWRIGHT_BLOB_OUTPUT_DIR) }] as const]
      : []),
  ],
});

import './disable-pact-telemetry.ts';

import { defineConfig } from '@playwright/test';

/**
 * The Pact consumer tests. They run in one worker and in file order because Pact merges each
 * interaction into one shared pact file, and parallel workers writing it at once lose interactions.
 */
export default defineConfig({
  testDir: './consumer',
  testMatch: '**/*.pact.spec.ts',
  globalSetup: './consumer/clear-pact-directory.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../test-results/pact',
});

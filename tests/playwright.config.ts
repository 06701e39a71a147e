import { defineConfig } from '@playwright/test';

/**
 * The project's own tests: the mock, the configuration, the schemas and matcher, and runs of the
 * conformance suite against broken targets that prove each check can fail.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: '../test-results/self',
});

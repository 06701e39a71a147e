import { defineConfig } from '@playwright/test';

import { conformanceReporters, reportsDirectory } from './suites/reporting/report-files.ts';

/**
 * Joins the blob reports of a sharded run (`npm run shard:merge -- DIR`, or
 * `npx playwright merge-reports --config playwright.merge.config.ts DIR`) into the reports of one
 * unsharded run. The reporters are the same as playwright.config.ts's, so the merged
 * checks.json carries the verdict of the whole run.
 *
 * The check reporter reads the configuration itself, so the merge needs the shards' JUSPAY_*
 * environment: JUSPAY_STRICT decides whether a failed SHOULD check fails the verdict, and the API
 * keys are masked in every note. Only `npm run shard:merge` also masks the other report files
 * afterwards, as `npm run conformance` does after an unsharded run.
 */
export default defineConfig({
  // Test file paths in the merged reports are relative to this folder, as in an unsharded run.
  testDir: './suites',
  reporter: conformanceReporters(reportsDirectory()),
});

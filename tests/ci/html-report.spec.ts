import { join, resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { PROJECT_ROOT } from './support/child-process.ts';
import { runConformance, type ConformanceRun } from './support/conformance-run.ts';
import { offlineBrowserMissingReason, openHtmlReportOffline } from './support/open-html-report-offline.ts';

// A whole suite run in a child process, then a browser start.
test.describe.configure({ timeout: 120_000 });

const quietLogger = createLogger({ name: 'mock', level: 'silent' });

test('HTML report opens offline and shows the failed check', async ({}, testInfo) => {
  const missingBrowser = offlineBrowserMissingReason();
  test.skip(missingBrowser !== undefined, missingBrowser);
  const reportsDir = testInfo.outputPath('reports');
  const screenshotFile = resolve(process.env.REPORTS_DIR ?? join(PROJECT_ROOT, 'reports'), 'screenshots', 'html-report-error-not-found.png');

  let run: ConformanceRun;
  const mock = await startMockServer({ faults: ['error.not-found'], logger: quietLogger });
  try {
    run = await runConformance({ reportsDir, env: { JUSPAY_BASE_URL: mock.url, JUSPAY_STRICT: 'true' } });
  } finally {
    await mock.close();
  }
  const report = await openHtmlReportOffline(join(reportsDir, 'html', 'index.html'), '#?q=s:failed');
  try {
    const failedTests = report.page.getByText(/^error\.not-found: /);
    // The screenshot is taken even when the title never renders, so that failure comes with a
    // picture; the assertions below then fail.
    await failedTests.first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await report.page.screenshot({ path: screenshotFile });
    await testInfo.attach('HTML report, failed tests', { path: screenshotFile, contentType: 'image/png' });

    expect(run.exitCode, run.output).toBe(1);
    await expect(failedTests).toHaveCount(1);
    await expect(failedTests).toBeVisible();
    await expect(report.page.getByText(/^customer\.found: /), 'the failed filter hides passed checks').toHaveCount(0);
    expect(report.blockedRequests, 'requests the report attempted outside file: and data:').toEqual([]);
  } finally {
    await report.close();
  }
});

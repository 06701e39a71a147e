import { resolve } from 'node:path';

import type { ReporterDescription } from '@playwright/test';

/**
 * Returns the reporters of a conformance run, each writing under `reportsDir`. A sharded run's
 * merge uses the same list, so merged reports have the same names and contents as a single run's.
 */
export function conformanceReporters(reportsDir: string): ReporterDescription[] {
  return [
    ['list'],
    ['html', { outputFolder: resolve(reportsDir, 'html'), open: 'never' }],
    ['junit', { outputFile: resolve(reportsDir, 'junit.xml') }],
    ['json', { outputFile: resolve(reportsDir, 'results.json') }],
    ['./suites/reporting/check-results-reporter.ts', { outputFile: resolve(reportsDir, 'checks.json') }],
  ];
}

export { reportsDirectory } from '../../src/config/reports-directory.ts';

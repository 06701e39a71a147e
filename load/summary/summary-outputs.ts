import { readText } from '../env.ts';
import { renderJunitReport } from './junit-report.ts';
import type { SummaryData } from './summary-data.ts';
import { renderTextSummary, type RunDescription } from './text-summary.ts';

/** Report folder relative to k6's working directory, unless LOAD_REPORT_DIR names another. */
export const DEFAULT_REPORT_DIR = 'reports/load';

/**
 * Builds handleSummary's result: k6's data as JSON, the thresholds as JUnit XML, and the text
 * summary on standard output. k6 creates the files but not their folder, so the folder must
 * exist (`npm run load` creates it).
 */
export function buildSummaryOutputs(
  data: SummaryData,
  run: Omit<RunDescription, 'reportPaths'>,
): Record<string, string> {
  const reportDir = (readText('LOAD_REPORT_DIR') ?? DEFAULT_REPORT_DIR).replace(/\/+$/, '');
  const summaryPath = `${reportDir}/summary.json`;
  const junitPath = `${reportDir}/junit.xml`;

  return {
    stdout: renderTextSummary(data, { ...run, reportPaths: [summaryPath, junitPath] }),
    [summaryPath]: `${JSON.stringify(data, null, 2)}\n`,
    [junitPath]: renderJunitReport(data, run.profile),
  };
}

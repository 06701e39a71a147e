import type { Endpoint } from '../endpoints.ts';
import { formatValue, listChecks, listThresholds, type SummaryData, type SummaryMetric } from './summary-data.ts';

/** Facts about the run that k6's data lacks, shown in the text summary. None of them is a secret. */
export interface RunDescription {
  readonly profile: string;
  readonly profileDescription: string;
  readonly baseUrl: string;
  /** Files handleSummary writes, listed at the end. */
  readonly reportPaths: readonly string[];
}

const LATENCY_STATS = ['med', 'p(95)', 'p(99)', 'max'] as const;

/**
 * Renders the end-of-test summary for a terminal or a CI log: latency per endpoint with the
 * token endpoint's extra cost, then checks, then thresholds, then the verdict. k6's own text
 * summary is not used because its library is a remote import, and runs here are offline.
 */
export function renderTextSummary(data: SummaryData, run: RunDescription): string {
  const thresholds = listThresholds(data);
  const crossed = thresholds.filter((threshold) => !threshold.ok);
  const lines: string[] = [];

  lines.push(`Get Customer load test, profile ${run.profile}: ${run.profileDescription}`);
  lines.push(`Target ${run.baseUrl}, ran ${(data.state.testRunDurationMs / 1000).toFixed(2)} s`);
  lines.push('');

  lines.push(...renderLatency(data));
  lines.push('');

  lines.push('Checks');
  const checks = listChecks(data.root_group);
  if (checks.length === 0) lines.push('  (no check ran)');
  for (const check of checks) {
    const mark = check.fails === 0 ? 'PASS' : 'FAIL';
    lines.push(`  ${mark} ${check.name}: ${check.passes} passed, ${check.fails} failed`);
  }
  lines.push('');

  lines.push('Thresholds');
  for (const threshold of thresholds) {
    const mark = threshold.ok ? 'PASS' : 'FAIL';
    const actual = formatValue(threshold.actual, threshold.contains);
    lines.push(`  ${mark} ${threshold.metric} ${threshold.expression} (actual ${actual})`);
  }
  lines.push('');

  lines.push(
    crossed.length === 0
      ? `Result: passed, all ${thresholds.length} thresholds held.`
      : `Result: failed, ${crossed.length} of ${thresholds.length} thresholds crossed.`,
  );
  lines.push(`Reports: ${run.reportPaths.join(', ')}`);

  return `\n${lines.join('\n')}\n\n`;
}

function renderLatency(data: SummaryData): string[] {
  const header = ['endpoint', 'requests', ...LATENCY_STATS.map((stat) => `${stat} ms`)];
  const rows: string[][] = [header];
  const durations: Partial<Record<Endpoint, SummaryMetric>> = {};

  for (const endpoint of ['token', 'plain'] as const) {
    const requests = data.metrics[`http_reqs{endpoint:${endpoint}}`]?.values.count ?? 0;
    // k6 reports 0 for every aggregate of an empty trend; no request means no latency to show.
    const duration = requests > 0 ? data.metrics[`http_req_duration{endpoint:${endpoint}}`] : undefined;
    durations[endpoint] = duration;
    rows.push([endpoint, String(requests), ...LATENCY_STATS.map((stat) => formatMs(duration?.values[stat]))]);
  }

  // The difference is the token endpoint's own cost: minting, storing and serialising a token.
  const { token, plain } = durations;
  if (token !== undefined && plain !== undefined) {
    const difference = LATENCY_STATS.map((stat) => {
      const tokenValue = token.values[stat];
      const plainValue = plain.values[stat];
      return tokenValue === undefined || plainValue === undefined ? 'n/a' : formatSignedMs(tokenValue - plainValue);
    });
    rows.push(['token - plain', '', ...difference]);
  }

  const failed = data.metrics.http_req_failed?.values.rate;
  return [
    'Latency (http_req_duration)',
    ...renderTable(rows),
    `  failed requests: ${failed === undefined ? 'n/a' : `${(failed * 100).toFixed(2)} %`}`,
  ];
}

function renderTable(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`,
  );
}

function formatMs(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(2);
}

function formatSignedMs(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}

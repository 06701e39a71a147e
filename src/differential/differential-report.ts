import type { ProxyAuthMode } from '../config/config.ts';
import type { LatencyMeasurement } from './latency.ts';

/** One difference as reports show it: values are rendered as masked JSON text. */
export interface ReportedDifference {
  /** RFC 6901 JSON pointer into {status, headers, body}. */
  readonly pointer: string;
  readonly direct: string;
  readonly proxy: string;
}

export type ProbeOutcome = 'same' | 'different' | 'skipped' | 'failed';

export interface ProbeResult {
  readonly name: string;
  readonly method: 'GET';
  /** Path and query after the base URL, masked. */
  readonly path: string;
  readonly outcome: ProbeOutcome;
  readonly differences: readonly ReportedDifference[];
  /** Differences found beyond those listed. */
  readonly unlistedDifferences: number;
  /** The reason the probe was skipped or failed. */
  readonly reason?: string;
}

/** `same`: no difference; `different`: at least one; `incomplete`: a request failed, so not everything was compared. */
export type DifferentialVerdict = 'same' | 'different' | 'incomplete';

export interface DifferentialReport {
  /** ISO 8601. */
  readonly startedAt: string;
  /** Base URLs without credentials. */
  readonly directUrl: string;
  readonly proxyUrl: string;
  readonly proxyAuth: ProxyAuthMode;
  readonly verdict: DifferentialVerdict;
  readonly differenceCount: number;
  readonly probes: readonly ProbeResult[];
  readonly latency: { readonly probe: string; readonly measurement: LatencyMeasurement } | { readonly probe: string; readonly failure: string };
}

/** Differences listed per probe in the console; the JSON report has more. */
const CONSOLE_DIFFERENCES = 10;

/** Renders a report for the console: one line per probe, its differences, the latency and the verdict. */
export function renderDifferentialText(report: DifferentialReport): string {
  const lines = ['', `Differential run: direct ${report.directUrl}, proxy ${report.proxyUrl} (${report.proxyAuth})`];

  for (const probe of report.probes) {
    const note = probe.reason === undefined ? '' : `  ${probe.reason}`;
    lines.push(`  ${probe.outcome.toUpperCase().padEnd(10)} ${probe.name} (GET ${probe.path})${note}`);
    for (const difference of probe.differences.slice(0, CONSOLE_DIFFERENCES)) {
      lines.push(`      ${difference.pointer || '/'}: direct ${difference.direct}, proxy ${difference.proxy}`);
    }
    const hidden = probe.differences.length - CONSOLE_DIFFERENCES + probe.unlistedDifferences;
    if (hidden > 0) lines.push(`      and ${hidden} more (see differential.json)`);
  }

  lines.push('', renderLatency(report.latency), '', `Verdict: ${describeVerdict(report)}`, '');
  return lines.join('\n');
}

function renderLatency(latency: DifferentialReport['latency']): string {
  if ('failure' in latency) return `Latency of "${latency.probe}" not measured: ${latency.failure}`;
  const { requests, directMs, proxyMs, overheadMs } = latency.measurement;
  return (
    `Proxy overhead on "${latency.probe}" over ${requests} request pairs: p50 ${overheadMs.p50} ms, p95 ${overheadMs.p95} ms ` +
    `(direct p50 ${directMs.p50} ms, p95 ${directMs.p95} ms; proxy p50 ${proxyMs.p50} ms, p95 ${proxyMs.p95} ms)`
  );
}

function describeVerdict(report: DifferentialReport): string {
  if (report.verdict === 'incomplete') return 'incomplete: a request failed, so the proxy is not fully compared';
  if (report.verdict === 'same') return 'same: the proxy returns what the upstream returns';
  const probes = report.probes.filter((probe) => probe.outcome === 'different').length;
  return `different: ${report.differenceCount} differences in ${probes} of ${report.probes.length} requests`;
}

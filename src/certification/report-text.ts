import type { CertificationReport, CertifiedEvidence, CertifiedResult } from './certification.ts';

/** Plain sentences shared by the Markdown and HTML renderings, so both use the same wording. */

export const REPORT_TITLE = 'Get Customer API certification';

const RESULT_ORDER: readonly CertifiedResult[] = ['fail', 'warn', 'skip', 'observed', 'pass'];

/** "1 fail, 2 warn, 21 pass": non-zero counts, failures first. */
export function describeCounts(report: CertificationReport): string {
  return RESULT_ORDER.filter((result) => report.counts[result] > 0)
    .map((result) => `${report.counts[result]} ${result}`)
    .join(', ');
}

export function describeVerdict(report: CertificationReport): string {
  return report.verdict === 'conformant' ? 'Conformant' : 'Non-conformant';
}

export function describeStrictMode(report: CertificationReport): string {
  if (!report.strict) return 'off: a SHOULD check that fails is a warning';
  const source = report.runStrict ? 'the run was in strict mode' : 'set by --strict when certifying';
  return `on (${source}): a SHOULD check that fails or warns counts as a failure`;
}

export function describeTarget(report: CertificationReport): string {
  return report.target.baseUrl === null ? report.target.kind : `${report.target.kind}, ${report.target.baseUrl}`;
}

/** "GET /customers/cst_… → 404, application/json" */
export function describeExchange(entry: CertifiedEvidence): string {
  return `${entry.method} ${entry.path} → ${entry.status}, ${entry.contentType ?? 'no Content-Type'}`;
}

/** Returns the first line of the first note, for one-line summaries in tables. */
export function firstNoteLine(notes: readonly string[]): string {
  return notes[0]?.split('\n')[0]?.trim() ?? '';
}

/** Lists the statuses of a check's evidence, such as "404" or "200, 401", or returns "" without evidence. */
export function describeStatuses(evidence: readonly CertifiedEvidence[]): string {
  return [...new Set(evidence.map((entry) => entry.status))].join(', ');
}

/**
 * The object k6 passes to handleSummary. k6 0.57 and 1.x pass the same shape; @types/k6 does not
 * describe it, so these types cover the fields this project reads.
 */
export interface SummaryData {
  readonly metrics: Readonly<Record<string, SummaryMetric>>;
  readonly root_group: SummaryGroup;
  readonly state: { readonly testRunDurationMs: number };
}

export interface SummaryMetric {
  readonly type: 'counter' | 'gauge' | 'rate' | 'trend';
  readonly contains: 'default' | 'time' | 'data';
  /** Aggregates by name: `count` and `rate` for counters, `rate` for rates, `med` and `p(95)` for trends. */
  readonly values: Readonly<Record<string, number>>;
  /** Threshold expressions on this metric, each with whether it held at the end of the run. */
  readonly thresholds?: Readonly<Record<string, { readonly ok: boolean }>>;
}

export interface SummaryGroup {
  readonly name: string;
  readonly groups: readonly SummaryGroup[];
  readonly checks: readonly SummaryCheck[];
}

export interface SummaryCheck {
  readonly name: string;
  readonly passes: number;
  readonly fails: number;
}

/** One threshold expression and its outcome. */
export interface ThresholdResult {
  /** The metric or sub-metric, such as `http_req_duration{endpoint:token}`. */
  readonly metric: string;
  /** The expression, such as `p(95)<500`. */
  readonly expression: string;
  readonly ok: boolean;
  /** The aggregate the expression tests, such as 612.4 for `p(95)`; undefined when k6 did not report it. */
  readonly actual: number | undefined;
  readonly contains: SummaryMetric['contains'];
}

// An expression starts with its aggregation: `count`, `rate`, `avg`, `med`, `p(95)` and so on.
const AGGREGATION_PATTERN = /^\s*([a-z]+(\(\d+(\.\d+)?\))?)/;

/** Lists every threshold in the run, sorted by metric, then expression. */
export function listThresholds(data: SummaryData): ThresholdResult[] {
  const results: ThresholdResult[] = [];

  for (const [metric, summary] of Object.entries(data.metrics)) {
    for (const [expression, outcome] of Object.entries(summary.thresholds ?? {})) {
      const aggregation = AGGREGATION_PATTERN.exec(expression)?.[1];
      results.push({
        metric,
        expression,
        ok: outcome.ok,
        actual: aggregation === undefined ? undefined : summary.values[aggregation],
        contains: summary.contains,
      });
    }
  }

  return results.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
}

/** Lists every check in the run, groups included, in the order k6 first recorded them. */
export function listChecks(group: SummaryGroup): SummaryCheck[] {
  return [...group.checks, ...group.groups.flatMap(listChecks)];
}

/** Formats an aggregate with its unit: milliseconds for time metrics, a share for rates. */
export function formatValue(value: number | undefined, contains: SummaryMetric['contains']): string {
  if (value === undefined) return 'n/a';
  if (contains === 'time') return `${value.toFixed(2)} ms`;
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

import { catalogueDigest } from '../../src/catalogue/catalogue-digest.ts';
import { CATALOGUE_VERSION, findCheck } from '../../src/catalogue/checks.ts';
import type { Evidence } from '../../suites/support/evidence.ts';
import {
  foldOutcomes,
  type CheckOutcome,
  type CheckResultsDocument,
  type CheckSummary,
  type CheckTestResult,
} from '../../suites/reporting/check-results.ts';

/** Hand-made check results, shaped like the ones the conformance reporter writes. */

export interface TestSketch {
  readonly title?: string;
  readonly outcome: CheckOutcome;
  readonly notes?: readonly string[];
  readonly evidence?: readonly Evidence[];
}

export function evidence(status: number, bodyExcerpt: string, path = '/customers/cst_om2l6ctlptxwxuzj'): Evidence {
  return { method: 'GET', path, status, contentType: 'application/json', bodyExcerpt };
}

/** Builds one check summary, folding its tests' outcomes into one as the reporter does. */
export function summary(checkId: string, tests: readonly TestSketch[]): CheckSummary {
  const level = findCheck(checkId)?.level ?? 'MUST';
  const results: CheckTestResult[] = tests.map((test, index) => ({
    checkId,
    level,
    title: test.title ?? `${checkId}: test ${index + 1}`,
    outcome: test.outcome,
    notes: test.notes ?? [],
    evidence: test.evidence ?? [evidence(200, '{"object":"customer"}')],
    durationMs: 5,
  }));
  return { checkId, level, outcome: foldOutcomes(tests.map((test) => test.outcome)), tests: results };
}

export function checkResults(checks: readonly CheckSummary[], overrides: Partial<CheckResultsDocument> = {}): CheckResultsDocument {
  const counts: Record<CheckOutcome, number> = { pass: 0, fail: 0, warn: 0, skip: 0, observed: 0 };
  for (const check of checks) counts[check.outcome] += 1;
  return {
    catalogueVersion: CATALOGUE_VERSION,
    catalogueSha256: catalogueDigest(),
    startedAt: '2025-01-02T03:04:05.000Z',
    target: { kind: 'mock', baseUrl: 'http://127.0.0.1:4010/' },
    strict: false,
    verdict: counts.fail > 0 ? 'non-conformant' : 'conformant',
    counts,
    checks,
    ...overrides,
  };
}

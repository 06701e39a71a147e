import type { Level } from '../../src/catalogue/checks.ts';
import type { Evidence } from '../support/evidence.ts';

/** The outcome of one check on one target, as reports show it. */
export type CheckOutcome = 'pass' | 'fail' | 'warn' | 'skip' | 'observed';

/** One test of one check. */
export interface CheckTestResult {
  readonly checkId: string;
  readonly level: Level;
  readonly title: string;
  readonly outcome: CheckOutcome;
  /** Failure, warning and skip reasons and observations, masked. */
  readonly notes: readonly string[];
  /** Every request the test sent and what came back, masked. */
  readonly evidence: readonly Evidence[];
  readonly durationMs: number;
}

/** All tests of one check, folded into one outcome. */
export interface CheckSummary {
  readonly checkId: string;
  readonly level: Level;
  readonly outcome: CheckOutcome;
  readonly tests: readonly CheckTestResult[];
}

export interface CheckResultsDocument {
  readonly catalogueVersion: string;
  /** sha256 of the catalogue the run used, so a stale results file can be recognised. */
  readonly catalogueSha256: string;
  /** When the run started, ISO 8601. */
  readonly startedAt: string;
  /** Target that was checked; its URL never carries credentials. */
  readonly target: { readonly kind: string; readonly baseUrl: string | null };
  readonly strict: boolean;
  readonly verdict: 'conformant' | 'non-conformant';
  readonly counts: Readonly<Record<CheckOutcome, number>>;
  readonly checks: readonly CheckSummary[];
}

/** The worst outcome wins: one failing test fails the check. */
const SEVERITY: Readonly<Record<CheckOutcome, number>> = { fail: 4, warn: 3, observed: 2, pass: 1, skip: 0 };

export function foldOutcomes(outcomes: readonly CheckOutcome[]): CheckOutcome {
  if (outcomes.length === 0) return 'skip';
  const worst = outcomes.reduce((current, next) => (SEVERITY[next] > SEVERITY[current] ? next : current));
  // A check whose only non-skipped tests passed still counts as passed.
  return worst;
}

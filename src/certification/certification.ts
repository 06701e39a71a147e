import type { Level, Section } from '../catalogue/checks.ts';
import type { CheckOutcome } from '../../suites/reporting/check-results.ts';

/** The result of one check as certified: the run's outcome, re-evaluated in strict mode. */
export type CertifiedResult = CheckOutcome;

export type Verdict = 'conformant' | 'non-conformant';

/** One request of a test and what came back, masked. */
export interface CertifiedEvidence {
  readonly method: string;
  /** Path and query, without the origin. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string | null;
  /** The start of the response body, masked. */
  readonly excerpt: string;
}

/** One test behind a check, without its evidence. */
export interface CertifiedTest {
  readonly title: string;
  readonly outcome: CheckOutcome;
  readonly durationMs: number;
}

/** One catalogue check and what the run showed about it. */
export interface CertifiedCheck {
  readonly id: string;
  readonly level: Level;
  readonly section: Section;
  /** The catalogue's one-sentence behaviour. */
  readonly behaviour: string;
  readonly result: CertifiedResult;
  /** The outcome the run recorded; null when no test of the check ran. */
  readonly recordedOutcome: CheckOutcome | null;
  /** Title of the test whose evidence is shown: the first test whose outcome is the check's. */
  readonly evidenceTest: string | null;
  readonly evidence: readonly CertifiedEvidence[];
  /** Failure, warning and skip reasons and observations of every test, masked, without repeats. */
  readonly notes: readonly string[];
  readonly tests: readonly CertifiedTest[];
}

/** The certification of one conformance run against one target. */
export interface CertificationReport {
  /** Bumped whenever a field of this report changes meaning or is removed. */
  readonly reportVersion: 1;
  readonly verdict: Verdict;
  /** The target checked. Its URL never carries credentials. */
  readonly target: { readonly kind: string; readonly baseUrl: string | null };
  readonly catalogue: {
    readonly version: string;
    /** sha256, in hex, of the canonical JSON of the check catalogue. */
    readonly sha256: string;
  };
  readonly tool: { readonly name: string; readonly version: string };
  /** When the conformance run started, ISO 8601. */
  readonly runStartedAt: string;
  /** When this report was generated, ISO 8601. */
  readonly generatedAt: string;
  /** Whether the run itself was in strict mode. */
  readonly runStrict: boolean;
  /** Whether SHOULD checks count as MUST checks in this report: the run's mode or --strict. */
  readonly strict: boolean;
  readonly counts: Readonly<Record<CertifiedResult, number>>;
  /** Every catalogue check, in catalogue order. */
  readonly checks: readonly CertifiedCheck[];
}

/** Order in which renderings list results, so that a reviewer reads failures first. */
const REVIEW_ORDER: readonly CertifiedResult[] = ['fail', 'warn', 'skip', 'observed', 'pass'];

/** Returns the checks with failures first, then warnings, skips, observations and passes. */
export function orderForReview(checks: readonly CertifiedCheck[]): CertifiedCheck[] {
  return [...checks].sort(
    (left, right) =>
      REVIEW_ORDER.indexOf(left.result) - REVIEW_ORDER.indexOf(right.result) || left.id.localeCompare(right.id),
  );
}

/** Checks that no test verified, with MUST checks first: the gaps a reviewer must weigh. */
export function unverifiedChecks(report: CertificationReport): CertifiedCheck[] {
  const levelOrder: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];
  return report.checks
    .filter((check) => check.result === 'skip')
    .sort((left, right) => levelOrder.indexOf(left.level) - levelOrder.indexOf(right.level) || left.id.localeCompare(right.id));
}

import { CATALOGUE_VERSION, CHECKS, type Check } from '../catalogue/checks.ts';
import type { CheckOutcome, CheckResultsDocument, CheckSummary } from '../../suites/reporting/check-results.ts';
import type { CertificationReport, CertifiedCheck, CertifiedEvidence, CertifiedResult } from './certification.ts';

/** The note of a catalogue check that no test of the run covered. */
export const NOT_RUN_NOTE = 'not run';

export interface CertificationOptions {
  /** Count SHOULD warnings and failures as failures, whatever mode the run was in. */
  readonly strict: boolean;
  /** Generation time, ISO 8601. */
  readonly generatedAt: string;
  readonly tool: { readonly name: string; readonly version: string };
  /** sha256 of the canonical catalogue JSON; see catalogueDigest. */
  readonly catalogueSha256: string;
  /** The catalogue to certify against; defaults to CHECKS. */
  readonly catalogue?: readonly Check[];
}

/**
 * Builds the certification of one run: one entry per catalogue check, checks that did not run
 * included, and the verdict. In strict mode (the run's, or options.strict) a SHOULD check that
 * warned counts as failed. Any failed check makes the target non-conformant. A skipped check
 * fails nothing, as in the conformance run, so renderings list skipped checks next to the verdict.
 */
export function buildCertification(document: CheckResultsDocument, options: CertificationOptions): CertificationReport {
  const strict = document.strict || options.strict;
  const recorded = new Map(document.checks.map((summary) => [summary.checkId, summary]));
  const catalogue = options.catalogue ?? CHECKS;

  const checks = catalogue.map((check) => certifyCheck(check, recorded.get(check.id), strict));

  const counts: Record<CertifiedResult, number> = { pass: 0, fail: 0, warn: 0, skip: 0, observed: 0 };
  for (const check of checks) counts[check.result] += 1;

  return {
    reportVersion: 1,
    verdict: counts.fail > 0 ? 'non-conformant' : 'conformant',
    target: { kind: document.target.kind, baseUrl: document.target.baseUrl },
    catalogue: { version: CATALOGUE_VERSION, sha256: options.catalogueSha256 },
    tool: options.tool,
    runStartedAt: document.startedAt,
    generatedAt: options.generatedAt,
    runStrict: document.strict,
    strict,
    counts,
    checks,
  };
}

function certifyCheck(check: Check, summary: CheckSummary | undefined, strict: boolean): CertifiedCheck {
  const base = { id: check.id, level: check.level, section: check.section, behaviour: check.behaviour };
  if (summary === undefined || summary.tests.length === 0) {
    return { ...base, result: 'skip', recordedOutcome: null, evidenceTest: null, evidence: [], notes: [NOT_RUN_NOTE], tests: [] };
  }

  const result = certifiedResult(check, summary.outcome, strict);
  // The first test whose outcome is the check's explains it: for a failed check, the first failure.
  const evidenceSource = summary.tests.find((test) => test.outcome === summary.outcome) ?? summary.tests[0]!;
  const notes = [...new Set(summary.tests.flatMap((test) => test.notes))];
  if (result !== summary.outcome) {
    notes.unshift(`The run recorded ${summary.outcome}; strict mode counts a SHOULD warning as a failure.`);
  }

  return {
    ...base,
    result,
    recordedOutcome: summary.outcome,
    evidenceTest: evidenceSource.title,
    evidence: evidenceSource.evidence.map(
      (entry): CertifiedEvidence => ({
        method: entry.method,
        path: entry.path,
        status: entry.status,
        contentType: entry.contentType,
        excerpt: entry.bodyExcerpt,
      }),
    ),
    notes,
    tests: summary.tests.map((test) => ({ title: test.title, outcome: test.outcome, durationMs: test.durationMs })),
  };
}

/** Strict mode turns SHOULD into MUST: a SHOULD warning becomes a failure. */
function certifiedResult(check: Check, outcome: CheckOutcome, strict: boolean): CertifiedResult {
  if (strict && check.level === 'SHOULD' && outcome === 'warn') return 'fail';
  return outcome;
}

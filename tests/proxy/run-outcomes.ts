import { CHECKS } from '../../src/catalogue/checks.ts';
import type { CheckOutcome } from '../../suites/reporting/check-results.ts';
import type { SuiteRun } from '../suite/run-suite.ts';

/** Every check of the proxy section of the catalogue. */
export const PROXY_CHECK_IDS: readonly string[] = CHECKS.filter((check) => check.section === 'proxy').map((check) => check.id);

/** The title of the token.fresh-per-call test that looks at both sides of the proxy. */
export const PROXY_TOKEN_TEST_TITLE = 'token.fresh-per-call: each token request through the proxy reaches the upstream';

/** Outcome of each of `checkIds` in a run, by id; undefined for a check the run did not report. */
export function outcomesOf(run: SuiteRun, checkIds: readonly string[]): Record<string, CheckOutcome | undefined> {
  const checks = run.checks?.checks ?? [];
  return Object.fromEntries(checkIds.map((id) => [id, checks.find((check) => check.checkId === id)?.outcome]));
}

/** Outcome of the one test with this title in a run, or undefined when it did not run. */
export function testOutcome(run: SuiteRun, title: string): CheckOutcome | undefined {
  return run.checks?.checks.flatMap((check) => check.tests).find((test) => test.title === title)?.outcome;
}

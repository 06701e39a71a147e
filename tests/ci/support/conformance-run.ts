import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CheckResultsDocument } from '../../../suites/reporting/check-results.ts';
import { runNode, type ProcessOutcome } from './child-process.ts';

export interface ConformanceRun extends ProcessOutcome {
  /** The run's checks.json, when it wrote one. */
  readonly checks: CheckResultsDocument | undefined;
}

export interface ConformanceRunOptions {
  readonly reportsDir: string;
  /** Suite settings such as JUSPAY_BASE_URL; the rest of the project's variables are blank. */
  readonly env?: Readonly<Record<string, string>>;
  /** Arguments for `playwright test`, such as --shard=1/2. */
  readonly args?: readonly string[];
  readonly timeoutMs?: number;
}

/** Runs `npm run conformance` (src/cli/run-conformance.ts) in a child process, with its own reports folder. */
export async function runConformance(options: ConformanceRunOptions): Promise<ConformanceRun> {
  const outcome = await runNode(['--import', 'tsx', 'src/cli/run-conformance.ts', ...(options.args ?? [])], {
    env: { ...options.env, REPORTS_DIR: options.reportsDir },
    timeoutMs: options.timeoutMs ?? 90_000,
  });
  return { ...outcome, checks: readChecks(options.reportsDir) };
}

/** Reads checks.json from a reports folder, or returns undefined when there is none. */
export function readChecks(reportsDir: string): CheckResultsDocument | undefined {
  const file = join(reportsDir, 'checks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CheckResultsDocument) : undefined;
}

/** Outcome of each check id, such as { "error.not-found": "fail" }. */
export function outcomesByCheck(document: CheckResultsDocument | undefined): Record<string, string> {
  return Object.fromEntries((document?.checks ?? []).map((check) => [check.checkId, check.outcome]));
}

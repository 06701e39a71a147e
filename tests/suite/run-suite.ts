import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { CheckResultsDocument } from '../../suites/reporting/check-results.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface SuiteRun {
  readonly exitCode: number;
  readonly output: string;
  readonly reportsDir: string;
  /** The check results document, when the run wrote one. */
  readonly checks: CheckResultsDocument | undefined;
}

/**
 * Runs the conformance suite through its command-line front door, as a user would, in a child
 * process with its own reports folder. `env` is added to a copy of this process's environment.
 */
export async function runSuite(env: Record<string, string>, args: readonly string[] = []): Promise<SuiteRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'conformance-reports-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run-conformance.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', REPORTS_DIR: reportsDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolveExit) => child.on('exit', (code) => resolveExit(code ?? 1)));

  const checksFile = join(reportsDir, 'checks.json');
  const checks = existsSync(checksFile) ? (JSON.parse(readFileSync(checksFile, 'utf8')) as CheckResultsDocument) : undefined;
  return { exitCode, output, reportsDir, checks };
}

/** Check ids whose outcome is the one given. */
export function checksWithOutcome(run: SuiteRun, outcome: string): string[] {
  return (run.checks?.checks ?? []).filter((check) => check.outcome === outcome).map((check) => check.checkId);
}

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { DifferentialReport } from '../../src/differential/differential-report.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Bounds a run that hangs; a normal run takes a few seconds. */
const RUN_TIMEOUT_MS = 60_000;

export interface DifferentialRun {
  readonly exitCode: number;
  readonly output: string;
  /** The differential.json document, when the run wrote one. */
  readonly report: DifferentialReport | undefined;
  /** Its text, to search for secrets. */
  readonly reportText: string;
}

/**
 * Runs `npm run differential`'s entry point in a child process with its own reports folder, as a
 * user would. `env` is added to a copy of this process's environment.
 */
export async function runDifferential(env: Record<string, string>): Promise<DifferentialRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'differential-reports-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/differential/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', REPORTS_DIR: reportsDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: RUN_TIMEOUT_MS,
  });

  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolveExit) => child.on('exit', (code) => resolveExit(code ?? 1)));

  const reportFile = join(reportsDir, 'differential.json');
  const reportText = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  return { exitCode, output, report: reportText === '' ? undefined : (JSON.parse(reportText) as DifferentialReport), reportText };
}

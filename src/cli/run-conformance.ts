import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import type { SuiteConfig } from '../config/config.ts';
import { ConfigError } from '../config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../config/load-config.ts';
import { reportsDirectory } from '../config/reports-directory.ts';
import { redactBlobReports, redactReportFiles } from '../redaction/redact-report-files.ts';
import { createRedactingStream } from '../redaction/redacting-stream.ts';
import { EXIT_CODE } from './exit-codes.ts';
import { exitCodeFromVerdict } from './verdict-exit-code.ts';
import { secretValues } from '../config/secret-values.ts';

/**
 * Runs the conformance suite: validates the configuration first, so that a bad `.env` is reported
 * by variable name before Playwright starts, then runs Playwright and turns the check verdict into
 * the exit code. Extra arguments go to `playwright test` unchanged (for example `--grep @MUST`).
 */
async function main(argv: readonly string[]): Promise<number> {
  loadDotenvFile();
  const reportsDir = reportsDirectory();
  const checksFile = resolve(reportsDir, 'checks.json');
  // A results file left by an earlier run must not stand in for this one, even when this run
  // stops at a configuration error.
  rmSync(checksFile, { force: true });

  let config: SuiteConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_CODE.configurationError;
    }
    throw error;
  }

  const secrets = secretValues(config);
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  // Colours survive the pipe when the user's terminal has them.
  const colour = process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
  const child = spawn(process.execPath, [cli, 'test', ...argv], { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, ...colour } });
  child.stdout.pipe(createRedactingStream(secrets)).pipe(process.stdout);
  child.stderr.pipe(createRedactingStream(secrets)).pipe(process.stderr);

  // Ctrl-C reaches Playwright through the process group, and Playwright stops gracefully; a second
  // SIGINT from here would make it exit without reports. This process only waits, so the report
  // files below are still masked. SIGTERM comes to this process alone and is passed on.
  const waitForChild = (): void => {};
  const stopChild = (): void => {
    child.kill('SIGTERM');
  };
  process.on('SIGINT', waitForChild);
  process.on('SIGTERM', stopChild);
  const playwrightExit = await new Promise<number>((resolveExit) => {
    child.on('close', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
  process.off('SIGINT', waitForChild);
  process.off('SIGTERM', stopChild);

  // Playwright's reporters write assertion messages and request URLs as they are; mask them.
  if (existsSync(reportsDir)) redactReportFiles(reportsDir, secrets);
  const blobDir = process.env.PLAYWRIGHT_BLOB_OUTPUT_DIR;
  if (blobDir !== undefined && blobDir.trim() !== '' && existsSync(blobDir)) redactBlobReports(resolve(blobDir), secrets);

  return exitCodeFromVerdict(checksFile, 'Playwright', playwrightExit);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`The conformance run failed before it could start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_CODE.toolError;
  },
);

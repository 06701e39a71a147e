import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import type { SuiteConfig } from '../config/config.ts';
import { ConfigError } from '../config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../config/load-config.ts';
import { reportsDirectory } from '../config/reports-directory.ts';
import { redactReportFiles } from '../redaction/redact-report-files.ts';
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

  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const playwrightExit = await new Promise<number>((resolveExit) => {
    const child = spawn(process.execPath, [cli, 'test', ...argv], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });

  // Playwright's reporters write assertion messages and request URLs as they are; mask them.
  if (existsSync(reportsDir)) {
    redactReportFiles(reportsDir, secretValues(config));
  }

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

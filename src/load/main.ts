/**
 * `npm run load`: runs the k6 load test of the token path against the configured target, or
 * against the embedded mock started in this process, and exits with k6's exit code.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { ConfigError } from '../config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../config/load-config.ts';
import { reportsDirectory } from '../config/reports-directory.ts';
import { createLogger } from '../logging/logger.ts';
import { startMockServer, type RunningMockServer } from '../mock/server.ts';
import { parseLoadArguments, USAGE, UsageError } from './arguments.ts';
import { findK6, K6_INSTALL_HINT } from './find-k6.ts';
import { buildK6Environment } from './k6-environment.ts';
import { runK6 } from './run-k6.ts';

/** Exit codes of the runner itself; every other code is k6's. */
export const EXIT_INVALID_INPUT = 2;
export const EXIT_K6_MISSING = 3;
const EXIT_UNEXPECTED = 1;

const SCRIPT_PATH = 'load/token-path.ts';

const logger = createLogger({ name: 'load' });

async function main(argv: readonly string[]): Promise<number> {
  const args = parseLoadArguments(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  loadDotenvFile();
  const config = loadConfig();

  const k6Path = findK6();
  if (k6Path === undefined) {
    process.stderr.write(`k6 was not found on PATH. ${K6_INSTALL_HINT}\n`);
    logger.error({ code: 'K6_MISSING' }, 'k6 was not found on PATH');
    return EXIT_K6_MISSING;
  }

  const reportDir = process.env.LOAD_REPORT_DIR?.trim() || join(reportsDirectory(), 'load');
  mkdirSync(reportDir, { recursive: true });

  let mock: RunningMockServer | undefined;
  try {
    if (config.baseUrl === undefined) mock = await startMockServer({ host: '127.0.0.1', port: 0 });
    const baseUrl = config.baseUrl ?? (mock as RunningMockServer).url;
    const profile = args.profile ?? process.env.K6_PROFILE;
    const env = buildK6Environment(process.env, config, { baseUrl, profile, reportDir });

    logger.info({ k6Path, script: SCRIPT_PATH, baseUrl, profile: profile ?? 'smoke', reportDir }, 'k6 run starting');
    const exitCode = await runK6({ k6Path, scriptPath: SCRIPT_PATH, cwd: process.cwd(), env });
    logger.info({ exitCode }, 'k6 run finished');
    return exitCode;
  } finally {
    await mock?.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    logger.error({ code: error.code }, 'npm run load was given invalid input');
    process.exitCode = EXIT_INVALID_INPUT;
  } else {
    logger.error({ err: error }, 'npm run load failed unexpectedly');
    process.exitCode = EXIT_UNEXPECTED;
  }
}

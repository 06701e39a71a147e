/**
 * Differential mode (`npm run differential`): sends the same requests to the upstream directly
 * (JUSPAY_DIRECT_URL) and through the proxy (JUSPAY_BASE_URL), reports every difference and the
 * proxy's latency overhead to the console and to differential.json in REPORTS_DIR.
 *
 * Exits with 0 when the responses are the same, 1 when they differ, and 2 for an invalid
 * configuration or a request that got no response.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { EXIT_CODE } from '../cli/exit-codes.ts';
import { ConfigError } from '../config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../config/load-config.ts';
import { reportsDirectory } from '../config/reports-directory.ts';
import { createLogger } from '../logging/logger.ts';
import { readDifferentialSettings, type DifferentialSettings } from './differential-settings.ts';
import { renderDifferentialText, type DifferentialVerdict } from './differential-report.ts';
import { runDifferential } from './run-differential.ts';

const VERDICT_EXIT_CODE: Readonly<Record<DifferentialVerdict, number>> = {
  same: EXIT_CODE.conformant,
  different: EXIT_CODE.nonConformant,
  incomplete: EXIT_CODE.toolError,
};

async function main(): Promise<number> {
  loadDotenvFile();
  const logger = createLogger({ name: 'differential', level: process.env.LOG_LEVEL ?? 'warn' });

  let settings: DifferentialSettings;
  try {
    settings = readDifferentialSettings(loadConfig());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT_CODE.configurationError;
  }

  const report = await runDifferential(settings, logger);

  const reportsDir = reportsDirectory();
  const reportFile = resolve(reportsDir, 'differential.json');
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(renderDifferentialText(report));
  process.stdout.write(`Report: ${reportFile}\n`);
  return VERDICT_EXIT_CODE[report.verdict];
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`The differential run failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_CODE.toolError;
  },
);

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import { loadConfig } from '../../config/load-config.ts';
import { reportsDirectory } from '../../config/reports-directory.ts';
import { secretValues } from '../../config/secret-values.ts';
import { redactReportFiles } from '../../redaction/redact-report-files.ts';
import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { environmentFromOptions } from '../option-environment.ts';
import { helpHint } from '../parse-command-line.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { runChildNode } from '../run-child-script.ts';
import { findSuiteConfigProblems } from '../suite-config-problems.ts';
import { UsageError } from '../usage-error.ts';
import { exitCodeFromVerdict } from '../verdict-exit-code.ts';
import { REPORTS_DIR_OPTION, STRICT_OPTION } from './shared-options.ts';

const OPTIONS: readonly OptionSpec[] = [
  REPORTS_DIR_OPTION,
  { ...STRICT_OPTION, description: 'a failed SHOULD check fails the merged verdict, as in shards run with --strict' },
];

const MERGE_CONFIG = 'playwright.merge.config.ts';

/** `juspay-conformance merge-reports`: joins the blob reports of a sharded run and gives its verdict. */
export const mergeReportsCommand: Command = {
  name: 'merge-reports',
  summary: 'join the blob reports of a sharded run and print the verdict',
  usage: '[options] BLOB_DIR',
  description: [
    'Joins the blob reports (*.zip) that "run --shard I/N" wrote on each machine, all copied into',
    `BLOB_DIR, with "playwright merge-reports --config ${MERGE_CONFIG}". The reports of one`,
    'unsharded run come out: checks.json with the verdict of the whole run, html/, junit.xml and',
    'results.json, with keys and personal data masked as after an unsharded run. Give it the',
    'same JUSPAY_* environment as the shards: JUSPAY_STRICT decides whether a failed SHOULD check',
    'fails the verdict, and the configured API keys are masked too.',
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 1,
  acceptsPassThrough: false,
  exitCodes: [
    '0  the merged run is conformant',
    '1  the merged run is non-conformant',
    '2  invalid command line or configuration, no blob report in BLOB_DIR, or the merge failed',
  ],
  async execute(commandLine) {
    const [blobDirArgument] = commandLine.positionals;
    if (blobDirArgument === undefined) {
      throw new UsageError(`merge-reports needs the folder of the blob reports: juspay-conformance merge-reports BLOB_DIR. ${helpHint('merge-reports')}`);
    }
    const blobDir = resolve(blobDirArgument);
    if (!existsSync(blobDir) || !readdirSync(blobDir).some((name) => name.endsWith('.zip'))) {
      process.stderr.write(`No blob report (*.zip) in ${blobDir}: copy the blob report of every shard into that folder first.\n`);
      return EXIT_CODE.toolError;
    }

    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };
    const problems = findSuiteConfigProblems(environment, OPTIONS);
    if (problems !== undefined) {
      process.stderr.write(`${problems}\n`);
      return EXIT_CODE.configurationError;
    }

    const config = loadConfig(environment);
    const reportsDir = environment.REPORTS_DIR?.trim() ? reportsDirectory(environment) : resolve(PROJECT_ROOT, 'reports');
    const checksFile = resolve(reportsDir, 'checks.json');
    // Check results left by an earlier run must not stand in for this merge.
    rmSync(checksFile, { force: true });
    const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
    const mergeExitCode = await runChildNode([playwrightCli, 'merge-reports', '--config', MERGE_CONFIG, blobDir], environment);

    // The same masking as after an unsharded run, because the blobs carry what Playwright
    // recorded as it was: assertion messages and request URLs.
    if (existsSync(reportsDir)) {
      redactReportFiles(reportsDir, secretValues(config));
    }

    return exitCodeFromVerdict(checksFile, 'playwright merge-reports', mergeExitCode);
  },
};

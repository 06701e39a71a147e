import { resolve } from 'node:path';

import { reportsDirectory } from '../../config/reports-directory.ts';
import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { environmentFromOptions } from '../option-environment.ts';
import { helpHint } from '../parse-command-line.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { runChildScript } from '../run-child-script.ts';
import { findSuiteConfigProblems } from '../suite-config-problems.ts';
import { UsageError } from '../usage-error.ts';
import { REPORTS_DIR_OPTION, STRICT_OPTION, TARGET_OPTIONS } from './shared-options.ts';

const SHARD_PATTERN = /^([1-9][0-9]*)\/([1-9][0-9]*)$/;

const OPTIONS: readonly OptionSpec[] = [
  ...TARGET_OPTIONS,
  STRICT_OPTION,
  {
    name: 'create-customer',
    type: 'boolean',
    variable: 'JUSPAY_CREATE_CUSTOMER',
    description: 'create the customer under test through Create Customer at start',
  },
  REPORTS_DIR_OPTION,
  {
    name: 'shard',
    type: 'string',
    valueName: 'I/N',
    description: 'run only shard I of N and also write a blob report to REPORTS_DIR/blob (or PLAYWRIGHT_BLOB_OUTPUT_DIR) for merge-reports',
  },
];

/** `juspay-conformance run`: the conformance suite, through src/cli/run-conformance.ts. */
export const runCommand: Command = {
  name: 'run',
  summary: 'run the conformance suite and print the verdict',
  usage: '[options] [-- playwright test arguments]',
  description: [
    'Runs every conformance check of GET /customers/{customer_id} against the target. The',
    'configuration is validated first, so an invalid setting stops the run before any request.',
    "Playwright's list reporter prints one line per test as it finishes, so a long run shows",
    'progress; a table of checks and the verdict follow. Reports go to the reports folder:',
    'checks.json (the verdict), html/, junit.xml and results.json.',
    '',
    'Arguments after -- go to "playwright test" unchanged, for example -- --grep @MUST.',
    'Settings not given as options come from the environment and .env (see .env.example).',
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: true,
  exitCodes: [
    '0  conformant: every MUST check passed, and every SHOULD check with --strict',
    '1  non-conformant: a check that counts failed',
    '2  invalid command line or configuration (nothing was sent), or the tool failed',
  ],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };
    const playwrightArgs = [...commandLine.passThrough];

    const shard = commandLine.values.shard;
    if (typeof shard === 'string') {
      checkShard(shard);
      playwrightArgs.unshift(`--shard=${shard}`);
      // A blank value, as in a copy of .env.example, counts as unset, as it does for REPORTS_DIR.
      if (!environment.PLAYWRIGHT_BLOB_OUTPUT_DIR?.trim()) {
        environment.PLAYWRIGHT_BLOB_OUTPUT_DIR = resolve(environment.REPORTS_DIR?.trim() ? reportsDirectory(environment) : resolve(PROJECT_ROOT, 'reports'), 'blob');
      }
    }

    const problems = findSuiteConfigProblems(environment, OPTIONS);
    if (problems !== undefined) {
      process.stderr.write(`${problems}\n`);
      return EXIT_CODE.configurationError;
    }
    return runChildScript('src/cli/run-conformance.ts', playwrightArgs, environment);
  },
};

function checkShard(shard: string): void {
  const match = SHARD_PATTERN.exec(shard);
  if (match === null || Number(match[1]) > Number(match[2])) {
    throw new UsageError(`Option --shard "${shard}" is not a shard: use I/N with I from 1 to N, such as --shard 1/3. ${helpHint('run')}`);
  }
}

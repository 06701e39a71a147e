import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { environmentFromOptions } from '../option-environment.ts';
import { runChildScript } from '../run-child-script.ts';
import { findSuiteConfigProblems } from '../suite-config-problems.ts';
import { TARGET_OPTIONS } from './shared-options.ts';

const OPTIONS: readonly OptionSpec[] = [
  ...TARGET_OPTIONS,
  { name: 'pact-dir', type: 'string', valueName: 'DIR', variable: 'PACT_DIR', isPath: true, description: 'folder of the pact files (default contracts/pacts)' },
];

/** `juspay-conformance verify-pacts`: Pact provider verification, through contracts/provider/verify-pacts.ts. */
export const verifyPactsCommand: Command = {
  name: 'verify-pacts',
  summary: 'verify the pact files against the target',
  usage: '[options]',
  description: [
    'Replays every interaction of the pact files against the target (the embedded mock unless',
    'configured otherwise) and prints one line per interaction. API keys and client auth tokens',
    "are masked in the output. Pact's usage analytics are switched off (PACT_DO_NOT_TRACK=true).",
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: false,
  exitCodes: [
    '0  every interaction was verified',
    '1  an interaction failed, or a provider state could not be set up',
    '2  invalid command line or configuration, or no usable pact file',
  ],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      ...environmentFromOptions(OPTIONS, commandLine.values),
      PACT_DO_NOT_TRACK: 'true',
    };

    const problems = findSuiteConfigProblems(environment, OPTIONS);
    if (problems !== undefined) {
      process.stderr.write(`${problems}\n`);
      return EXIT_CODE.configurationError;
    }
    return runChildScript('contracts/provider/verify-pacts.ts', [], environment);
  },
};

import { PROFILE_NAMES } from '../../../load/profile-names.ts';
import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { environmentFromOptions } from '../option-environment.ts';
import { runChildScript } from '../run-child-script.ts';
import { findSuiteConfigProblems } from '../suite-config-problems.ts';
import { REPORTS_DIR_OPTION, TARGET_OPTIONS } from './shared-options.ts';

const OPTIONS: readonly OptionSpec[] = [
  ...TARGET_OPTIONS,
  REPORTS_DIR_OPTION,
  {
    name: 'profile',
    type: 'string',
    valueName: 'NAME',
    description: `load profile: ${PROFILE_NAMES.join(', ')} (default K6_PROFILE, else smoke)`,
  },
];

/** `juspay-conformance load`: the k6 load test, through src/load/main.ts. */
export const loadCommand: Command = {
  name: 'load',
  summary: 'run the k6 load test of the token path',
  usage: '[options]',
  description: [
    'Runs k6 against GET /customers/{customer_id}?options.get_client_auth_token=true with a named',
    'load profile. k6 must be on PATH. Without a base URL the embedded mock is started on',
    '127.0.0.1 for the run. k6 prints its progress and summary; reports go to REPORTS_DIR/load.',
    'Rates, durations and thresholds come from the LOAD_* variables (see docs/load.md).',
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: false,
  exitCodes: [
    '0  every threshold held',
    '99 a threshold was crossed, 107 script error, 108 aborted (k6\'s own codes)',
    '2  invalid command line or configuration',
    '3  k6 is not installed',
  ],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };

    const problems = findSuiteConfigProblems(environment, OPTIONS);
    if (problems !== undefined) {
      process.stderr.write(`${problems}\n`);
      return EXIT_CODE.configurationError;
    }
    // The load runner validates the profile name itself and names --profile in its message.
    const profile = commandLine.values.profile;
    return runChildScript('src/load/main.ts', typeof profile === 'string' ? ['--profile', profile] : [], environment);
  },
};

import { resolve } from 'node:path';

import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { environmentFromOptions } from '../option-environment.ts';
import { runChildScript } from '../run-child-script.ts';
import { findSuiteConfigProblems } from '../suite-config-problems.ts';
import { REPORTS_DIR_OPTION } from './shared-options.ts';

// --input, --output-dir and --strict go to src/certification/main.ts as its own flags, because it
// reads no variable for them. Its --strict does not set JUSPAY_STRICT, because it rejudges a
// finished run.
const OPTIONS: readonly OptionSpec[] = [
  { name: 'input', type: 'string', valueName: 'FILE', description: 'check results to certify (default checks.json in the reports folder)' },
  {
    name: 'output-dir',
    type: 'string',
    valueName: 'DIR',
    description: 'folder for certification.json, certification.md and certification.html (default the reports folder)',
  },
  { name: 'strict', type: 'boolean', description: 'count a SHOULD check that warned as failed, whatever mode the run was in' },
  REPORTS_DIR_OPTION,
];

/** `juspay-conformance certify`: the certification report, through src/certification/main.ts. */
export const certifyCommand: Command = {
  name: 'certify',
  summary: 'build the certification report from the check results of a run',
  usage: '[options]',
  description: [
    'Reads the check results of a conformance run (checks.json, written by "run") and writes the',
    'certification report as certification.json, certification.md and a self-contained',
    'certification.html: every check id with its level, result and masked evidence, the target,',
    'the catalogue version and hash, the tool version, the time and the verdict. It sends no',
    'request. Give it the JUSPAY_* environment of the run, so that the configured API keys are',
    'masked in the report.',
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: false,
  exitCodes: [
    '0  conformant',
    '1  non-conformant',
    '2  invalid command line or configuration, check results that are missing, invalid or from',
    '   another check catalogue, or an output folder that cannot be written',
  ],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };

    const problems = findSuiteConfigProblems(environment, OPTIONS);
    if (problems !== undefined) {
      process.stderr.write(`${problems}\n`);
      return EXIT_CODE.configurationError;
    }
    return runChildScript('src/certification/main.ts', certifyArguments(commandLine.values), environment);
  },
};

/** Builds the arguments of src/certification/main.ts, with paths made absolute against the caller's directory. */
function certifyArguments(values: Readonly<Record<string, string | boolean | undefined>>): string[] {
  const args: string[] = [];
  if (typeof values.input === 'string') args.push('--input', resolve(values.input));
  if (typeof values['output-dir'] === 'string') args.push('--output-dir', resolve(values['output-dir']));
  if (values.strict === true) args.push('--strict');
  return args;
}

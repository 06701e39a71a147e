import { ConfigError } from '../../config/config-error.ts';
import { loadConfig } from '../../config/load-config.ts';
import { readDifferentialSettings } from '../../differential/differential-settings.ts';
import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { describeOptionsForVariables, environmentFromOptions } from '../option-environment.ts';
import { runChildScript } from '../run-child-script.ts';
import { ALLOW_INSECURE_HTTP_OPTION, BASE_URL_OPTION, REPORTS_DIR_OPTION, TARGET_OPTION, TIMEOUT_OPTION } from './shared-options.ts';

const OPTIONS: readonly OptionSpec[] = [
  TARGET_OPTION,
  { ...BASE_URL_OPTION, description: 'base URL of the proxy (required)' },
  {
    name: 'direct-url',
    type: 'string',
    valueName: 'URL',
    variable: 'JUSPAY_DIRECT_URL',
    description: 'base URL of the upstream behind the proxy, reached without it (required)',
  },
  {
    name: 'requests',
    type: 'string',
    valueName: 'N',
    variable: 'JUSPAY_DIFF_REQUESTS',
    description: "request pairs timed for the proxy's latency overhead, 1 to 1000 (default 50)",
  },
  TIMEOUT_OPTION,
  ALLOW_INSECURE_HTTP_OPTION,
  REPORTS_DIR_OPTION,
  {
    name: 'log-level',
    type: 'string',
    valueName: 'LEVEL',
    variable: 'LOG_LEVEL',
    description: 'pino log level: fatal, error, warn, info, debug, trace or silent (default warn)',
  },
];

/** `juspay-conformance differential`: differential mode, through src/differential/main.ts. */
export const differentialCommand: Command = {
  name: 'differential',
  summary: 'compare the answers of a proxy with those of its upstream',
  usage: '[options]',
  description: [
    'Sends the same Get Customer requests to the upstream directly (--direct-url) and through',
    'the proxy (--base-url), prints every difference between the responses and the latency the',
    'proxy adds, and writes differential.json to the reports folder. The customer and the',
    'credentials come from the JUSPAY_* variables, as for "run"; it reads an existing customer,',
    'so JUSPAY_CREATE_CUSTOMER must stay off. See docs/proxy.md.',
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: false,
  exitCodes: [
    '0  the proxy returned what the upstream returned',
    '1  at least one response differed',
    '2  invalid command line or configuration (nothing was sent), or a request got no response',
  ],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };

    // The same checks as src/differential/main.ts, run here so the message also names the options.
    try {
      readDifferentialSettings(loadConfig(environment));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const optionsLine = describeOptionsForVariables(error.message, OPTIONS);
      process.stderr.write(`${error.message}\n${optionsLine === undefined ? '' : `${optionsLine}\n`}`);
      return EXIT_CODE.configurationError;
    }
    return runChildScript('src/differential/main.ts', [], environment);
  },
};

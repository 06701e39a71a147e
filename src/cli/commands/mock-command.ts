import { MockConfigError } from '../../mock/config-error.ts';
import { readMockCliConfig } from '../../mock/cli-config.ts';
import { FAULT_NAMES } from '../../mock/faults.ts';
import type { Command, OptionSpec } from '../command.ts';
import { EXIT_CODE } from '../exit-codes.ts';
import { describeOptionsForVariables, environmentFromOptions } from '../option-environment.ts';
import { runChildScript } from '../run-child-script.ts';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'host', type: 'string', valueName: 'ADDRESS', variable: 'MOCK_HOST', description: 'address to bind (default 127.0.0.1)' },
  { name: 'port', type: 'string', valueName: 'PORT', variable: 'MOCK_PORT', description: 'port to bind; 0 picks a free port (default 4010)' },
  {
    name: 'faults',
    type: 'string',
    valueName: 'NAMES',
    variable: 'MOCK_FAULTS',
    description: 'comma-separated faults to switch on, each named for the check it breaks (default none)',
  },
  {
    name: 'admin-port',
    type: 'string',
    valueName: 'PORT',
    variable: 'MOCK_ADMIN_PORT',
    description: 'serve the admin API (what the mock received, for proxy checks) on 127.0.0.1 at this port; 0 picks a free port (default off)',
  },
  { name: 'tls', type: 'boolean', variable: 'MOCK_TLS', description: 'serve HTTPS with a generated self-signed certificate, or with --tls-cert and --tls-key' },
  { name: 'tls-cert', type: 'string', valueName: 'FILE', variable: 'MOCK_TLS_CERT_FILE', isPath: true, description: 'PEM certificate to serve HTTPS with (with --tls-key)' },
  { name: 'tls-key', type: 'string', valueName: 'FILE', variable: 'MOCK_TLS_KEY_FILE', isPath: true, description: 'PEM private key of --tls-cert' },
  {
    name: 'log-level',
    type: 'string',
    valueName: 'LEVEL',
    variable: 'LOG_LEVEL',
    description: 'pino log level: fatal, error, warn, info, debug, trace or silent (default info)',
  },
];

/** `juspay-conformance mock`: the embedded mock, through src/mock/main.ts. */
export const mockCommand: Command = {
  name: 'mock',
  summary: 'serve the embedded mock until Ctrl-C',
  usage: '[options]',
  description: [
    'Serves the embedded mock of Get Customer (with Create and Update Customer for fixtures) and',
    'logs one JSON line per event to standard error. Check it with',
    '"juspay-conformance run --base-url http://127.0.0.1:4010". It stops on Ctrl-C or SIGTERM.',
    '',
    `Faults: ${FAULT_NAMES.join(', ')}.`,
  ].join('\n'),
  options: OPTIONS,
  maxPositionals: 0,
  acceptsPassThrough: false,
  exitCodes: ['0  stopped by Ctrl-C or SIGTERM', '1  the server could not start, for example because the port is in use', '2  invalid command line or setting'],
  async execute(commandLine) {
    const environment: NodeJS.ProcessEnv = { ...process.env, ...environmentFromOptions(OPTIONS, commandLine.values) };

    try {
      readMockCliConfig(environment);
    } catch (error) {
      if (!(error instanceof MockConfigError)) throw error;
      const optionsLine = describeOptionsForVariables(error.message, OPTIONS);
      process.stderr.write(`${error.message}\n${optionsLine === undefined ? '' : `${optionsLine}\n`}`);
      return EXIT_CODE.configurationError;
    }
    return runChildScript('src/mock/main.ts', [], environment);
  },
};

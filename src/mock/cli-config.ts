import { MockConfigError } from './config-error.ts';
import { parseFaults, type FaultName } from './faults.ts';
import { DEFAULT_HOST } from './options.ts';
import { readTlsFromEnvironment } from './tls/tls-environment.ts';
import type { TlsOptionInput } from './tls/tls-options.ts';

export const DEFAULT_CLI_PORT = 4010;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DECIMAL_INTEGER = /^[0-9]+$/;

/** The CLI's settings, read once from the environment. */
export interface MockCliConfig {
  readonly host: string;
  readonly port: number;
  readonly faults: readonly FaultName[];
  readonly logLevel: string;
  /** Port of the admin API; undefined, from an unset MOCK_ADMIN_PORT, keeps it off. */
  readonly adminPort: number | undefined;
  /** false for HTTP, true for HTTPS with a generated certificate, or the PEMs read from the files. */
  readonly tls: TlsOptionInput;
}

/**
 * Reads MOCK_HOST, MOCK_PORT, MOCK_FAULTS, LOG_LEVEL, MOCK_ADMIN_PORT and the MOCK_TLS variables,
 * and reads the TLS files. Throws a MockConfigError that names the variable, its value and the
 * fix for the first invalid one.
 */
export function readMockCliConfig(environment: NodeJS.ProcessEnv): MockCliConfig {
  // An empty value, as in a copy of .env.example, means the variable is unset.
  const env = Object.fromEntries(Object.entries(environment).filter(([, value]) => value?.trim() !== '')) as NodeJS.ProcessEnv;
  const host = env.MOCK_HOST ?? DEFAULT_HOST;

  const rawPort = env.MOCK_PORT ?? String(DEFAULT_CLI_PORT);
  const port = Number(rawPort);
  if (!DECIMAL_INTEGER.test(rawPort) || port > 65_535) {
    throw new MockConfigError(
      'MOCK_PORT',
      `MOCK_PORT "${rawPort}" is not a port number. Set it to an integer from 0 to 65535 (0 picks a free port), or unset it for ${DEFAULT_CLI_PORT}.`,
    );
  }

  const faultNames = (env.MOCK_FAULTS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const faults = [...parseFaults(faultNames, 'MOCK_FAULTS')];

  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new MockConfigError('LOG_LEVEL', `LOG_LEVEL "${logLevel}" is not a log level. Use one of: ${LOG_LEVELS.join(', ')}.`);
  }

  const adminPort = readAdminPort(env.MOCK_ADMIN_PORT);
  const tls = readTlsFromEnvironment(env);

  return { host, port, faults, logLevel, adminPort, tls };
}

function readAdminPort(rawPort: string | undefined): number | undefined {
  if (rawPort === undefined) return undefined;

  const port = Number(rawPort);
  if (!DECIMAL_INTEGER.test(rawPort) || port > 65_535) {
    throw new MockConfigError(
      'MOCK_ADMIN_PORT',
      `MOCK_ADMIN_PORT "${rawPort}" is not a port number. Set it to an integer from 0 to 65535 (0 picks a free port) to start the admin API on 127.0.0.1, or unset it to keep the admin API off.`,
    );
  }
  return port;
}

import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Field paths that can carry a credential or a client auth token. pino replaces their values
 * before a line is serialised, so no caller can leak them by logging a whole object.
 */
const SECRET_PATHS = [
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'client_auth_token',
  '*.client_auth_token',
  '*.*.client_auth_token',
];

export interface LoggerOptions {
  /** Component name added to every line, such as "mock" or "suite". */
  readonly name: string;
  /** pino level; defaults to LOG_LEVEL from the environment, else "info". */
  readonly level?: string;
  /** Destination of the log lines; defaults to standard error so that standard output stays for results. */
  readonly destination?: DestinationStream;
}

/** Creates the project's structured logger: JSON lines, one per event, credentials redacted. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: knownLevel(options.level ?? process.env.LOG_LEVEL),
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    options.destination ?? pino.destination(2),
  );
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Falls back to "info" for an unknown level instead of letting pino throw at import time: the
 * configuration check reports a bad LOG_LEVEL by name, with the other problems, before any request.
 */
function knownLevel(level: string | undefined): string {
  const trimmed = level?.trim();
  return trimmed !== undefined && LEVELS.has(trimmed) ? trimmed : 'info';
}

import { createLogger, type Logger } from '../logging/logger.ts';
import { ADMIN_HOST } from './admin/loopback.ts';
import { MockConfigError } from './config-error.ts';
import { parseFaults, type ActiveFaults } from './faults.ts';
import { loadDefaultSeed, validateSeed, type MockSeed } from './seed.ts';
import { resolveTlsOptions, type ResolvedTlsOptions, type TlsOptionInput } from './tls/tls-options.ts';

export const DEFAULT_HOST = '127.0.0.1';
/** Juspay client auth tokens are valid for 15 minutes. */
export const DEFAULT_TOKEN_TTL_SECONDS = 900;

/** The options of startMockServer with every default applied and every value validated. */
export interface ResolvedMockOptions {
  readonly host: string;
  readonly port: number;
  readonly faults: ActiveFaults;
  readonly logger: Logger;
  readonly now: () => number;
  readonly tokenTtlSeconds: number;
  readonly seed: MockSeed;
  /** Listen address of the admin API, or undefined when it is off. */
  readonly admin: ResolvedAdminOptions | undefined;
  /** HTTPS settings, or undefined for plain HTTP. */
  readonly tls: ResolvedTlsOptions | undefined;
}

export interface ResolvedAdminOptions {
  /** Always ADMIN_HOST, 127.0.0.1, whatever the mock's own host. */
  readonly host: string;
  readonly port: number;
}

/** The admin option as startMockServer receives it: true, or an object with a port. */
export type AdminOptionInput = boolean | { readonly port?: number };

/** Option values as startMockServer receives them; see MockServerOptions for the defaults. */
export interface MockOptionsInput {
  readonly host?: string;
  readonly port?: number;
  readonly faults?: readonly string[];
  readonly logger?: Logger;
  readonly now?: () => number;
  readonly tokenTtlSeconds?: number;
  readonly seed?: MockSeed;
  readonly admin?: AdminOptionInput;
  readonly tls?: TlsOptionInput;
}

/** Applies the defaults and validates every option, so a bad one fails before anything binds. */
export function resolveMockOptions(options: MockOptionsInput): ResolvedMockOptions {
  const host = options.host ?? DEFAULT_HOST;
  if (typeof host !== 'string' || host === '') {
    throw new MockConfigError('host', `host ${JSON.stringify(host)} is invalid. Pass an address such as 127.0.0.1.`);
  }

  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new MockConfigError('port', `port ${String(port)} is invalid. Pass an integer from 0 to 65535 (0 picks a free port).`);
  }

  const tokenTtlSeconds = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(tokenTtlSeconds) || tokenTtlSeconds < 1) {
    throw new MockConfigError(
      'tokenTtlSeconds',
      `tokenTtlSeconds ${String(tokenTtlSeconds)} is invalid. Pass a whole number of seconds, at least 1.`,
    );
  }

  const now = options.now ?? Date.now;
  if (typeof now !== 'function') {
    throw new MockConfigError('now', 'now is not a function. Pass a function that returns the time in ms since the epoch.');
  }

  return {
    host,
    port,
    faults: parseFaults(options.faults ?? []),
    logger: options.logger ?? createLogger({ name: 'mock' }),
    now,
    tokenTtlSeconds,
    seed: options.seed === undefined ? loadDefaultSeed() : validateSeed(options.seed),
    admin: resolveAdminOptions(options.admin),
    tls: resolveTlsOptions(options.tls),
  };
}

/**
 * Returns where the admin API listens, or undefined when `admin` is absent or false. The host is
 * always 127.0.0.1, whatever the mock's own host, because the admin API shows the headers of
 * every request and must not be reachable from another machine.
 */
export function resolveAdminOptions(admin: AdminOptionInput | undefined): ResolvedAdminOptions | undefined {
  if (admin === undefined || admin === false) return undefined;
  if (admin === true) return { host: ADMIN_HOST, port: 0 };
  if (typeof admin !== 'object' || admin === null) {
    throw new MockConfigError('admin', `admin ${JSON.stringify(admin)} is invalid. Pass true, false or { port }.`);
  }

  const port = admin.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new MockConfigError('admin', `admin.port ${String(port)} is invalid. Pass an integer from 0 to 65535 (0 picks a free port).`);
  }
  return { host: ADMIN_HOST, port };
}

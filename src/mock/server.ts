import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.ts';
import { startAdminServer, type RunningAdminServer } from './admin/admin-server.ts';
import { RequestLog } from './admin/request-log.ts';
import { RequestRecorder } from './admin/request-recorder.ts';
import { Authenticator } from './auth.ts';
import type { MockContext } from './context.ts';
import { resolveMockOptions } from './options.ts';
import { createMockListener } from './listener.ts';
import type { MockSeed } from './seed.ts';
import { CustomerStore } from './store.ts';
import { generateLoopbackCertificate, type CertificateAndKey } from './tls/loopback-certificate.ts';
import { TokenStore } from './tokens.ts';

export type { RecordedRequest } from './admin/recorded-request.ts';
export { MockConfigError } from './config-error.ts';
export { FAULT_NAMES, type FaultName } from './faults.ts';
export type { MockSeed } from './seed.ts';

export interface MockServerOptions {
  /** Address to bind; default '127.0.0.1'. */
  host?: string;
  /** Port to bind; default 0, a free port. */
  port?: number;
  /** Names from FAULT_NAMES to switch on; default none. An unknown name throws a MockConfigError. */
  faults?: readonly string[];
  /** Default createLogger({ name: 'mock' }). */
  logger?: Logger;
  /** Clock in ms since the epoch; default Date.now. Tests inject a fake clock. */
  now?: () => number;
  /** Client auth token lifetime in seconds; default 900. */
  tokenTtlSeconds?: number;
  /** Merchants, API keys and customers; default src/mock/fixtures/customers.json. */
  seed?: MockSeed;
  /**
   * Starts the admin API, which shows the last 1,000 requests the mock received: true for a free
   * port, or { port }. It always binds 127.0.0.1, whatever `host` is. Default off, and then the
   * mock records nothing.
   */
  admin?: boolean | { port?: number };
  /**
   * Serves HTTPS: true with a self-signed certificate generated at start for 127.0.0.1 and
   * localhost, or { cert, key } with the caller's PEMs. Default false, plain HTTP.
   */
  tls?: boolean | { cert: string; key: string };
}

export interface RunningMockServer {
  /** Base URL without a trailing slash, such as http://127.0.0.1:41234 (https:// with `tls`). */
  readonly url: string;
  readonly port: number;
  /** Base URL of the admin API, such as http://127.0.0.1:41235; undefined when it is off. */
  readonly adminUrl: string | undefined;
  /** The HTTPS certificate as PEM, for clients to trust as a CA; undefined over plain HTTP. */
  readonly certificatePem: string | undefined;
  /** Stops the mock and the admin API and resolves once every connection is closed. */
  close(): Promise<void>;
  /** Returns to the seed: created and updated customers and all tokens are dropped. */
  reset(): void;
}

/** Time close() lets requests in flight finish before it closes their connections. */
const CLOSE_GRACE_MS = 1_000;

/**
 * Starts the Get Customer mock on node:http (node:https with `tls`) and resolves once it listens.
 * Throws a MockConfigError for an invalid option, before anything binds.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const resolved = resolveMockOptions(options);
  const { logger } = resolved;

  const authenticator = new Authenticator(resolved.seed);
  const requestLog = resolved.admin === undefined ? undefined : new RequestLog();
  const context: MockContext = {
    authenticator,
    customers: new CustomerStore(resolved.seed),
    tokens: new TokenStore({ ttlSeconds: resolved.tokenTtlSeconds }),
    faults: resolved.faults,
    logger,
    now: resolved.now,
    replayedTokens: new Map(),
    recorder: requestLog === undefined ? undefined : new RequestRecorder(requestLog, (apiKey) => authenticator.isConfiguredKey(apiKey)),
  };

  let certificate: CertificateAndKey | undefined;
  if (resolved.tls?.kind === 'generated') certificate = await generateLoopbackCertificate();
  else if (resolved.tls?.kind === 'provided') certificate = resolved.tls;

  const server = createMockListener(context, certificate);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'Mock server error'));

  const { port } = server.address() as AddressInfo;
  const hostInUrl = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const url = `${certificate === undefined ? 'http' : 'https'}://${hostInUrl}:${port}`;
  logger.info({ url, faults: [...resolved.faults], tls: resolved.tls?.kind ?? 'off' }, 'Mock server started');

  const closeMock = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    }).then(() => logger.info({ url }, 'Mock server stopped'));

  let admin: RunningAdminServer | undefined;
  if (requestLog !== undefined && resolved.admin !== undefined) {
    try {
      admin = await startAdminServer(requestLog, resolved.admin, logger);
    } catch (error) {
      // The caller gets no handle to close the mock with, so a failed admin start must not leave it listening.
      await closeMock();
      throw error;
    }
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    adminUrl: admin?.url,
    certificatePem: certificate?.cert,
    close() {
      closing ??= Promise.all([closeMock(), admin?.close()]).then(() => undefined);
      return closing;
    },
    reset() {
      context.customers.reset();
      context.tokens.clear();
      context.replayedTokens.clear();
      logger.debug({ url }, 'Mock server reset to the seed');
    },
  };
}

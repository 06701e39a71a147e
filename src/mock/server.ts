import { createServer, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from '../logging/logger.ts';
import { startAdminServer, type RunningAdminServer } from './admin/admin-server.ts';
import { RequestLog } from './admin/request-log.ts';
import { RequestRecorder } from './admin/request-recorder.ts';
import { Authenticator } from './auth.ts';
import type { MockContext } from './context.ts';
import { malformedRequest } from './errors.ts';
import { resolveMockOptions } from './options.ts';
import { rawErrorResponse } from './respond.ts';
import { dispatchRequest } from './router.ts';
import type { MockSeed } from './seed.ts';
import { CustomerStore } from './store.ts';
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
}

export interface RunningMockServer {
  /** Base URL without a trailing slash, such as http://127.0.0.1:41234. */
  readonly url: string;
  readonly port: number;
  /** Base URL of the admin API, such as http://127.0.0.1:41235; undefined when it is off. */
  readonly adminUrl: string | undefined;
  /** Stops the mock and the admin API and resolves once every connection is closed. */
  close(): Promise<void>;
  /** Returns to the seed: created and updated customers and all tokens are dropped. */
  reset(): void;
}

/** Bounds on slow clients, so that no request keeps a connection open for long. */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;
/** Time close() lets requests in flight finish before it closes their connections. */
const CLOSE_GRACE_MS = 1_000;

/**
 * Starts the Get Customer mock on node:http and resolves once it listens.
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

  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS }, (req, res) =>
    dispatchRequest(context, req, res),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => rejectMalformedRequest(error, socket, logger));

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
  const url = `http://${hostInUrl}:${port}`;
  logger.info({ url, faults: [...resolved.faults] }, 'Mock server started');

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

/**
 * Sends a JSON error for a request that Node's HTTP parser rejected, in place of Node's default
 * response, which has no body.
 */
function rejectMalformedRequest(error: NodeJS.ErrnoException, socket: Socket, logger: Logger): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }

  const statusCode = statusForParserError(error.code);
  logger.warn({ code: error.code, status: statusCode }, 'Rejected a malformed request');
  socket.end(rawErrorResponse(malformedRequest(statusCode), STATUS_CODES[statusCode] ?? 'Bad Request'));
}

function statusForParserError(code: string | undefined): 400 | 408 | 431 {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

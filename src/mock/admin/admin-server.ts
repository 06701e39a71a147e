import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.ts';
import { handleAdminRequest } from './admin-routes.ts';
import type { RequestLog } from './request-log.ts';

const REQUEST_TIMEOUT_MS = 10_000;
const CLOSE_GRACE_MS = 1_000;

export interface AdminListenOptions {
  /** Address to bind; resolveAdminOptions always makes it 127.0.0.1. */
  readonly host: string;
  /** Port to bind; 0 picks a free one. */
  readonly port: number;
}

export interface RunningAdminServer {
  /** Base URL without a trailing slash, such as http://127.0.0.1:41235. */
  readonly url: string;
  /** The address the server is bound to. */
  readonly address: AddressInfo;
  close(): Promise<void>;
}

/** Starts the admin API (see admin-routes.ts) over `log` and resolves once it listens. */
export async function startAdminServer(log: RequestLog, listenOptions: AdminListenOptions, logger: Logger): Promise<RunningAdminServer> {
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => handleAdminRequest(log, req, res));

  await listen(server, listenOptions);
  server.on('error', (error) => logger.error({ err: error }, 'Mock admin server error'));

  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;
  logger.info({ adminUrl: url }, 'Mock admin server started');

  let closing: Promise<void> | undefined;
  return {
    url,
    address,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }).then(() => logger.info({ adminUrl: url }, 'Mock admin server stopped'));
      return closing;
    },
  };
}

function listen(server: Server, { host, port }: AdminListenOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}


import {
  createServer as createHttpServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { Logger } from '../logging/logger.ts';
import type { MockContext } from './context.ts';
import { malformedRequest } from './errors.ts';
import { rawErrorResponse } from './respond.ts';
import { dispatchRequest } from './router.ts';
import type { CertificateAndKey } from './tls/loopback-certificate.ts';

export type MockListener = HttpServer | HttpsServer;

/** Bounds on slow clients, so that no request keeps a connection open for long. */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Creates the mock's HTTP server, or its HTTPS server when `tls` is given, with the request
 * handler and the handlers for requests that fail before routing. It does not listen yet.
 */
export function createMockListener(context: MockContext, tls: CertificateAndKey | undefined): MockListener {
  const { logger } = context;
  const options = { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS };
  const handler = (req: IncomingMessage, res: ServerResponse): void => dispatchRequest(context, req, res);

  const server = tls === undefined ? createHttpServer(options, handler) : createHttpsServer({ ...options, cert: tls.cert, key: tls.key }, handler);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => rejectMalformedRequest(error, socket, logger));
  if (tls !== undefined) {
    // A client that does not trust the certificate ends the handshake, and that is its choice, not a mock failure.
    server.on('tlsClientError', (error: NodeJS.ErrnoException) => {
      logger.info({ code: error.code, reason: error.message }, 'TLS handshake failed');
    });
  }
  return server;
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

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
import { malformedRequest, methodNotAllowed } from './errors.ts';
import { rawErrorResponse } from './respond.ts';
import { dispatchRequest, rejectExpectation } from './router.ts';
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
  const options = { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS, requireHostHeader: false };
  const handler = (req: IncomingMessage, res: ServerResponse): void => dispatchRequest(context, req, res);

  const server = tls === undefined ? createHttpServer(options, handler) : createHttpsServer({ ...options, cert: tls.cert, key: tls.key }, handler);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => rejectMalformedRequest(error, socket, logger));
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => rejectExpectation(context, req, res));
  // Without a listener Node drops a CONNECT connection with no response at all.
  server.on('connect', (req: IncomingMessage, socket: Socket) => rejectConnect(req, socket, logger));
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
  const reasonPhrase = STATUS_CODES[statusCode] ?? 'Bad Request';
  socket.end(rawErrorResponse(malformedRequest(statusCode), reasonPhrase, isHeadRequest(error)));
}

/**
 * Returns true when the bytes the parser failed on start with a HEAD request line, whose response
 * must have no body. NOTE: Node passes only the chunk it failed on, so a HEAD request whose
 * request line came in an earlier chunk (such as one with an over-long header) still gets a body.
 */
function isHeadRequest(error: NodeJS.ErrnoException): boolean {
  const { rawPacket } = error as { rawPacket?: unknown };
  return Buffer.isBuffer(rawPacket) && rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
}

/** Sends a JSON 405 for a CONNECT request, since the mock is no proxy, and closes the connection. */
function rejectConnect(req: IncomingMessage, socket: Socket, logger: Logger): void {
  logger.warn({ method: req.method }, 'Rejected a CONNECT request');
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawErrorResponse(methodNotAllowed('CONNECT', ['GET', 'POST']), STATUS_CODES[405] ?? 'Method Not Allowed'));
}

function statusForParserError(code: string | undefined): 400 | 408 | 431 {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

import { generate } from 'selfsigned';

/** The ways this server misbehaves; each one is a target the suite must survive. */
export type HostileBehaviour =
  | 'slow'
  | 'reset-mid-body'
  | 'refused'
  | 'non-json-200'
  | 'html-502'
  | 'truncated-json'
  | 'huge-body'
  | 'redirect-to-other-origin'
  | 'tls-name-mismatch';

export interface HostileTarget {
  readonly url: string;
  /** Requests that reached the other origin of a redirect; must stay 0. */
  readonly redirectedRequests: () => number;
  /** PEM of the self-signed certificate, for tls-name-mismatch. */
  readonly certificatePem: string | undefined;
  close(): Promise<void>;
}

const HUGE_BODY_BYTES = 50 * 1024 * 1024;

const HTML_502 = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/**
 * Starts a server on 127.0.0.1 that misbehaves at the transport or HTTP level in one way, for
 * tests that prove the suite finishes, reports, and names the reason. Stops with close().
 */
export async function startHostileTarget(behaviour: HostileBehaviour): Promise<HostileTarget> {
  const sockets = new Set<Socket>();
  let redirected = 0;
  const otherOrigin = await listen(
    createHttpServer((_request, response) => {
      redirected += 1;
      response.end('{}');
    }),
    sockets,
  );

  let certificatePem: string | undefined;
  let server: Server;
  const handler = (request: IncomingMessage, response: ServerResponse) => respond(behaviour, request, response, otherOrigin.url);
  if (behaviour === 'tls-name-mismatch') {
    // Valid, and trusted when its PEM is given as JUSPAY_CA_FILE, but issued for another name.
    const pems = await generate([{ name: 'commonName', value: 'wrong.example' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'wrong.example' }] }],
    });
    certificatePem = pems.cert;
    server = createHttpsServer({ key: pems.private, cert: pems.cert }, handler);
  } else {
    server = createHttpServer(handler);
  }
  const main = await listen(server, sockets, behaviour === 'tls-name-mismatch' ? 'https' : 'http');

  if (behaviour === 'refused') {
    // The port was free a moment ago and nothing listens on it now.
    await main.close();
  }

  return {
    url: main.url,
    redirectedRequests: () => redirected,
    certificatePem,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([main.close(), otherOrigin.close()]);
    },
  };
}

function respond(behaviour: HostileBehaviour, request: IncomingMessage, response: ServerResponse, otherOrigin: string): void {
  switch (behaviour) {
    case 'slow':
      // Never responds, so the client's timeout must end the wait.
      return;
    case 'reset-mid-body':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
      response.write('{"id":"cst_om2l6ctlptxwxuzj","object":"cus');
      setTimeout(() => response.socket?.resetAndDestroy(), 20);
      return;
    case 'non-json-200':
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('OK');
      return;
    case 'html-502':
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(HTML_502);
      return;
    case 'truncated-json':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"cst_om2l6ctlptxwxuzj","object":"customer","object_reference_id":"cus');
      return;
    case 'huge-body':
      sendHugeBody(response);
      return;
    case 'redirect-to-other-origin':
      response.writeHead(302, { location: `${otherOrigin}${request.url ?? '/'}` });
      response.end();
      return;
    case 'tls-name-mismatch':
    case 'refused':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
      return;
  }
}

/** Streams a JSON string of HUGE_BODY_BYTES without holding it in memory. */
function sendHugeBody(response: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(HUGE_BODY_BYTES + 2) });
  response.write('"');
  const pump = (): void => {
    while (sent < HUGE_BODY_BYTES) {
      const piece = chunk.subarray(0, Math.min(chunk.length, HUGE_BODY_BYTES - sent));
      sent += piece.length;
      if (!response.write(piece)) {
        response.once('drain', pump);
        return;
      }
    }
    response.end('"');
  };
  pump();
}

async function listen(
  server: Server,
  sockets: Set<Socket>,
  scheme: 'http' | 'https' = 'http',
): Promise<{ url: string; close: () => Promise<void> }> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    close: async () => {
      if (closed) return;
      closed = true;
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

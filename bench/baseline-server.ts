import { createServer, type Server } from 'node:http';

import type { CannedResponse } from './canned-response.ts';

/** Recorded responses of the mock, one per path the benchmark requests. */
export interface BaselineResponses {
  readonly token: CannedResponse;
  readonly plain: CannedResponse;
}

/**
 * Creates the benchmark's baseline: a bare node:http server that replays the mock's recorded
 * responses, the same status, headers and body bytes, and does no other work. Its throughput is
 * the ceiling for any handler on this Node version and machine, so the mock is reported as a
 * ratio to it.
 */
export function createBaselineServer(responses: BaselineResponses): Server {
  const token = prepare(responses.token);
  const plain = prepare(responses.plain);

  return createServer((request, response) => {
    const prepared = request.url?.includes('options.get_client_auth_token=true') ? token : plain;
    response.writeHead(prepared.status, prepared.headers);
    response.end(prepared.body);
  });
}

/**
 * Decodes the body to a string, as the mock sends it. Node writes a string body in the same
 * write as the headers but a Buffer body in a second one, which alone costs a Buffer-based
 * baseline a large share of its throughput on small responses.
 */
function prepare(canned: CannedResponse): { status: number; headers: Record<string, string>; body: string } {
  const body = Buffer.from(canned.bodyBase64, 'base64');
  const text = body.toString('utf8');
  if (Buffer.byteLength(text) !== body.length) throw new Error('The recorded body is not valid UTF-8, so it cannot be replayed as a string.');
  return { status: canned.status, headers: { ...canned.headers }, body: text };
}

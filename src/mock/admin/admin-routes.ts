import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackAddress } from './loopback.ts';
import type { RequestLog } from './request-log.ts';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const REQUESTS_PATH = '/requests';
const REQUEST_PREFIX = '/requests/';

/**
 * Handles one admin API request:
 *
 *   GET    /health                  200 {"status":"ok"}
 *   GET    /requests                200 {"requests":[...]}, oldest first
 *   DELETE /requests                204, clears the recorded requests
 *   GET    /requests/{requestId}    200 the request, or 404 request_not_recorded
 *
 * Anything else is a 404 JSON error. A peer that is not a loopback address gets a 403, in case
 * the socket was reached some other way than the loopback bind.
 */
export function handleAdminRequest(log: RequestLog, req: IncomingMessage, res: ServerResponse): void {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    sendJson(res, 403, {
      error_code: 'forbidden',
      error_message: `The admin API accepts only loopback callers, not ${String(req.socket.remoteAddress)}. Call it from the mock's own machine.`,
    });
    return;
  }

  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const method = req.method ?? '';

  if (method === 'GET' && path === '/health') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (method === 'GET' && path === REQUESTS_PATH) {
    sendJson(res, 200, { requests: log.list() });
    return;
  }
  if (method === 'DELETE' && path === REQUESTS_PATH) {
    log.clear();
    res.writeHead(204).end();
    return;
  }
  if (method === 'GET' && path.startsWith(REQUEST_PREFIX)) {
    sendRecordedRequest(log, path.slice(REQUEST_PREFIX.length), res);
    return;
  }

  sendJson(res, 404, {
    error_code: 'not_found',
    error_message: `The admin API has no ${method} ${path}. Use GET /health, GET /requests, DELETE /requests or GET /requests/{requestId}.`,
  });
}

function sendRecordedRequest(log: RequestLog, rawRequestId: string, res: ServerResponse): void {
  const requestId = decodeSegment(rawRequestId);
  const record = requestId === undefined ? undefined : log.find(requestId);
  if (record === undefined) {
    sendJson(res, 404, {
      error_code: 'request_not_recorded',
      error_message: `No request with x-request-id ${JSON.stringify(requestId ?? rawRequestId)} is recorded. The mock keeps the last ${log.capacity} requests since it started or since DELETE /requests. Check the id, percent-encoded in the path.`,
    });
    return;
  }
  sendJson(res, 200, record);
}

function decodeSegment(rawSegment: string): string | undefined {
  try {
    return decodeURIComponent(rawSegment);
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, statusCode: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(statusCode, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ErrorResponse } from './errors.ts';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

// Request and response ids are a per-process random prefix plus a counter: unique within a
// process and cheaper than a UUID on every response.
const ID_PREFIX = randomBytes(6).toString('hex');
const REQUEST_ID_PREFIX = `req_${ID_PREFIX}`;
const RESPONSE_ID_PREFIX = `rsp_${ID_PREFIX}`;
let idCounter = 0;

function nextId(prefix: string): string {
  idCounter += 1;
  return prefix + idCounter.toString(36);
}

// Visible ASCII only, so an echoed id can never break a response header.
const ECHOABLE_REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

/** Returns the caller's x-request-id when it is safe to echo, else a new id. */
export function resolveRequestId(header: string | string[] | undefined): string {
  if (typeof header === 'string' && ECHOABLE_REQUEST_ID.test(header)) return header;
  return nextId(REQUEST_ID_PREFIX);
}

/** Sends `body`, already serialised, with the headers every mock response carries. */
export function sendBody(
  res: ServerResponse,
  statusCode: number,
  body: string,
  requestId: string,
  contentType: string = JSON_CONTENT_TYPE,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  sendBodyOfLength(res, statusCode, body, Buffer.byteLength(body), requestId, contentType, extraHeaders);
}

/**
 * Sends `body` as sendBody does, when the caller already knows its length in UTF-8 bytes, so
 * that the body is not scanned for it. `byteLength` must be exact, because Node sends it as the
 * Content-Length.
 */
export function sendBodyOfLength(
  res: ServerResponse,
  statusCode: number,
  body: string,
  byteLength: number,
  requestId: string,
  contentType: string = JSON_CONTENT_TYPE,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  // A flat name and value array: Node 20's writeHead walks it by index, and an object by for-in.
  const headers: (string | number)[] = [
    'content-type',
    contentType,
    'content-length',
    byteLength,
    'x-request-id',
    requestId,
    'x-response-id',
    nextId(RESPONSE_ID_PREFIX),
  ];
  if (extraHeaders !== undefined) {
    for (const [name, value] of Object.entries(extraHeaders)) headers.push(name, value);
  }
  res.writeHead(statusCode, headers);
  res.end(body);
}

export function sendError(
  res: ServerResponse,
  error: ErrorResponse,
  requestId: string,
  extraHeaders?: Readonly<Record<string, string>>,
): void {
  sendBody(res, error.statusCode, JSON.stringify(error.body), requestId, JSON_CONTENT_TYPE, extraHeaders);
}

/**
 * Serialises a complete HTTP/1.1 response that closes the connection, for the `clientError`
 * event, where Node has no ServerResponse to write to. The response to a HEAD request keeps the
 * headers, Content-Length included, and leaves out the body, as HTTP requires.
 */
export function rawErrorResponse(error: ErrorResponse, reasonPhrase: string, headRequest = false): string {
  const body = JSON.stringify(error.body);
  return (
    `HTTP/1.1 ${error.statusCode} ${reasonPhrase}\r\n` +
    `content-type: ${JSON_CONTENT_TYPE}\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\n` +
    `x-request-id: ${nextId(REQUEST_ID_PREFIX)}\r\n` +
    `x-response-id: ${nextId(RESPONSE_ID_PREFIX)}\r\n` +
    'connection: close\r\n\r\n' +
    (headRequest ? '' : body)
  );
}

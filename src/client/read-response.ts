import { redactText } from '../redaction/redact.ts';
import type { Customer } from './customer.ts';
import type {
  AccessDeniedErrorBody,
  BadOriginErrorBody,
  BadRequestErrorBody,
  NotFoundErrorBody,
} from './error-bodies.ts';
import type { GetCustomerError, GetCustomerResult, UnexpectedResponse } from './get-customer-result.ts';

/**
 * A response body as read from the wire: parsed JSON, or the text when it is not JSON. `overLimit`
 * marks a body cut off at MAX_BODY_BYTES, whose text is only the part that was read.
 */
export type ReadBody =
  | { readonly json: true; readonly value: unknown }
  | { readonly json: false; readonly text: string; readonly overLimit: boolean };

/** Largest body read, in bytes. A customer object is under 1 KiB, so 1 MiB leaves ample room. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Body text quoted in an unexpected-response message, at most this many characters. */
const EXCERPT_LENGTH = 200;

// application/json, and the +json suffix types such as application/problem+json.
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Reads the body as JSON when the Content-Type is a JSON type and the text parses, else as text.
 * Juspay's clients treat any non-JSON body as a failure, even on 200, so the caller learns which it was.
 */
export async function readBody(response: Response): Promise<ReadBody> {
  const { text, overLimit } = await readLimitedText(response);
  const contentType = response.headers.get('content-type') ?? '';
  if (overLimit || !JSON_MEDIA_TYPE.test(contentType)) return { json: false, text, overLimit };

  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false, text, overLimit };
  }
}

/** Reads at most MAX_BODY_BYTES, so a target that streams without end cannot exhaust memory. */
async function readLimitedText(response: Response): Promise<{ text: string; overLimit: boolean }> {
  if (response.body === null) return { text: '', overLimit: false };

  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early cancels the stream, which closes the connection.
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return { text: Buffer.concat(chunks).toString('utf8'), overLimit: true };
    chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), overLimit: false };
}

/**
 * Maps a Get Customer response to its typed result. A status is mapped to its error kind only
 * when the body carries the fields that identify that kind in Juspay's documentation. Anything
 * else becomes an 'unexpected' error whose message names the status, the content type and the
 * reason.
 *
 * @param secrets literal values to mask in messages, such as the API key.
 */
export function toGetCustomerResult(
  status: number,
  contentType: string | undefined,
  body: ReadBody,
  secrets: readonly string[],
): GetCustomerResult {
  const unexpected = (reason: string): GetCustomerResult => ({
    ok: false,
    status,
    error: unexpectedResponse(status, contentType, body, reason, secrets),
  });

  if (!body.json && body.overLimit) return unexpected(`the body is larger than ${MAX_BODY_BYTES} bytes`);
  if (!body.json) {
    const excerpt = body.text.slice(0, EXCERPT_LENGTH);
    return unexpected(`the body is not JSON${excerpt === '' ? ' (it is empty)' : `: ${JSON.stringify(excerpt)}`}`);
  }
  if (!isRecord(body.value)) return unexpected('the JSON body is not an object');

  const value = body.value;
  const failure = (error: GetCustomerError): GetCustomerResult => ({ ok: false, status, error });

  switch (status) {
    case 200:
      if (!isCustomer(value)) return unexpected('the body is not a customer object (it needs object "customer" and a string id)');
      return { ok: true, status, customer: value };
    case 404:
      if (value.error_code !== 'object_not_found') return unexpected(`error_code is ${describe(value.error_code)}, not "object_not_found"`);
      return failure({ kind: 'not-found', body: value as unknown as NotFoundErrorBody });
    case 401:
      if (value.error_code !== 'access_denied') return unexpected(`error_code is ${describe(value.error_code)}, not "access_denied"`);
      return failure({ kind: 'access-denied', body: value as unknown as AccessDeniedErrorBody });
    case 403:
      if (!isRecord(value.error_info) || value.error_info.code !== 'BAD_ORIGIN') return unexpected('error_info.code is not "BAD_ORIGIN"');
      return failure({ kind: 'bad-origin', body: value as unknown as BadOriginErrorBody });
    case 400:
      if (typeof value.error_code !== 'string') return unexpected('the body has no error_code');
      return failure({ kind: 'bad-request', body: value as unknown as BadRequestErrorBody });
    default:
      return unexpected('the status is not one that Get Customer documents');
  }
}

function unexpectedResponse(
  status: number,
  contentType: string | undefined,
  body: ReadBody,
  reason: string,
  secrets: readonly string[],
): UnexpectedResponse {
  const message = `Get Customer returned HTTP ${status} with Content-Type ${contentType === undefined ? '(none)' : JSON.stringify(contentType)}, and ${reason}.`;
  return {
    kind: 'unexpected',
    body: body.json ? body.value : body.text,
    contentType,
    message: redactText(message, secrets),
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCustomer(value: Record<string, unknown>): value is Record<string, unknown> & Customer {
  return value.object === 'customer' && typeof value.id === 'string';
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

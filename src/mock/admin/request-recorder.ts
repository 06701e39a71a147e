import type { IncomingMessage, ServerResponse } from 'node:http';
import { summariseAuthorization } from './authorization-summary.ts';
import type { RecordedRequest } from './recorded-request.ts';
import type { RequestLog } from './request-log.ts';
import { fingerprintToken } from './token-fingerprint.ts';

/**
 * Records each request the mock receives into a RequestLog for the admin API. The mock creates
 * one only when the admin API is on, so that with it off the request path pays one undefined
 * check and nothing else.
 */
export class RequestRecorder {
  /** Fingerprint of the token sent on each response still in progress. */
  private readonly tokenFingerprints = new WeakMap<ServerResponse, string>();

  constructor(
    private readonly log: RequestLog,
    private readonly isConfiguredKey: (apiKey: string) => boolean,
  ) {}

  /**
   * Records `req` as received now, keyed by the client's x-request-id or else by `requestId`, the
   * id the mock generated, and fills in the response once `res` has been sent.
   */
  record(req: IncomingMessage, res: ServerResponse, requestId: string): void {
    const sentRequestId = req.headers['x-request-id'];
    const record: RecordedRequest = {
      requestId: typeof sentRequestId === 'string' && sentRequestId !== '' ? sentRequestId : requestId,
      receivedAt: new Date().toISOString(),
      method: req.method ?? '',
      rawPath: req.url ?? '',
      headers: headersWithoutAuthorization(req.rawHeaders),
      authorization: summariseAuthorization(req.headers.authorization, this.isConfiguredKey),
      response: null,
    };
    this.log.add(record);

    const readContentType = captureWriteHeadContentType(res);
    res.once('finish', () => {
      record.response = {
        status: res.statusCode,
        contentType: readContentType(),
        clientAuthTokenFingerprint: this.tokenFingerprints.get(res) ?? null,
      };
      this.tokenFingerprints.delete(res);
    });
  }

  /** Notes that `res` carries the client auth token `token`; only its fingerprint is kept. */
  noteIssuedToken(res: ServerResponse, token: string): void {
    this.tokenFingerprints.set(res, fingerprintToken(token));
  }
}

/**
 * Builds the header map from the raw name and value pairs, so that a repeated header keeps every
 * value (req.headers keeps only the first of some, such as Content-Type).
 */
function headersWithoutAuthorization(rawHeaders: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    if (name === 'authorization') continue;

    const value = rawHeaders[index + 1] ?? '';
    const earlier = headers[name];
    headers[name] = earlier === undefined ? value : `${earlier}, ${value}`;
  }
  return headers;
}

/**
 * Wraps this one response's writeHead to capture the Content-Type passed to it, and returns a
 * reader of the value sent. The mock passes its headers to writeHead, and Node keeps those out
 * of getHeader, so only the wrap can read them. A value set with setHeader is read as well.
 */
function captureWriteHeadContentType(res: ServerResponse): () => string | null {
  let passedToWriteHead: string | undefined;
  const writeHead = res.writeHead;

  res.writeHead = function (this: ServerResponse, ...args: unknown[]): ServerResponse {
    passedToWriteHead = findContentType(args.at(-1));
    return (writeHead as (...writeHeadArgs: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];

  return () => {
    const value = passedToWriteHead ?? res.getHeader('content-type');
    return value === undefined ? null : String(value);
  };
}

/** Returns the Content-Type in writeHead's headers argument, an object or a flat name and value array. */
function findContentType(headers: unknown): string | undefined {
  if (Array.isArray(headers)) {
    for (let index = 0; index + 1 < headers.length; index += 2) {
      if (String(headers[index]).toLowerCase() === 'content-type') return String(headers[index + 1]);
    }
    return undefined;
  }
  if (typeof headers !== 'object' || headers === null) return undefined;

  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-type' && value !== undefined) return String(value);
  }
  return undefined;
}

import type { IncomingMessage } from 'node:http';

/** Maximum request body the mock reads, in bytes. Customer forms are well under 1 KiB. */
export const MAX_BODY_BYTES = 16 * 1024;

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export type BodyReadResult =
  | { readonly kind: 'read'; readonly text: string }
  | { readonly kind: 'too-large' }
  /** The client closed the connection before the body ended, so no response can be sent. */
  | { readonly kind: 'aborted' };

/**
 * Reads the request body as UTF-8, up to `limitBytes`. Works with Content-Length and with chunked
 * bodies that have none, as Juspay's Node SDK sends them. A declared Content-Length over the
 * limit is rejected before reading; a chunked body is rejected as soon as it passes the limit.
 */
export function readBody(req: IncomingMessage, limitBytes: number = MAX_BODY_BYTES): Promise<BodyReadResult> {
  const declared = Number(req.headers['content-length']);
  if (declared > limitBytes) return Promise.resolve({ kind: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;

    const settle = (result: BodyReadResult): void => {
      if (settled) return;
      settled = true;
      req.removeListener('data', onData);
      resolve(result);
    };

    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limitBytes) {
        settle({ kind: 'too-large' });
        // Discards the rest rather than closing the socket: closing with unread data sends a TCP
        // reset, which can destroy the 413 before the client reads it. requestTimeout bounds this.
        req.resume();
        return;
      }
      chunks.push(chunk);
    };

    req.on('data', onData);
    req.on('end', () => settle({ kind: 'read', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'aborted' });
    });
  });
}

/** Returns true when `contentType` is absent or form-encoded, whatever its parameters. */
export function isFormContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const semicolon = contentType.indexOf(';');
  const mediaType = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return mediaType === FORM_CONTENT_TYPE;
}

/** Parses a form-encoded body; for a repeated field the first value wins. */
export function parseForm(text: string): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) {
    if (!fields.has(name)) fields.set(name, value);
  }
  return fields;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../logging/logger.ts';
import { payloadTooLarge, unsupportedMediaType } from '../errors.ts';
import { FORM_CONTENT_TYPE, isFormContentType, MAX_BODY_BYTES, parseForm, readBody } from '../form.ts';
import { sendError } from '../respond.ts';

/**
 * Reads a form-encoded request body for Create and Update Customer. Sends a 415 or 413 and
 * returns undefined when the body cannot be used; also returns undefined, sending nothing, when
 * the client went away mid-body.
 */
export async function readFormOrRespond(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<ReadonlyMap<string, string> | undefined> {
  const contentType = req.headers['content-type'];
  if (!isFormContentType(contentType)) {
    sendError(res, unsupportedMediaType(contentType ?? '', `Send the fields form-encoded, as ${FORM_CONTENT_TYPE}.`), requestId);
    return undefined;
  }

  const body = await readBody(req);
  if (body.kind === 'too-large') {
    sendError(res, payloadTooLarge(MAX_BODY_BYTES), requestId);
    return undefined;
  }
  if (body.kind === 'aborted') {
    logger.debug({ requestId }, 'Client closed the connection before the request body ended');
    return undefined;
  }

  return parseForm(body.text);
}

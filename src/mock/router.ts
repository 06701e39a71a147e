import type { IncomingMessage, ServerResponse } from 'node:http';
import { redactText } from '../redaction/redact.ts';
import type { MockContext } from './context.ts';
import { expectationFailed, hostMissing, internalError, methodNotAllowed, routeNotFound } from './errors.ts';
import { handleCreateCustomer } from './handlers/create-customer.ts';
import { handleGetCustomer } from './handlers/get-customer.ts';
import { handleUpdateCustomer } from './handlers/update-customer.ts';
import { matchRoute } from './path.ts';
import { resolveRequestId, sendError } from './respond.ts';

const COLLECTION_METHODS = ['POST'] as const;
const ITEM_METHODS = ['GET', 'POST'] as const;
const COLLECTION_ALLOW = { allow: COLLECTION_METHODS.join(', ') };
const ITEM_ALLOW = { allow: ITEM_METHODS.join(', ') };

/**
 * Handles one request: routes it, and turns any error a handler throws into a 500 JSON body and
 * an error log line. Get Customer runs synchronously, so the token path creates no promise.
 */
export function dispatchRequest(context: MockContext, req: IncomingMessage, res: ServerResponse): void {
  const requestId = resolveRequestId(req.headers['x-request-id']);
  context.recorder?.record(req, res, requestId);

  if (context.logger.isLevelEnabled('debug')) {
    res.once('finish', () => {
      context.logger.debug(
        { requestId, method: req.method, path: redactText(req.url ?? ''), status: res.statusCode },
        'Request served',
      );
    });
  }

  try {
    const pending = routeRequest(context, req, res, requestId);
    if (pending !== undefined) pending.catch((error: unknown) => failRequest(context, req, res, requestId, error));
  } catch (error) {
    failRequest(context, req, res, requestId, error);
  }
}

/**
 * Handles a request whose Expect header Node cannot meet (anything but 100-continue), which Node
 * passes here in place of the request handler, so that the 417 has a JSON body like every other
 * error.
 */
export function rejectExpectation(context: MockContext, req: IncomingMessage, res: ServerResponse): void {
  const requestId = resolveRequestId(req.headers['x-request-id']);
  context.recorder?.record(req, res, requestId);
  sendError(res, expectationFailed(req.headers.expect ?? ''), requestId);
}

/** Routes by path, then method. Unknown paths and methods fail before authentication. */
function routeRequest(
  context: MockContext,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<void> | undefined {
  // The listener turns off Node's own Host check, whose 400 has no body, so the check is here.
  if (req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    sendError(res, hostMissing(), requestId);
    return undefined;
  }

  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const method = req.method ?? 'GET';

  const route = matchRoute(pathname);
  if (route === undefined) {
    sendError(res, routeNotFound(method), requestId);
    return undefined;
  }

  if (route.kind === 'customers') {
    if (method === 'POST') return handleCreateCustomer(context, req, res, requestId);
    sendError(res, methodNotAllowed(method, COLLECTION_METHODS), requestId, COLLECTION_ALLOW);
    return undefined;
  }

  if (method === 'GET') {
    const query = queryStart === -1 ? '' : url.slice(queryStart + 1);
    handleGetCustomer(context, req, res, route.rawId, query, requestId);
    return undefined;
  }
  if (method === 'POST') return handleUpdateCustomer(context, req, res, route.rawId, requestId);

  if (method === 'DELETE' && context.faults.has('method.unsupported')) {
    sendError(res, internalError(), requestId);
    return undefined;
  }
  sendError(res, methodNotAllowed(method, ITEM_METHODS), requestId, ITEM_ALLOW);
  return undefined;
}

function failRequest(context: MockContext, req: IncomingMessage, res: ServerResponse, requestId: string, error: unknown): void {
  context.logger.error(
    { err: error, requestId, method: req.method, path: redactText(req.url ?? '') },
    'Request handler failed',
  );

  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, internalError(), requestId);
}

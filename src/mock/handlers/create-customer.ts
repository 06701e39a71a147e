import type { IncomingMessage, ServerResponse } from 'node:http';
import { NO_FAULTS, type MockContext } from '../context.ts';
import { validateNewCustomer } from '../customer-fields.ts';
import { isTrue, TOKEN_OPTION, withToken } from '../customer-response.ts';
import { duplicateReferenceId, invalidInput } from '../errors.ts';
import { sendBody, sendError } from '../respond.ts';
import { formatTimestamp } from '../timestamps.ts';
import { readFormOrRespond } from './read-form.ts';

/**
 * Create Customer: `POST /customers` with a form-encoded body. Returns the new customer, plus a
 * client auth token when `options.get_client_auth_token` is true.
 */
export async function handleCreateCustomer(
  context: MockContext,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
): Promise<void> {
  const auth = context.authenticator.authenticate(req.headers, req.socket.remoteAddress, NO_FAULTS);
  if (!auth.ok) return sendError(res, auth.error, requestId);

  const form = await readFormOrRespond(context.logger, req, res, requestId);
  if (form === undefined) return;

  const validation = validateNewCustomer(form);
  if (!validation.ok) return sendError(res, invalidInput(validation.problems), requestId);

  const { merchantId } = auth.merchant;
  if (context.customers.hasReference(merchantId, validation.fields.object_reference_id)) {
    return sendError(res, duplicateReferenceId(), requestId);
  }

  const now = context.now();
  const customer = context.customers.create(merchantId, validation.fields, formatTimestamp(now));
  context.logger.debug({ requestId, merchantId, customerId: customer.record.id }, 'Customer created');

  if (!isTrue(form.get(TOKEN_OPTION))) return sendBody(res, 200, customer.json, requestId);

  const token = context.tokens.mint(customer.record.id, now);
  context.recorder?.noteIssuedToken(res, token.token);
  sendBody(res, 200, withToken(customer.json, token), requestId);
}

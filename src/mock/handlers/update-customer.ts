import type { IncomingMessage, ServerResponse } from 'node:http';
import { NO_FAULTS, type MockContext } from '../context.ts';
import { validateCustomerChanges } from '../customer-fields.ts';
import { isTrue, TOKEN_OPTION, withToken } from '../customer-response.ts';
import { customerNotFound, invalidInput, invalidPathEncoding } from '../errors.ts';
import { decodePathSegment } from '../path.ts';
import { sendBody, sendError } from '../respond.ts';
import { formatTimestamp } from '../timestamps.ts';
import { readFormOrRespond } from './read-form.ts';

/**
 * Update Customer: `POST /customers/{customer_id}` with a form-encoded body whose fields are all
 * optional. Returns the customer with last_updated set to now.
 */
export async function handleUpdateCustomer(
  context: MockContext,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
  requestId: string,
): Promise<void> {
  const auth = context.authenticator.authenticate(req.headers, req.socket.remoteAddress, NO_FAULTS);
  if (!auth.ok) return sendError(res, auth.error, requestId);

  const customerKey = decodePathSegment(rawId);
  if (customerKey === undefined) return sendError(res, invalidPathEncoding(), requestId);

  const lookup = context.customers.findForMerchant(auth.merchant.merchantId, customerKey);
  if (lookup === undefined) return sendError(res, customerNotFound(), requestId);

  const form = await readFormOrRespond(context.logger, req, res, requestId);
  if (form === undefined) return;

  const validation = validateCustomerChanges(form);
  if (!validation.ok) return sendError(res, invalidInput(validation.problems), requestId);

  const now = context.now();
  const customer = context.customers.update(lookup.customer, validation.fields, formatTimestamp(now));
  context.logger.debug({ requestId, customerId: customer.record.id }, 'Customer updated');

  if (!isTrue(form.get(TOKEN_OPTION))) return sendBody(res, 200, customer.json, requestId);

  const token = context.tokens.mint(customer.record.id, now);
  context.recorder?.noteIssuedToken(res, token.token);
  sendBody(res, 200, withToken(customer.json, token), requestId);
}

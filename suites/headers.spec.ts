import { check, expect, test } from './support/fixtures.ts';
import { schemaFor } from './support/schema-choice.ts';
import { readJsonBody } from './support/response.ts';

/** Status and the fields clients branch on, for the record of what a target did. */
async function summariseResponse(response: import('@playwright/test').APIResponse): Promise<string> {
  const text = await response.text();
  let fields = 'a body that is not JSON';
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    fields = `status ${JSON.stringify(body.status)}, error_code ${JSON.stringify(body.error_code)}, object ${JSON.stringify(body.object)}`;
  } catch {
    // The status alone is the observation when the body is not JSON.
  }
  return `${response.status()} with ${fields}`;
}

test(...check(
  'request.content-type-ignored',
  'a GET with a form Content-Type is answered like one without',
  async ({ juspay }) => {
    const plain = await juspay.getCustomer();

    const withContentType = await juspay.getCustomer({ extraHeaders: { 'content-type': 'application/x-www-form-urlencoded' } });

    expect(withContentType.status(), 'status of a GET carrying Content-Type: application/x-www-form-urlencoded').toBe(200);
    expect((await readJsonBody(withContentType)).id, 'the customer found, compared with the same GET without Content-Type').toBe(
      (await readJsonBody(plain)).id,
    );
  },
));

test(...check('header.merchant-id-alias', 'x-merchant-id in place of x-merchantid', async ({ juspay, target, observe }) => {
  const response = await juspay.getCustomer({ merchant: { header: 'x-merchant-id', value: target.merchantId } });

  observe(`x-merchant-id alone: ${await summariseResponse(response)}`);
  expect(response.status(), 'status with x-merchant-id in place of x-merchantid').toBe(200);
}));

test(...check('header.merchant-id-missing', 'a request without x-merchantid', async ({ juspay, observe, target }) => {
  const response = await juspay.getCustomer({ merchant: null });

  observe(`no merchant header: ${await summariseResponse(response)}`);
  expect(response.status(), 'status without x-merchantid (the documented template is a 400)').toBe(400);
  expect(await readJsonBody(response)).toMatchSchema(schemaFor('error.bad-request', target.strict));
}));

test(...check('header.routing-id-missing', 'a request without x-routing-id', async ({ juspay, observe }) => {
  const response = await juspay.getCustomer({ routingId: null });

  observe(`no x-routing-id: ${await summariseResponse(response)}`);
  expect(response.status(), 'status without x-routing-id').toBe(200);
}));

import { check, expect, test } from './support/fixtures.ts';
import { schemaFor } from './support/schema-choice.ts';
import { expectJsonContentType, readJsonBody } from './support/response.ts';
import { unknownCustomerId } from './support/unknown-ids.ts';

test(...check('error.not-found', 'an unknown customer id returns 404 object_not_found', async ({ juspay, target }) => {
  const response = await juspay.getCustomer({ pathSegment: unknownCustomerId() });

  expect(response.status(), 'status of a lookup of an unknown id').toBe(404);
  expectJsonContentType(response);
  const body = await readJsonBody(response);
  expect(body.status, 'the status field').toBe('invalid_request_error');
  expect(body.error_code, 'the error_code field').toBe('object_not_found');
  expect(body).toMatchSchema(schemaFor('error.not-found', target.strict));
}));

test(...check(
  'error.other-merchant',
  "another merchant's customer returns the same 404 as an unknown id",
  async ({ juspay, target }) => {
    test.skip(!target.otherMerchantCustomerId, 'JUSPAY_OTHER_MERCHANT_CUSTOMER_ID is not set');
    const unknown = await juspay.getCustomer({ pathSegment: unknownCustomerId() });
    const unknownBody = await readJsonBody(unknown);

    const response = await juspay.getCustomer({ pathSegment: encodeURIComponent(target.otherMerchantCustomerId!) });
    const body = await readJsonBody(response);

    expect(response.status(), "status of a lookup of another merchant's customer").toBe(404);
    expect(response.status(), 'status, compared with the answer for an unknown id').toBe(unknown.status());
    expect(body.error_code, 'error_code, compared with the answer for an unknown id').toBe(unknownBody.error_code);
    expect(body.status, 'status field, compared with the answer for an unknown id').toBe(unknownBody.status);
  },
));

import { check, expect, test } from './support/fixtures.ts';
import { schemaFor } from './support/schema-choice.ts';
import { rawPathSegment } from './support/juspay-request.ts';
import { UTC_TIMESTAMP_FORMS, expectJsonContentType, parseUtcTimestamp, readJsonBody } from './support/response.ts';

test(...check('customer.found', 'a known cst_ id returns 200 and that customer', async ({ juspay, target }) => {
  const response = await juspay.getCustomer();
  const body = await readJsonBody(response);

  expect(response.status(), 'status of a lookup by cst_ id').toBe(200);
  expect(body.object, 'the object field').toBe('customer');
  expect(body.id, 'the id field is the id that was asked for').toBe(target.customerId);
  // A target that returns the right id with another customer's data is caught here.
  expect(body.object_reference_id === target.customerReferenceId, 'object_reference_id is the configured customer\'s (JUSPAY_CUSTOMER_REFERENCE_ID)').toBe(true);
}));

test(...check('customer.by-reference-id', 'a lookup by object_reference_id returns the cst_ id', async ({ juspay, target }) => {
  const response = await juspay.getCustomer({ pathSegment: rawPathSegment(target.customerReferenceId) });
  const body = await readJsonBody(response);

  expect(response.status(), 'status of a lookup by object_reference_id').toBe(200);
  expect(body.object, 'the object field').toBe('customer');
  expect(body.id, 'the id field of a lookup by reference id is the customer cst_ id').toBe(target.customerId);
}));

test(...check(
  'customer.reference-id-encoded',
  'a percent-encoded object_reference_id finds the same customer as the raw one',
  async ({ juspay, target }) => {
    const encoded = encodeURIComponent(target.customerReferenceId);
    const raw = rawPathSegment(target.customerReferenceId);
    test.skip(encoded === raw, `the reference id ${raw} has no character that percent-encoding changes`);

    const rawResponse = await juspay.getCustomer({ pathSegment: raw });
    const encodedResponse = await juspay.getCustomer({ pathSegment: encoded });

    expect(encodedResponse.status(), 'status of the lookup by the encoded reference id, compared with the raw one').toBe(rawResponse.status());
    expect(encodedResponse.status(), 'status of the lookup by the encoded reference id').toBe(200);
    const rawBody = await readJsonBody(rawResponse);
    const encodedBody = await readJsonBody(encodedResponse);
    expect(encodedBody.id, 'the id found through the encoded reference id').toBe(rawBody.id);
  },
));

test(...check('customer.shape', 'the body validates against the customer schema', async ({ juspay, target }) => {
  const response = await juspay.getCustomer();

  const body = await readJsonBody(response);
  expect(response.status(), 'status of a lookup by cst_ id').toBe(200);

  expect(body).toMatchSchema(schemaFor('customer', target.strict));
}));

test(...check('customer.timestamps', 'date_created and last_updated are UTC timestamps', async ({ juspay }) => {
  const body = await readJsonBody(await juspay.getCustomer());

  for (const field of ['date_created', 'last_updated'] as const) {
    expect(parseUtcTimestamp(body[field]), `${field} ${JSON.stringify(body[field])} is a UTC timestamp (${UTC_TIMESTAMP_FORMS})`).toBeDefined();
  }
}));

test(...check(
  'customer.timestamps',
  'last_updated is not before date_created',
  async ({ juspay }) => {
    const body = await readJsonBody(await juspay.getCustomer());
    const created = parseUtcTimestamp(body.date_created);
    const updated = parseUtcTimestamp(body.last_updated);
    test.skip(created === undefined || updated === undefined, 'the timestamps do not parse, which the format test reports');

    expect(
      updated! >= created!,
      `last_updated ${String(body.last_updated)} is not before date_created ${String(body.date_created)}`,
    ).toBe(true);
  },
  { level: 'SHOULD' },
));

test(...check('customer.content-type', 'a customer response is application/json', async ({ juspay }) => {
  const response = await juspay.getCustomer();
  expect(response.status(), 'status of a lookup by cst_ id').toBe(200);

  expectJsonContentType(response);
}));

import { MatchersV3 } from '@pact-foundation/pact';

import { CUSTOMER_EXISTS, EXAMPLE_CUSTOMER } from '../provider-states.ts';
import {
  CUSTOMER_ID_PATTERN,
  EXAMPLE_CLIENT_AUTH_TOKEN,
  clientAuthTokenBody,
  customerBody,
  fromProviderStateMatching,
  jsonResponseHeaders,
  requestHeaders,
} from './get-customer-matchers.ts';
import { clientFor, expect, expectSuccess, test } from './pact-test.ts';

const { fromProviderState } = MatchersV3;

// Paths and x-routing-id come from the provider state, so on a real target the verifier requests
// the customer that the state handler set up, not the example one.
const customerPath = fromProviderStateMatching(
  '^/customers/cst_[a-z0-9]{16}$',
  '/customers/${customerId}',
  `/customers/${EXAMPLE_CUSTOMER.customerId}`,
);
const routingIdOfCustomer = fromProviderStateMatching(CUSTOMER_ID_PATTERN, '${customerId}', EXAMPLE_CUSTOMER.customerId);

test.describe('Get Customer, success', () => {
  test('customer.found: returns the customer for its cst_ id', async ({ pact }) => {
    const result = await pact
      .addInteraction()
      .given(CUSTOMER_EXISTS)
      .uponReceiving('customer.found: a lookup by cst_ id returns the customer')
      .withRequest('GET', customerPath, (request) => {
        request.headers(requestHeaders(routingIdOfCustomer));
      })
      .willRespondWith(200, (response) => {
        response.headers(jsonResponseHeaders()).jsonBody(customerBody());
      })
      .executeTest((mockServer) => clientFor(mockServer.url).getCustomer(EXAMPLE_CUSTOMER.customerId));

    const { customer } = expectSuccess(result);
    expect(customer.id).toBe(EXAMPLE_CUSTOMER.customerId);
    expect(customer.object_reference_id).toBe(EXAMPLE_CUSTOMER.customerReferenceId);
    expect(customer.juspay).toBeUndefined();
  });

  test('customer.by-reference-id: returns the customer with its cst_ id', async ({ pact }) => {
    const result = await pact
      .addInteraction()
      .given(CUSTOMER_EXISTS)
      .uponReceiving('customer.by-reference-id: a lookup by object_reference_id returns the customer with its cst_ id')
      .withRequest(
        'GET',
        fromProviderState('/customers/${encodedReferenceId}', `/customers/${EXAMPLE_CUSTOMER.encodedReferenceId}`),
        (request) => {
          request.headers(requestHeaders(fromProviderState('${customerReferenceId}', EXAMPLE_CUSTOMER.customerReferenceId)));
        },
      )
      .willRespondWith(200, (response) => {
        response.headers(jsonResponseHeaders()).jsonBody(customerBody());
      })
      .executeTest((mockServer) =>
      clientFor(mockServer.url).getCustomer(EXAMPLE_CUSTOMER.customerReferenceId),
    );

    const { customer } = expectSuccess(result);
    expect(customer.id).toBe(EXAMPLE_CUSTOMER.customerId);
    expect(customer.object_reference_id).toBe(EXAMPLE_CUSTOMER.customerReferenceId);
  });

  test('token.issued: returns a client auth token on request', async ({ pact }) => {
    const result = await pact
      .addInteraction()
      .given(CUSTOMER_EXISTS)
      .uponReceiving('token.issued: a lookup with options.get_client_auth_token=true adds a client auth token')
      .withRequest('GET', customerPath, (request) => {
        request.query({ 'options.get_client_auth_token': 'true' }).headers(requestHeaders(routingIdOfCustomer));
      })
      .willRespondWith(200, (response) => {
        response.headers(jsonResponseHeaders()).jsonBody({ ...customerBody(), juspay: clientAuthTokenBody() });
      })
      .executeTest((mockServer) =>
      clientFor(mockServer.url).getCustomer(EXAMPLE_CUSTOMER.customerId, { clientAuthToken: true }),
    );

    const { customer } = expectSuccess(result);
    expect(customer.juspay?.client_auth_token).toBe(EXAMPLE_CLIENT_AUTH_TOKEN);
    expect(customer.juspay?.client_auth_token_expiry).toBe('2020-03-17T14:45:26Z');
  });
});

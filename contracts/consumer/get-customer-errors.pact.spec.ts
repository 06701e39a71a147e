import { MatchersV3 } from '@pact-foundation/pact';

import { API_KEY_NOT_ISSUED, CUSTOMER_MISSING, EXAMPLE_CUSTOMER, MISSING_CUSTOMER_ID } from '../provider-states.ts';
import { jsonResponseHeaders, requestHeaders, unissuedKeyAuthorization } from './get-customer-matchers.ts';
import { clientFor, expect, expectFailure, test } from './pact-test.ts';

const { string } = MatchersV3;

test.describe('Get Customer, errors', () => {
  test('error.not-found: maps 404 object_not_found to not-found', async ({ pact }) => {
    const result = await pact
      .addInteraction()
      .given(CUSTOMER_MISSING)
      .uponReceiving('error.not-found: a lookup of an unknown id returns 404 object_not_found')
      .withRequest('GET', `/customers/${MISSING_CUSTOMER_ID}`, (request) => {
        request.headers(requestHeaders(MISSING_CUSTOMER_ID));
      })
      .willRespondWith(404, (response) => {
        // Clients branch on error_code, so it is matched exactly. The message is free text.
        response.headers(jsonResponseHeaders()).jsonBody({
          status: 'invalid_request_error',
          error_code: 'object_not_found',
          error_message: string('Cannot find what you are looking for'),
        });
      })
      .executeTest((mockServer) => clientFor(mockServer.url).getCustomer(MISSING_CUSTOMER_ID));

    const failure = expectFailure(result);
    expect(failure.status).toBe(404);
    expect(failure.error.kind).toBe('not-found');
  });

  test('auth.wrong-key: maps 401 access_denied to access-denied', async ({ pact }) => {
    const result = await pact
      .addInteraction()
      .given(API_KEY_NOT_ISSUED)
      .uponReceiving('auth.wrong-key: a lookup with an API key that was never issued returns 401 access_denied')
      .withRequest('GET', `/customers/${EXAMPLE_CUSTOMER.customerId}`, (request) => {
        // The consumer side sends the placeholder key, and verification sends the state's unissued key.
        request.headers(requestHeaders(EXAMPLE_CUSTOMER.customerId, unissuedKeyAuthorization()));
      })
      .willRespondWith(401, (response) => {
        // This body has no error_message, unlike the other errors, so the contract names none.
        response.headers(jsonResponseHeaders()).jsonBody({
          status: 'error',
          error_code: 'access_denied',
          error_info: { code: 'UNAUTHORIZED', category: 'USER_ERROR' },
        });
      })
      .executeTest((mockServer) => clientFor(mockServer.url).getCustomer(EXAMPLE_CUSTOMER.customerId));

    const failure = expectFailure(result);
    expect(failure.status).toBe(401);
    expect(failure.error.kind).toBe('access-denied');
  });
});

import '../disable-pact-telemetry.ts';

import { MatchersV3 } from '@pact-foundation/pact';

import { PLACEHOLDER_AUTHORIZATION, PLACEHOLDER_MERCHANT_ID } from '../placeholder-credentials.ts';
import { EXAMPLE_CUSTOMER } from '../provider-states.ts';

/**
 * Matchers for Get Customer. Each one encodes what Juspay documents for a field, no more: ids,
 * tokens and timestamps by pattern, free text by type, and constants by equality.
 */

const { regex, string } = MatchersV3;

/** Every sample id is cst_ and 16 characters of [a-z0-9]. */
export const CUSTOMER_ID_PATTERN = '^cst_[a-z0-9]{16}$';

/** UTC to the second, with Z as Juspay sends it today or +0000 as older docs show it. */
export const UTC_TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|\\+0000)$';

/** tkn_ and 32 lowercase hex characters: a UUID without hyphens. */
export const CLIENT_AUTH_TOKEN_PATTERN = '^tkn_[0-9a-f]{32}$';

/** The token in Juspay's sample response, which no server minted. */
export const EXAMPLE_CLIENT_AUTH_TOKEN = 'tkn_8649cd66d30c47728b8dd2fb6279a4cc';

/** application/json with an optional charset or other parameter. */
const JSON_CONTENT_TYPE_PATTERN = '^application/json\\s*(;.*)?$';

const BASIC_AUTHORIZATION_PATTERN = '^Basic [A-Za-z0-9+/]+=*$';

/**
 * A regex matcher whose value the verifier takes from the provider state, so the request uses
 * what the state handler set up while the consumer side still checks the pattern.
 *
 * @param expression a provider-state expression such as "/customers/${customerId}".
 */
export function fromProviderStateMatching(
  pattern: string,
  expression: string,
  example: string,
): MatchersV3.V3RegexMatcher & MatchersV3.ProviderStateInjectedValue<string> {
  return { ...regex(pattern, example), 'pact:generator:type': 'ProviderState', expression };
}

/**
 * Request headers of every Get Customer call. The credentials are placeholders: verification
 * replaces them with the configured API key and merchant id.
 *
 * @param routingId the x-routing-id value or matcher. Juspay recommends the customer id.
 */
export function requestHeaders(
  routingId: string | MatchersV3.Matcher<string>,
  authorization: string | MatchersV3.Matcher<string> = regex(BASIC_AUTHORIZATION_PATTERN, PLACEHOLDER_AUTHORIZATION),
): Record<string, string | MatchersV3.Matcher<string>> {
  return {
    Authorization: authorization,
    'x-merchantid': regex('^\\S+$', PLACEHOLDER_MERCHANT_ID),
    'x-routing-id': routingId,
  };
}

/** Returns an Authorization matcher whose value verification takes from the API_KEY_NOT_ISSUED state. */
export function unissuedKeyAuthorization(): MatchersV3.Matcher<string> {
  return fromProviderStateMatching(BASIC_AUTHORIZATION_PATTERN, '${authorization}', PLACEHOLDER_AUTHORIZATION);
}

/** Returns the Content-Type matcher of every Get Customer response, which is JSON. */
export function jsonResponseHeaders(): Record<string, MatchersV3.Matcher<string>> {
  return { 'Content-Type': regex(JSON_CONTENT_TYPE_PATTERN, 'application/json') };
}

/**
 * Returns the customer object's matchers. The provider state creates the customer with every optional field set,
 * so email_address, first_name and last_name must come back as strings.
 */
export function customerBody(): Record<string, unknown> {
  return {
    id: regex(CUSTOMER_ID_PATTERN, EXAMPLE_CUSTOMER.customerId),
    object: 'customer',
    object_reference_id: string(EXAMPLE_CUSTOMER.customerReferenceId),
    mobile_number: regex('^[0-9]{1,16}$', '9988776655'),
    mobile_country_code: regex('^[0-9]+$', '91'),
    email_address: string('customer@gmail.com'),
    first_name: string('John'),
    last_name: string('Smith'),
    date_created: regex(UTC_TIMESTAMP_PATTERN, '2020-03-17T14:29:17Z'),
    last_updated: regex(UTC_TIMESTAMP_PATTERN, '2020-03-17T14:29:17Z'),
  };
}

/** Returns the matchers of the juspay object that a token request adds to the customer. */
export function clientAuthTokenBody(): Record<string, unknown> {
  return {
    client_auth_token: regex(CLIENT_AUTH_TOKEN_PATTERN, EXAMPLE_CLIENT_AUTH_TOKEN),
    client_auth_token_expiry: regex(UTC_TIMESTAMP_PATTERN, '2020-03-17T14:45:26Z'),
  };
}

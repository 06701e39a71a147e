/**
 * Stand-ins for credentials in the pact file. No real key or merchant id is ever written to a
 * contract: provider verification replaces these exact values with the configured ones before a
 * request reaches the target.
 */
export const PLACEHOLDER_API_KEY = 'pact-placeholder-key';

/** `Basic` and base64 of "pact-placeholder-key:", the API key with Juspay's empty password. */
export const PLACEHOLDER_AUTHORIZATION = 'Basic cGFjdC1wbGFjZWhvbGRlci1rZXk6';

export const PLACEHOLDER_MERCHANT_ID = 'pact-placeholder-merchant';

/**
 * Check ids from the suite's check catalogue (src/catalogue/checks.ts), used as k6 check names
 * and tags so that a failed check here points to the same behaviour as in every other report.
 * A test in tests/load compares these ids with the catalogue.
 */
export const CHECK_IDS = {
  /** A known id returns 200 with the customer. */
  customerFound: 'customer.found',
  /** Without the token option the body has no `juspay` key. */
  tokenAbsentByDefault: 'token.absent-by-default',
  /** With the option the body has `juspay.client_auth_token` and its expiry. */
  tokenIssued: 'token.issued',
  /** The token is `tkn_` followed by 32 lowercase hex characters. */
  tokenFormat: 'token.format',
  /** The expiry is about 15 minutes after the response. */
  tokenExpiry: 'token.expiry-15min',
} as const;

export type CheckId = (typeof CHECK_IDS)[keyof typeof CHECK_IDS];

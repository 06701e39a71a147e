/**
 * Provider states: the exact texts that the consumer tests name and that verification has a
 * handler for. Both sides import them from here, so a renamed state cannot go out of step.
 */

/**
 * A customer exists for the caller's merchant. The ids in the text are the examples used by the
 * consumer tests. On a real target the handler may set up a different customer, and it returns
 * that customer's ids as `ExistingCustomerValues`.
 */
export const CUSTOMER_EXISTS = 'customer cst_om2l6ctlptxwxuzj exists with reference customer@gmail.com';

/** No customer has the id cst_doesnotexist0000 (well-formed, but never issued). */
export const CUSTOMER_MISSING = 'no customer cst_doesnotexist0000';

/** The request carries an API key that was never issued, so the target must reject it. */
export const API_KEY_NOT_ISSUED = 'the API key was never issued';

/** Values the CUSTOMER_EXISTS handler returns, which the consumer tests inject with fromProviderState. */
export interface ExistingCustomerValues {
  readonly customerId: string;
  readonly customerReferenceId: string;
  /** customerReferenceId percent-encoded for the path, as the client sends it (`@` becomes `%40`). */
  readonly encodedReferenceId: string;
}

/** Values the API_KEY_NOT_ISSUED handler returns. */
export interface UnissuedKeyValues {
  /** An Authorization header value for a random key that no target has issued. */
  readonly authorization: string;
}

/** The example values of the customer that CUSTOMER_EXISTS names. */
export const EXAMPLE_CUSTOMER = {
  customerId: 'cst_om2l6ctlptxwxuzj',
  customerReferenceId: 'customer@gmail.com',
  encodedReferenceId: 'customer%40gmail.com',
} as const satisfies ExistingCustomerValues;

export const MISSING_CUSTOMER_ID = 'cst_doesnotexist0000';

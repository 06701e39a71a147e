import { randomBytes } from 'node:crypto';

import type { VerifierOptions } from '@pact-foundation/pact';

import type { CustomerClient } from '../../src/client/index.ts';
import type { Logger } from '../../src/logging/logger.ts';
import {
  API_KEY_NOT_ISSUED,
  CUSTOMER_EXISTS,
  CUSTOMER_MISSING,
  type ExistingCustomerValues,
  type UnissuedKeyValues,
} from '../provider-states.ts';

export type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;

/**
 * Source of the CUSTOMER_EXISTS state's customer: a fresh one made through Create Customer, or a
 * configured one that must have email_address, first_name and last_name set.
 */
export type CustomerSource =
  | { readonly kind: 'create' }
  | { readonly kind: 'configured'; readonly customerId: string; readonly customerReferenceId: string };

/**
 * A state whose setup threw. Pact's proxy only prints such an error and still runs the
 * interaction with the example values, so the runner fails the run when any is recorded.
 */
export interface StateSetupFailure {
  readonly state: string;
  readonly message: string;
}

export interface StateHandlerOptions {
  /** A client for the target, with the configured credentials. */
  readonly client: CustomerClient;
  readonly customerSource: CustomerSource;
  /** Receives every setup failure. The caller fails the run when it is not empty. */
  readonly failures: StateSetupFailure[];
  readonly logger: Logger;
}

/**
 * Creates the handler for every provider state in the contract. Each handler returns the values
 * that the pact's provider-state expressions (`${customerId}` and others) read, so requests use
 * what the handler set up on the target.
 */
export function createStateHandlers(options: StateHandlerOptions): StateHandlers {
  const { client, customerSource } = options;
  const recorded = (state: string, setup: () => Promise<object | undefined>) => recordFailures(state, setup, options);

  return {
    [CUSTOMER_EXISTS]: recorded(CUSTOMER_EXISTS, async (): Promise<ExistingCustomerValues> => {
      if (customerSource.kind === 'configured') return existingCustomerValues(customerSource.customerId, customerSource.customerReferenceId);

      const customer = await client.createCustomer(freshCustomerFields());
      options.logger.info({ state: CUSTOMER_EXISTS, customerId: customer.id }, 'created a customer for the provider state');
      return existingCustomerValues(customer.id, customer.object_reference_id);
    }),

    // Nothing to set up: the id is well-formed but no target issues it, and no API deletes customers.
    [CUSTOMER_MISSING]: recorded(CUSTOMER_MISSING, async () => undefined),

    [API_KEY_NOT_ISSUED]: recorded(API_KEY_NOT_ISSUED, async (): Promise<UnissuedKeyValues> => {
      const key = `pact_unissued_${randomBytes(12).toString('hex')}`;
      return { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` };
    }),
  };
}

function existingCustomerValues(customerId: string, customerReferenceId: string): ExistingCustomerValues {
  return { customerId, customerReferenceId, encodedReferenceId: encodeURIComponent(customerReferenceId) };
}

/**
 * Returns Create Customer fields with a new object_reference_id, because Juspay rejects a reused
 * one. The reference contains "@" so that the by-reference lookup exercises percent-encoding.
 */
function freshCustomerFields() {
  const reference = `pact-${randomBytes(8).toString('hex')}@example.com`;
  return {
    object_reference_id: reference,
    mobile_number: '9988776655',
    mobile_country_code: '91',
    email_address: reference,
    first_name: 'John',
    last_name: 'Smith',
  };
}

function recordFailures(
  state: string,
  setup: () => Promise<object | undefined>,
  options: StateHandlerOptions,
): () => Promise<Record<string, string> | undefined> {
  return async () => {
    try {
      return (await setup()) as Record<string, string> | undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      options.failures.push({ state, message });
      options.logger.error({ state, error: message }, 'provider state setup failed');
      throw error;
    }
  };
}

import { readFileSync } from 'node:fs';
import { MockConfigError } from './config-error.ts';

/** A customer as Juspay returns it, without the optional `juspay` token object. */
export interface CustomerRecord {
  /** `cst_` + 16 characters of [a-z0-9]. */
  readonly id: string;
  readonly object: 'customer';
  /** The merchant's own id for the customer, 1 to 128 characters, unique per merchant. */
  readonly object_reference_id: string;
  /** Digits only, at most 16. */
  readonly mobile_number: string;
  /** Digits without a leading +, such as "91". */
  readonly mobile_country_code: string;
  readonly email_address: string | null;
  readonly first_name: string | null;
  readonly last_name: string | null;
  /** UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly date_created: string;
  /** UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly last_updated: string;
}

export interface MockSeedMerchant {
  readonly merchant_id: string;
  /** The merchant's placeholder API key; the mock authenticates callers against it. */
  readonly api_key: string;
  /** Caller IP addresses the merchant accepts; null accepts every address. */
  readonly allowed_ips: readonly string[] | null;
  readonly customers: readonly CustomerRecord[];
}

/** Merchants, their API keys and their customers: the state the mock starts from and resets to. */
export interface MockSeed {
  readonly merchants: readonly MockSeedMerchant[];
}

const DEFAULT_SEED_URL = new URL('./fixtures/customers.json', import.meta.url);

/** Reads and validates the default seed, src/mock/fixtures/customers.json. */
export function loadDefaultSeed(): MockSeed {
  const parsed: unknown = JSON.parse(readFileSync(DEFAULT_SEED_URL, 'utf8'));
  return validateSeed(parsed as MockSeed);
}

/**
 * Checks the invariants the store relies on: merchant ids, API keys and customer ids are unique,
 * and so are reference ids within one merchant. Throws a MockConfigError naming the duplicate.
 */
export function validateSeed(seed: MockSeed): MockSeed {
  if (typeof seed !== 'object' || seed === null || !Array.isArray(seed.merchants)) {
    throw new MockConfigError('seed', 'seed: the "merchants" array is missing. Pass a seed of the form { merchants: [...] }.');
  }

  const merchantIds = new Set<string>();
  const apiKeys = new Set<string>();
  const customerIds = new Set<string>();

  for (const merchant of seed.merchants) {
    if (merchantIds.has(merchant.merchant_id)) {
      throw new MockConfigError('seed', `seed: merchant "${merchant.merchant_id}" is listed twice. Give each merchant one entry.`);
    }
    merchantIds.add(merchant.merchant_id);

    if (!merchant.api_key || apiKeys.has(merchant.api_key)) {
      throw new MockConfigError(
        'seed',
        `seed: merchant "${merchant.merchant_id}" has an empty or duplicate api_key. Give each merchant its own key.`,
      );
    }
    apiKeys.add(merchant.api_key);

    const referenceIds = new Set<string>();
    for (const customer of merchant.customers) {
      if (customerIds.has(customer.id)) {
        throw new MockConfigError('seed', `seed: customer id "${customer.id}" is listed twice. Customer ids must be unique.`);
      }
      customerIds.add(customer.id);

      if (referenceIds.has(customer.object_reference_id)) {
        throw new MockConfigError(
          'seed',
          `seed: merchant "${merchant.merchant_id}" has object_reference_id "${customer.object_reference_id}" twice. Reference ids are unique per merchant.`,
        );
      }
      referenceIds.add(customer.object_reference_id);
    }
  }

  return seed;
}

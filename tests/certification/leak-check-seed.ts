import { randomBytes, randomInt } from 'node:crypto';

import { loadDefaultSeed, type MockSeed } from '../../src/mock/seed.ts';

/**
 * The mock's default seed with every secret and personal value replaced by a random,
 * recognisable one: API keys, e-mail addresses, mobile numbers, and the reference ids that are
 * e-mail addresses. So any of these values found in a file came from the run, not from static
 * text such as the catalogue's documented examples.
 */
export interface LeakCheckSeed {
  readonly seed: MockSeed;
  /** The conformance suite's settings that point it at this seed. */
  readonly env: Readonly<Record<string, string>>;
  readonly apiKeys: readonly string[];
  readonly emailAddresses: readonly string[];
  readonly mobileNumbers: readonly string[];
}

export function createLeakCheckSeed(): LeakCheckSeed {
  const marker = randomBytes(6).toString('hex');
  const apiKeys: string[] = [];
  const emailAddresses: string[] = [];
  const mobileNumbers: string[] = [];
  let customerCount = 0;

  const merchants = loadDefaultSeed().merchants.map((merchant, merchantIndex) => {
    const apiKey = merchantIndex === 0 ? `leakcheck_key_${marker}` : `leakcheck_key_${marker}_${merchantIndex}`;
    apiKeys.push(apiKey);

    const customers = merchant.customers.map((customer) => {
      customerCount += 1;
      const email = `leakcheck.${marker}.${customerCount}@example.org`;
      // Ten digits, like an Indian mobile number, with a leading 7 that no seed number has.
      const mobile = `7${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
      emailAddresses.push(email);
      mobileNumbers.push(mobile);
      return {
        ...customer,
        email_address: email,
        mobile_number: mobile,
        object_reference_id: customer.object_reference_id.includes('@') ? email : customer.object_reference_id,
      };
    });

    return { ...merchant, api_key: apiKey, customers };
  });

  const [primary, other] = merchants.filter((merchant) => merchant.allowed_ips === null);
  const restricted = merchants.find((merchant) => merchant.allowed_ips !== null);
  const customer = primary?.customers.find((candidate) => candidate.object_reference_id.includes('@'));
  const otherCustomer = other?.customers[0];
  if (!primary || !customer || !otherCustomer || !restricted) {
    throw new Error('The default mock seed no longer has two open merchants, one IP-restricted merchant and a customer whose reference id contains "@": update createLeakCheckSeed with it.');
  }

  return {
    seed: { merchants },
    env: {
      JUSPAY_API_KEY: primary.api_key,
      JUSPAY_MERCHANT_ID: primary.merchant_id,
      JUSPAY_CUSTOMER_ID: customer.id,
      JUSPAY_CUSTOMER_REFERENCE_ID: customer.object_reference_id,
      JUSPAY_OTHER_MERCHANT_CUSTOMER_ID: otherCustomer.id,
      JUSPAY_BAD_ORIGIN_API_KEY: restricted.api_key,
      JUSPAY_BAD_ORIGIN_MERCHANT_ID: restricted.merchant_id,
    },
    apiKeys,
    emailAddresses,
    mobileNumbers,
  };
}

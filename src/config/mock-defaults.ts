import { readFileSync } from 'node:fs';

/**
 * Settings that point the suite at the embedded mock's seed data, so that `npm run conformance`
 * needs no configuration at all. They come from the seed file itself: if a seed customer changes,
 * the defaults follow.
 */
export interface MockDefaults {
  readonly apiKey: string;
  readonly merchantId: string;
  readonly customerId: string;
  readonly customerReferenceId: string;
  readonly otherMerchantCustomerId: string;
  readonly badOrigin: { readonly apiKey: string; readonly merchantId: string };
}

interface SeedMerchant {
  merchant_id: string;
  api_key: string;
  allowed_ips: string[] | null;
  customers: { id: string; object_reference_id: string }[];
}

const SEED_URL = new URL('../mock/fixtures/customers.json', import.meta.url);

export function readMockDefaults(): MockDefaults {
  const seed = JSON.parse(readFileSync(SEED_URL, 'utf8')) as { merchants: SeedMerchant[] };
  const [primary, other] = seed.merchants.filter((merchant) => merchant.allowed_ips === null);
  const restricted = seed.merchants.find((merchant) => merchant.allowed_ips !== null);
  // The seed reference id with an "@" exercises percent-encoding of the path segment.
  const customer = primary?.customers.find((candidate) => candidate.object_reference_id.includes('@'));
  const otherCustomer = other?.customers[0];

  if (!primary || !customer || !otherCustomer || !restricted) {
    throw new Error(
      `The mock seed file ${SEED_URL.pathname} must hold two open merchants (the first with a customer whose reference id contains "@", the second with one customer) and one IP-restricted merchant.`,
    );
  }

  return {
    apiKey: primary.api_key,
    merchantId: primary.merchant_id,
    customerId: customer.id,
    customerReferenceId: customer.object_reference_id,
    otherMerchantCustomerId: otherCustomer.id,
    badOrigin: { apiKey: restricted.api_key, merchantId: restricted.merchant_id },
  };
}

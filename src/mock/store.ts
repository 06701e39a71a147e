import { randomBytes } from 'node:crypto';
import type { CustomerRecord, MockSeed } from './seed.ts';

/** Characters of a cst_ id after the prefix, as in Juspay's sample ids. */
export const CUSTOMER_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const CUSTOMER_ID_SUFFIX_LENGTH = 16;

/** A customer with the merchant that owns it and its JSON body, serialised once per change. */
export interface StoredCustomer {
  readonly merchantId: string;
  readonly record: CustomerRecord;
  /** `JSON.stringify(record)`, kept so that the lookup path does not serialise again. */
  readonly json: string;
  /** Length of `json` in UTF-8 bytes, the Content-Length of a response that sends it. */
  readonly jsonByteLength: number;
}

export type LookupMatch = 'id' | 'reference';

export interface LookupResult {
  readonly customer: StoredCustomer;
  /** Whether the path value matched the cst_ id or the object_reference_id. */
  readonly matchedBy: LookupMatch;
}

/** Fields of a new customer, already validated. */
export interface NewCustomerFields {
  readonly object_reference_id: string;
  readonly mobile_number: string;
  readonly mobile_country_code: string;
  readonly email_address: string | null;
  readonly first_name: string | null;
  readonly last_name: string | null;
}

/** Fields Update Customer may change; an absent field keeps its value. */
export type CustomerChanges = Partial<Omit<NewCustomerFields, 'object_reference_id'>>;

/** Customers of every merchant, indexed by cst_ id and by (merchant, object_reference_id). */
export class CustomerStore {
  private readonly byId = new Map<string, StoredCustomer>();
  private readonly byReference = new Map<string, Map<string, StoredCustomer>>();

  constructor(private readonly seed: MockSeed) {
    this.reset();
  }

  /** Drops every change and loads the seed again. */
  reset(): void {
    this.byId.clear();
    this.byReference.clear();

    for (const merchant of this.seed.merchants) {
      this.byReference.set(merchant.merchant_id, new Map());
      for (const record of merchant.customers) {
        this.put(merchant.merchant_id, { ...record });
      }
    }
  }

  /** Finds a customer of `merchantId` by cst_ id, else by object_reference_id. */
  findForMerchant(merchantId: string, key: string): LookupResult | undefined {
    const byId = this.byId.get(key);
    if (byId !== undefined && byId.merchantId === merchantId) return { customer: byId, matchedBy: 'id' };

    const byReference = this.byReference.get(merchantId)?.get(key);
    if (byReference !== undefined) return { customer: byReference, matchedBy: 'reference' };

    return undefined;
  }

  /** Finds a customer of any merchant: the unscoped lookup of the `error.other-merchant` fault. */
  findInAnyMerchant(key: string): LookupResult | undefined {
    const byId = this.byId.get(key);
    if (byId !== undefined) return { customer: byId, matchedBy: 'id' };

    for (const references of this.byReference.values()) {
      const byReference = references.get(key);
      if (byReference !== undefined) return { customer: byReference, matchedBy: 'reference' };
    }

    return undefined;
  }

  hasReference(merchantId: string, objectReferenceId: string): boolean {
    return this.byReference.get(merchantId)?.has(objectReferenceId) ?? false;
  }

  /**
   * Adds a customer with a new cst_ id and both timestamps set to `timestamp`. The caller checks
   * first that the reference id is free for the merchant (see hasReference).
   */
  create(merchantId: string, fields: NewCustomerFields, timestamp: string): StoredCustomer {
    const record: CustomerRecord = {
      id: this.newCustomerId(),
      object: 'customer',
      object_reference_id: fields.object_reference_id,
      mobile_number: fields.mobile_number,
      mobile_country_code: fields.mobile_country_code,
      email_address: fields.email_address,
      first_name: fields.first_name,
      last_name: fields.last_name,
      date_created: timestamp,
      last_updated: timestamp,
    };
    return this.put(merchantId, record);
  }

  /** Applies `changes` and sets last_updated to `timestamp`. */
  update(customer: StoredCustomer, changes: CustomerChanges, timestamp: string): StoredCustomer {
    const record: CustomerRecord = { ...customer.record, ...changes, last_updated: timestamp };
    return this.put(customer.merchantId, record);
  }

  private put(merchantId: string, record: CustomerRecord): StoredCustomer {
    const json = JSON.stringify(record);
    const stored: StoredCustomer = { merchantId, record, json, jsonByteLength: Buffer.byteLength(json) };
    this.byId.set(record.id, stored);

    let references = this.byReference.get(merchantId);
    if (references === undefined) {
      references = new Map();
      this.byReference.set(merchantId, references);
    }
    references.set(record.object_reference_id, stored);

    return stored;
  }

  /** Returns an unused id of the form of Juspay's samples: `cst_` + 16 characters of [a-z0-9]. */
  private newCustomerId(): string {
    for (;;) {
      const bytes = randomBytes(CUSTOMER_ID_SUFFIX_LENGTH);
      let suffix = '';
      for (const byte of bytes) {
        // 256 is not a multiple of 36, so the first 4 characters come up slightly more often,
        // which does not matter for ids that only need to be unique.
        suffix += CUSTOMER_ID_ALPHABET[byte % CUSTOMER_ID_ALPHABET.length];
      }

      const id = `cst_${suffix}`;
      if (!this.byId.has(id)) return id;
    }
  }
}

/**
 * The customer object that Get Customer and Create Customer return, as Juspay documents it.
 * Clients ignore fields they do not know, so the types describe only the documented ones.
 */
export interface Customer {
  /** Juspay's id for the customer: `cst_` followed by 16 characters of [a-z0-9] in every sample. */
  readonly id: string;
  readonly object: 'customer';
  /** The merchant's own id for the customer (an e-mail, a phone or a database id), unique per merchant. */
  readonly object_reference_id: string;
  /** Digits only, at most 16. */
  readonly mobile_number: string;
  /** Digits without a leading +, such as "91". */
  readonly mobile_country_code: string;
  /** Optional fields may come back as null or be left out, because Juspay does not document which. */
  readonly email_address?: string | null;
  readonly first_name?: string | null;
  readonly last_name?: string | null;
  /** UTC timestamp such as 2020-03-17T14:29:17Z. */
  readonly date_created: string;
  /** UTC timestamp, not before date_created. */
  readonly last_updated: string;
  /** Present only when the request asked for a client auth token. */
  readonly juspay?: ClientAuthToken;
}

/**
 * The short-lived credential that the Express Checkout SDK uses in the app. It is as sensitive as
 * a password for 15 minutes: never log it or print it.
 */
export interface ClientAuthToken {
  /** `tkn_` followed by 32 lowercase hex characters. */
  readonly client_auth_token: string;
  /** UTC timestamp 15 minutes after the token was minted. */
  readonly client_auth_token_expiry: string;
}

/** A customer whose lookup asked for a client auth token, so `juspay` is present. */
export type CustomerWithToken = Customer & { readonly juspay: ClientAuthToken };

/** The form fields of Create Customer (`POST /customers`). */
export interface NewCustomerFields {
  /** Required and unique per merchant. A duplicate gets 400 with error_code "unique". */
  readonly object_reference_id: string;
  /** Required, digits only. */
  readonly mobile_number: string;
  readonly email_address?: string;
  readonly first_name?: string;
  readonly last_name?: string;
  /** Digits without a leading +. Juspay's default is "91". */
  readonly mobile_country_code?: string;
}

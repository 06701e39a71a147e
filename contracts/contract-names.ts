import { fileURLToPath } from 'node:url';

/** The consumer and provider names written into the pact file, which is named after them. */
export const CONSUMER_NAME = 'merchant-backend';
export const PROVIDER_NAME = 'juspay-get-customer';

/** Directory the consumer tests write the pact file to, and that verification reads unless PACT_DIR is set. */
export const PACT_DIRECTORY = fileURLToPath(new URL('./pacts/', import.meta.url));

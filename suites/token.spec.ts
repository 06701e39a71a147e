import { check, expect, test } from './support/fixtures.ts';
import { describeTokenShape, parseUtcTimestamp, readJsonBody, tokenObject, UTC_TIMESTAMP_FORMS } from './support/response.ts';

/** Juspay documents a token lifetime of 15 minutes. */
const TOKEN_LIFETIME_SECONDS = 900;

const TOKEN_FORMAT = /^tkn_[0-9a-f]{32}$/;

/** Largest gap between the target's Date header and this machine's clock that is taken as skew. */
const MAX_DATE_SKEW_MS = 5 * 60_000;

/** Token requests in a row for the freshness check: four catch a replay of every other token too. */
const FRESHNESS_CALLS = 4;

const NO_TOKEN_REASON = 'no juspay token object came back for options.get_client_auth_token=true, which token.issued reports';

test(...check('token.absent-by-default', 'a request without the option gets no juspay key', async ({ juspay }) => {
  const body = await readJsonBody(await juspay.getCustomer());

  expect(Object.hasOwn(body, 'juspay'), 'the body has a juspay key').toBe(false);
  expect(Object.hasOwn(body, 'client_auth_token'), 'the body has a top-level client_auth_token').toBe(false);
}));

test(...check('token.absent-by-default', 'options.get_client_auth_token=false gets no juspay key', async ({ juspay }) => {
  const body = await readJsonBody(await juspay.getCustomer({ tokenOption: 'false' }));

  expect(Object.hasOwn(body, 'juspay'), 'the body has a juspay key').toBe(false);
  expect(Object.hasOwn(body, 'client_auth_token'), 'the body has a top-level client_auth_token').toBe(false);
}));

test(...check('token.issued', 'options.get_client_auth_token=true adds the token and its expiry', async ({ juspay }) => {
  const response = await juspay.getCustomer({ tokenOption: 'true' });

  const token = tokenObject(await readJsonBody(response));
  expect(response.status(), 'status of a token request').toBe(200);
  expect(token, 'the juspay object').toBeDefined();
  expect(typeof token?.client_auth_token, 'type of juspay.client_auth_token').toBe('string');
  expect(typeof token?.client_auth_token_expiry, 'type of juspay.client_auth_token_expiry').toBe('string');
}));

test(...check('token.format', 'the token is tkn_ and 32 lowercase hex characters', async ({ juspay }) => {
  const token = tokenObject(await readJsonBody(await juspay.getCustomer({ tokenOption: 'true' })));
  test.skip(token === undefined, NO_TOKEN_REASON);

  const value = token?.client_auth_token;

  expect(
    typeof value === 'string' && TOKEN_FORMAT.test(value),
    `juspay.client_auth_token is tkn_ and 32 lowercase hex characters; got ${describeTokenShape(value)}`,
  ).toBe(true);
}));

test(...check('token.expiry-15min', 'the expiry is 15 minutes after the response', async ({ juspay, target }) => {
  const response = await juspay.getCustomer({ tokenOption: 'true' });
  const receivedAt = Date.now();
  const token = tokenObject(await readJsonBody(response));
  test.skip(token === undefined, NO_TOKEN_REASON);

  const expiry = parseUtcTimestamp(token?.client_auth_token_expiry);
  expect(expiry, `juspay.client_auth_token_expiry ${JSON.stringify(token?.client_auth_token_expiry)} is a UTC timestamp (${UTC_TIMESTAMP_FORMS})`).toBeDefined();

  // The server's own Date header removes clock skew between this machine and the target; it has
  // a resolution of one second, like the expiry itself.
  // A Date header further than MAX_DATE_SKEW_MS from this machine's clock is not trusted, so a
  // target cannot hide a stale expiry behind a stale Date.
  const serverDate = Date.parse(response.headers().date ?? '');
  const issuedAt = Number.isNaN(serverDate) || Math.abs(serverDate - receivedAt) > MAX_DATE_SKEW_MS ? receivedAt : serverDate;
  const lifetimeSeconds = Math.round((expiry! - issuedAt) / 1000);
  const tolerance = target.tokenExpiryToleranceSeconds;

  expect(expiry! > receivedAt, 'the token expires in the future by this machine\'s clock').toBe(true);
  expect(
    Math.abs(lifetimeSeconds - TOKEN_LIFETIME_SECONDS) <= tolerance,
    `the token expires ${lifetimeSeconds} s after the response; expected ${TOKEN_LIFETIME_SECONDS} s ± ${tolerance} s (JUSPAY_TOKEN_EXPIRY_TOLERANCE_S)`,
  ).toBe(true);
}));

test(...check('token.fresh-per-call', 'each token request gets a new token', async ({ juspay }) => {
  const tokens: unknown[] = [];
  for (let call = 0; call < FRESHNESS_CALLS; call += 1) {
    tokens.push(tokenObject(await readJsonBody(await juspay.getCustomer({ tokenOption: 'true' })))?.client_auth_token);
  }
  test.skip(tokens.some((token) => token === undefined), NO_TOKEN_REASON);

  const distinct = new Set(tokens).size;

  expect(
    distinct,
    `${FRESHNESS_CALLS} token requests in a row return ${FRESHNESS_CALLS} different tokens (a repeat means a cache or replay)`,
  ).toBe(FRESHNESS_CALLS);
}));

test(...check('token.bool-case', 'the option value True issues a token like true', async ({ juspay }) => {
  const lowercase = tokenObject(await readJsonBody(await juspay.getCustomer({ tokenOption: 'true' })));
  test.skip(lowercase === undefined, NO_TOKEN_REASON);

  const response = await juspay.getCustomer({ tokenOption: 'True' });

  expect(response.status(), 'status of a request with options.get_client_auth_token=True').toBe(200);
  expect(tokenObject(await readJsonBody(response)), 'the juspay object for True').toBeDefined();
}));

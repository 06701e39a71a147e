import { check, expect, test } from './support/fixtures.ts';
import { schemaFor } from './support/schema-choice.ts';
import { expectJsonContentType, readJsonBody } from './support/response.ts';
import { unknownApiKey } from './support/unknown-ids.ts';

/** Behind a proxy that injects the key, the key these checks send never reaches the upstream. */
const INJECTED_REASON = 'JUSPAY_PROXY_AUTH is injected: the proxy replaces the credentials this check sends';

test(...check('auth.wrong-key', 'an unknown API key returns 401 access_denied', async ({ juspay, target }) => {
  test.skip(target.proxyAuth === 'injected', INJECTED_REASON);
  const response = await juspay.getCustomer({ authorization: { kind: 'basic', apiKey: unknownApiKey(), colon: true } });

  expect(response.status(), 'status for an unknown API key').toBe(401);
  expectJsonContentType(response);
  const body = await readJsonBody(response);
  expect(body.error_code, 'the error_code field').toBe('access_denied');
  expect(body).toMatchSchema(schemaFor('error.access-denied', target.strict));
}));

test(...check('auth.missing', 'a request without Authorization returns 401 access_denied', async ({ juspay, target }) => {
  test.skip(target.proxyAuth === 'injected', INJECTED_REASON);
  const response = await juspay.getCustomer({ authorization: { kind: 'none' } });
  const body = await readJsonBody(response);
  expectJsonContentType(response);

  expect(response.status(), 'status without an Authorization header').toBe(401);
  expect(body.error_code, 'the error_code field').toBe('access_denied');
  expect(body).toMatchSchema(schemaFor('error.access-denied', target.strict));
}));

test(...check('auth.colon-optional', 'Basic auth without the trailing colon authenticates like with it', async ({ juspay, target }) => {
  test.skip(target.proxyAuth === 'injected', INJECTED_REASON);
  const withColon = await juspay.getCustomer();

  const withoutColon = await juspay.getCustomer({ authorization: { kind: 'basic', apiKey: target.apiKey, colon: false } });

  expect(withoutColon.status(), 'status for Basic base64(key) without the colon').toBe(200);
  expect((await readJsonBody(withoutColon)).id, 'the customer found, compared with Basic base64(key:)').toBe(
    (await readJsonBody(withColon)).id,
  );
}));

test(...check('auth.bad-origin', 'a 403 for a caller IP outside the whitelist has the documented shape', async ({ juspay, target }) => {
  test.skip(target.proxyAuth === 'injected', INJECTED_REASON);
  test.skip(!target.badOrigin, 'JUSPAY_BAD_ORIGIN_API_KEY and JUSPAY_BAD_ORIGIN_MERCHANT_ID are not set');
  const { apiKey, merchantId } = target.badOrigin!;

  const response = await juspay.getCustomer({
    authorization: { kind: 'basic', apiKey, colon: true },
    merchant: { header: 'x-merchantid', value: merchantId },
  });

  test.skip(response.status() !== 403, `the target answered ${response.status()}, not 403, for the IP-restricted merchant, so there is no 403 body to check`);
  expectJsonContentType(response);
  expect(await readJsonBody(response)).toMatchSchema(schemaFor('error.bad-origin', target.strict));
}));

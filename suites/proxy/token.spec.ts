import { createHash } from 'node:crypto';

import { check, expect, test } from '../support/fixtures.ts';
import { readJsonBody, tokenObject } from '../support/response.ts';
import { receivedUpstream, sendTraced, upstreamBehindProxy } from './upstream-exchange.ts';

/** Computes the mock's fingerprint of a token: the first 16 hex characters of its SHA-256. */
function fingerprintOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

test(...check('token.fresh-per-call', 'each token request through the proxy reaches the upstream', async ({ juspay, target }) => {
  const upstream = upstreamBehindProxy(target);
  const first = await sendTraced(juspay, target, { tokenOption: 'true' });
  const second = await sendTraced(juspay, target, { tokenOption: 'true' });
  const tokens = [tokenObject(await readJsonBody(first.response)), tokenObject(await readJsonBody(second.response))].map(
    (token) => token?.client_auth_token,
  );
  test.skip(
    tokens.some((token) => typeof token !== 'string'),
    'no juspay.client_auth_token came back for options.get_client_auth_token=true, which token.issued reports',
  );

  const receivedFirst = await receivedUpstream(upstream, first);
  const receivedSecond = await receivedUpstream(upstream, second);

  const fingerprints = [receivedFirst.response.clientAuthTokenFingerprint, receivedSecond.response.clientAuthTokenFingerprint];
  expect(fingerprints[0], 'the upstream sent a token for the first request').not.toBeNull();
  expect(fingerprints[1], 'the upstream sent a token for the second request').not.toBeNull();
  expect(fingerprints[0] !== fingerprints[1], 'the upstream sent two different tokens').toBe(true);
  // Fingerprints, never tokens, go into the messages: a token is a credential.
  expect(fingerprintOf(tokens[0] as string), 'fingerprint of the first token the caller got, compared with the one the upstream sent').toBe(fingerprints[0]);
  expect(fingerprintOf(tokens[1] as string), 'fingerprint of the second token the caller got, compared with the one the upstream sent').toBe(fingerprints[1]);
}));

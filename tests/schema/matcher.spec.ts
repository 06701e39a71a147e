import { test } from '@playwright/test';

import { expect } from '../../src/schema/matcher.ts';
import { customerWithToken, customerWithoutToken, token } from './samples.ts';

/** Runs an assertion that must fail and returns its message without terminal colour codes. */
function failureMessage(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message.replace(/\u001b\[[0-9;]*m/g, '');
  }
  throw new Error('The assertion passed, but the test expects it to fail.');
}

test('matcher passes for a conforming body', { tag: '@customer.shape' }, () => {
  expect(customerWithoutToken()).toMatchSchema('customer');
});

test('matcher message names the path, rule and actual value', () => {
  const body = { ...customerWithoutToken(), mobile_country_code: '+91' };

  const message = failureMessage(() => expect(body).toMatchSchema('customer'));

  expect(message).toContain('Expected: a value that matches schema "customer"');
  expect(message).toContain('Received: 1 issue');
  expect(message).toContain('/mobile_country_code: pattern ^[0-9]+$; actual "+91"');
});

test('matcher message lists every issue', () => {
  const body = { ...customerWithoutToken(), object: 'order', mobile_country_code: '+91' };

  const message = failureMessage(() => expect(body).toMatchSchema('customer'));

  expect(message).toContain('Received: 2 issues');
  expect(message).toContain('  /object: const "customer"; actual "order"');
  expect(message).toContain('  /mobile_country_code: pattern ^[0-9]+$; actual "+91"');
});

test('matcher message masks a client auth token', { tag: '@token.format' }, () => {
  const secret = 'tkn_8649CD66D30C47728B8DD2FB6279A4CC';
  const body = customerWithToken();
  body.juspay = { ...token(), client_auth_token: secret };

  const message = failureMessage(() => expect(body).toMatchSchema('customer.strict'));

  expect(message).toContain('/juspay/client_auth_token: pattern ^tkn_[0-9a-f]{32}$; actual "[redacted]"');
  expect(message).not.toContain(secret);
});

test('matcher message masks an e-mail address', { tag: '@customer.shape' }, () => {
  const { email_address: email, ...rest } = customerWithoutToken();
  const body = { ...rest, email };

  const message = failureMessage(() => expect(body).toMatchSchema('customer.strict'));

  expect(message).toContain('/email: unevaluatedProperties email; actual "[redacted]"');
  expect(message).not.toContain('customer@gmail.com');
});

test('matcher message masks a key name in the path', () => {
  const body = { ...customerWithoutToken(), 'customer@gmail.com': true };

  const message = failureMessage(() => expect(body).toMatchSchema('customer.strict'));

  expect(message).toContain('/[redacted]: unevaluatedProperties [redacted]; actual true');
  expect(message).not.toContain('customer@gmail.com');
});

test('negated matcher passes for a mismatching body', () => {
  const body = { ...customerWithoutToken(), http: {} };

  expect(body).not.toMatchSchema('customer');
});

test('negated matcher fails for a conforming body without printing it', () => {
  const message = failureMessage(() => expect(customerWithoutToken()).not.toMatchSchema('customer'));

  expect(message).toContain('Expected: a value that does not match schema "customer"');
  expect(message).not.toContain('cst_om2l6ctlptxwxuzj');
  expect(message).not.toContain('customer@gmail.com');
});

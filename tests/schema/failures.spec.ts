import { test } from '@playwright/test';

import { expect } from '../../src/schema/matcher.ts';
import { validateAgainst } from '../../src/schema/registry.ts';
import {
  accessDenied,
  badOrigin,
  customerWithToken,
  customerWithoutToken,
  invalidInput,
  notFoundWithInfo,
  token,
} from './samples.ts';

test('email in place of email_address passes the default customer', { tag: '@customer.shape' }, () => {
  const { email_address: email, ...rest } = customerWithoutToken();
  const body = { ...rest, email };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([]);
});

test('email in place of email_address fails the strict customer', { tag: '@customer.shape' }, () => {
  const { email_address: email, ...rest } = customerWithoutToken();
  const body = { ...rest, email };

  const issues = validateAgainst('customer.strict', body);

  expect(issues).toEqual([{ path: '/email', rule: 'unevaluatedProperties email', actual: '"[redacted]"' }]);
});

test('uppercase hex token fails the strict token', { tag: '@token.format' }, () => {
  const body = { ...token(), client_auth_token: 'tkn_8649CD66D30C47728B8DD2FB6279A4CC' };

  const issues = validateAgainst('token.strict', body);

  expect(issues).toEqual([
    { path: '/client_auth_token', rule: 'pattern ^tkn_[0-9a-f]{32}$', actual: '"[redacted]"' },
  ]);
});

test('uppercase hex token passes the default token', { tag: '@token.format' }, () => {
  const body = { ...token(), client_auth_token: 'tkn_8649CD66D30C47728B8DD2FB6279A4CC' };

  const issues = validateAgainst('token', body);

  expect(issues).toEqual([]);
});

test('strict customer checks the nested token format', { tag: '@token.format' }, () => {
  const body = customerWithToken();
  body.juspay = { ...token(), client_auth_token: 'tkn_short' };

  const issues = validateAgainst('customer.strict', body);

  expect(issues.map(({ path, rule }) => ({ path, rule }))).toEqual([
    { path: '/juspay/client_auth_token', rule: 'pattern ^tkn_[0-9a-f]{32}$' },
  ]);
});

test('strict customer rejects an extra field in juspay', { tag: '@token.issued' }, () => {
  const body = customerWithToken();
  body.juspay = { ...token(), scope: 'sdk' };

  const issues = validateAgainst('customer.strict', body);

  expect(issues).toEqual([{ path: '/juspay/scope', rule: 'unevaluatedProperties scope', actual: '"sdk"' }]);
});

test('401 with error_message fails access-denied', { tag: '@auth.wrong-key' }, () => {
  const body = { ...accessDenied(), error_message: 'Unauthorized' };

  const issues = validateAgainst('error.access-denied', body);

  expect(issues).toEqual([{ path: '/error_message', rule: 'forbidden', actual: '"Unauthorized"' }]);
});

test('401 without error_info fails access-denied', { tag: '@auth.wrong-key' }, () => {
  const { error_info: _omitted, ...body } = accessDenied();

  const issues = validateAgainst('error.access-denied', body);

  expect(issues).toEqual([{ path: '/error_info', rule: 'required error_info', actual: '(absent)' }]);
});

test('403 with status fails bad-origin', { tag: '@auth.bad-origin' }, () => {
  const body = { ...badOrigin(), status: 'error' };

  const issues = validateAgainst('error.bad-origin', body);

  expect(issues).toEqual([{ path: '/status', rule: 'forbidden', actual: '"error"' }]);
});

test('403 with a wrong error_info code fails bad-origin', { tag: '@auth.bad-origin' }, () => {
  const body = badOrigin();
  body.error_info = { code: 'UNAUTHORIZED' };

  const issues = validateAgainst('error.bad-origin', body);

  expect(issues).toEqual([{ path: '/error_info/code', rule: 'const "BAD_ORIGIN"', actual: '"UNAUTHORIZED"' }]);
});

test('top-level http key fails the default customer', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), http: { status: 200 } };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([{ path: '/http', rule: 'forbidden', actual: '{"status":200}' }]);
});

test('top-level http key fails the strict customer', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), http: { status: 200 } };

  const issues = validateAgainst('customer.strict', body);

  expect(issues.map(({ path }) => path)).toContain('/http');
  expect(issues.map(({ rule }) => rule)).toContain('forbidden');
});

test('mobile_number as a number fails', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), mobile_number: 9988776655 };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([{ path: '/mobile_number', rule: 'type string', actual: '[redacted]' }]);
});

test('mobile_number over 16 digits fails', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), mobile_number: '12345678901234567' };

  const issues = validateAgainst('customer', body);

  expect(issues.map(({ path, rule }) => ({ path, rule }))).toEqual([{ path: '/mobile_number', rule: 'maxLength 16' }]);
});

test('mobile_country_code with a plus fails', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), mobile_country_code: '+91' };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([{ path: '/mobile_country_code', rule: 'pattern ^[0-9]+$', actual: '"+91"' }]);
});

test('empty object_reference_id fails', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), object_reference_id: '' };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([{ path: '/object_reference_id', rule: 'minLength 1', actual: '""' }]);
});

test('object other than customer fails', { tag: '@customer.found' }, () => {
  const body = { ...customerWithoutToken(), object: 'order' };

  const issues = validateAgainst('customer', body);

  expect(issues).toEqual([{ path: '/object', rule: 'const "customer"', actual: '"order"' }]);
});

test('uppercase customer id passes default and fails strict', { tag: '@customer.shape' }, () => {
  const body = { ...customerWithoutToken(), id: 'cst_OM2L6CTLPTXWXUZJ' };

  expect(validateAgainst('customer', body)).toEqual([]);
  expect(validateAgainst('customer.strict', body)).toEqual([
    { path: '/id', rule: 'pattern ^cst_[a-z0-9]{16}$', actual: '"cst_OM2L6CTLPTXWXUZJ"' },
  ]);
});

for (const timestamp of ['2020-03-17T14:29:17+05:30', '2020-03-17T14:29:17.123Z', '2020-03-17 14:29:17Z', '2020-13-17T14:29:17Z']) {
  test(`timestamp ${timestamp} fails`, { tag: '@customer.timestamps' }, () => {
    const body = { ...customerWithoutToken(), last_updated: timestamp };

    const issues = validateAgainst('customer', body);

    expect(issues.map(({ path }) => path)).toEqual(['/last_updated']);
  });
}

test('strict not-found rejects an extra error_info field', { tag: '@error.not-found' }, () => {
  const body = notFoundWithInfo();
  body.error_info = { ...(body.error_info as object), trace_id: 'abc' };

  expect(validateAgainst('error.not-found', body)).toEqual([]);
  expect(validateAgainst('error.not-found.strict', body)).toEqual([
    { path: '/error_info/trace_id', rule: 'unevaluatedProperties trace_id', actual: '"abc"' },
  ]);
});

test('not-found with another error_code fails', { tag: '@error.not-found' }, () => {
  const body = { ...notFoundWithInfo(), error_code: 'not_found' };

  const issues = validateAgainst('error.not-found', body);

  expect(issues).toEqual([{ path: '/error_code', rule: 'const "object_not_found"', actual: '"not_found"' }]);
});

test('strict invalid-input rejects an extra field in a fields entry', () => {
  const body = invalidInput();
  body.error_info = {
    ...(body.error_info as object),
    fields: [{ field_name: 'mobile_number', reason: 'Invalid value.', hint: 'digits only' }],
  };

  expect(validateAgainst('error.invalid-input', body)).toEqual([]);
  expect(validateAgainst('error.invalid-input.strict', body)).toEqual([
    { path: '/error_info/fields/0/hint', rule: 'unevaluatedProperties hint', actual: '"digits only"' },
  ]);
});

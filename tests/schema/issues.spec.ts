import { test } from '@playwright/test';

import { formatIssue } from '../../src/schema/issues.ts';
import { expect } from '../../src/schema/matcher.ts';
import { validateAgainst } from '../../src/schema/registry.ts';
import { customerWithToken, customerWithoutToken, token } from './samples.ts';

test('missing field points at the field itself', () => {
  const { client_auth_token: _omitted, ...body } = token();

  const issues = validateAgainst('token', body);

  expect(issues).toEqual([
    { path: '/client_auth_token', rule: 'required client_auth_token', actual: '(absent)' },
  ]);
});

test('whole-value failure uses the root path', () => {
  const issues = validateAgainst('customer', ['not', 'an', 'object']);

  expect(issues).toEqual([{ path: '(root)', rule: 'type object', actual: '["not","an","object"]' }]);
});

test('every mismatch is reported', () => {
  const body = { ...customerWithoutToken(), object: 'order', mobile_number: 12, first_name: 7 };

  const issues = validateAgainst('customer', body);

  expect(issues.map(({ path }) => path)).toEqual(['/object', '/mobile_number', '/first_name']);
});

test('rule failing twice in a strict variant is listed once', () => {
  const body = customerWithToken();
  body.juspay = { client_auth_token: 'tkn_8649cd66d30c47728b8dd2fb6279a4cc' };

  const issues = validateAgainst('customer.strict', body);

  expect(issues).toEqual([
    {
      path: '/juspay/client_auth_token_expiry',
      rule: 'required client_auth_token_expiry',
      actual: '(absent)',
    },
  ]);
});

test('long actual value is shortened', () => {
  const body = { ...customerWithoutToken(), first_name: 'x'.repeat(200) };

  const [issue] = validateAgainst('customer', body);

  expect(issue?.rule).toBe('maxLength 64');
  expect(issue?.actual).toHaveLength(80);
  expect(issue?.actual.endsWith('…')).toBe(true);
});

test('actual value masks an e-mail address', () => {
  const body = { ...customerWithoutToken(), email_address: ['customer@gmail.com'] };

  const [issue] = validateAgainst('customer', body);

  expect(issue?.actual).toBe('["[redacted]"]');
});

test('actual value masks a token before shortening it', () => {
  // Masking after shortening would let a cut-off credential through unmasked.
  const body = { ...customerWithoutToken(), email_address: `${'x'.repeat(60)} tkn_8649cd66d30c47728b8dd2fb6279a4cc ${'y'.repeat(100)}` };

  const [issue] = validateAgainst('customer', body);

  expect(issue?.actual).not.toContain('tkn_8649');
  expect(issue?.actual).toContain('[redacted]');
});

test('issue formats as path, rule and actual', () => {
  const line = formatIssue({ path: '/mobile_number', rule: 'type string', actual: '99' });

  expect(line).toBe('/mobile_number: type string; actual 99');
});

test('key with a slash is escaped in the path', () => {
  const body = { ...customerWithoutToken(), 'a/b~c': 1 };

  const issues = validateAgainst('customer.strict', body);

  expect(issues.map(({ path }) => path)).toEqual(['/a~1b~0c']);
});

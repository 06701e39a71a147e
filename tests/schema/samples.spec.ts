import { test } from '@playwright/test';

import { expect } from '../../src/schema/matcher.ts';
import { validateAgainst, type SchemaName } from '../../src/schema/registry.ts';
import {
  accessDenied,
  alreadyExists,
  badOrigin,
  badRequest,
  customerWithToken,
  customerWithoutToken,
  invalidInput,
  notFound,
  notFoundWithInfo,
  token,
  type Body,
} from './samples.ts';

interface Sample {
  readonly title: string;
  readonly schema: SchemaName;
  readonly body: () => Body;
  readonly check?: string;
}

const SAMPLES: readonly Sample[] = [
  { title: 'customer sample without token', schema: 'customer', body: customerWithoutToken, check: 'customer.shape' },
  { title: 'customer sample with token', schema: 'customer', body: customerWithToken, check: 'token.issued' },
  { title: 'token sample', schema: 'token', body: token, check: 'token.format' },
  { title: '404 sample', schema: 'error.not-found', body: notFound, check: 'error.not-found' },
  { title: '404 with error_info', schema: 'error.not-found', body: notFoundWithInfo, check: 'error.not-found' },
  { title: '401 access-denied body', schema: 'error.access-denied', body: accessDenied, check: 'auth.wrong-key' },
  { title: '403 bad-origin body', schema: 'error.bad-origin', body: badOrigin, check: 'auth.bad-origin' },
  { title: '400 bad-request template', schema: 'error.bad-request', body: badRequest, check: 'header.merchant-id-missing' },
  { title: 'already-exists body', schema: 'error.already-exists', body: alreadyExists },
  { title: 'invalid-input body', schema: 'error.invalid-input', body: invalidInput },
];

for (const sample of SAMPLES) {
  const tag = sample.check === undefined ? [] : [`@${sample.check}`];

  test(`${sample.title} validates against ${sample.schema}`, { tag }, () => {
    expect(sample.body()).toMatchSchema(sample.schema);
  });

  test(`${sample.title} validates against ${sample.schema}.strict`, { tag }, () => {
    expect(sample.body()).toMatchSchema(`${sample.schema}.strict` as SchemaName);
  });
}

test('+0000 timestamps validate', { tag: '@customer.timestamps' }, () => {
  const body = customerWithToken();
  body.date_created = '2020-03-17T14:29:17+0000';
  body.last_updated = '2020-03-17T14:29:17+0000';
  body.juspay = { ...token(), client_auth_token_expiry: '2020-03-17T14:45:26+0000' };

  const issues = validateAgainst('customer.strict', body);

  expect(issues).toEqual([]);
});

test('optional customer fields may be null', { tag: '@customer.shape' }, () => {
  const body = customerWithoutToken();
  for (const field of ['email_address', 'first_name', 'last_name', 'mobile_country_code']) body[field] = null;

  expect(body).toMatchSchema('customer');
  expect(body).toMatchSchema('customer.strict');
});

test('optional customer fields may be absent', { tag: '@customer.shape' }, () => {
  const body = customerWithoutToken();
  for (const field of ['email_address', 'first_name', 'last_name', 'mobile_country_code']) delete body[field];

  expect(body).toMatchSchema('customer');
  expect(body).toMatchSchema('customer.strict');
});

test('default customer allows unknown extra fields', { tag: '@customer.shape' }, () => {
  const body: Body = { ...customerWithToken(), loyalty_tier: 'gold' };
  body.juspay = { ...token(), scope: 'sdk' };

  expect(body).toMatchSchema('customer');
});

test('timestamp schema accepts both UTC forms', { tag: '@customer.timestamps' }, () => {
  expect('2020-03-17T14:29:17Z').toMatchSchema('timestamp');
  expect('2020-03-17T14:29:17+0000').toMatchSchema('timestamp');
});

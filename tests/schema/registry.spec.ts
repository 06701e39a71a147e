import { readdirSync } from 'node:fs';

import { test } from '@playwright/test';

import {
  SCHEMA_NAMES,
  UnknownSchemaError,
  createSchemaAjv,
  readSchemaDocument,
  schemaId,
  validateAgainst,
  type SchemaName,
} from '../../src/schema/registry.ts';
import { expect } from '../../src/schema/matcher.ts';

const SCHEMA_DIRECTORY = new URL('../../schemas/', import.meta.url);

for (const name of SCHEMA_NAMES) {
  test(`${name} compiles in ajv strict mode`, () => {
    const ajv = createSchemaAjv();
    for (const other of SCHEMA_NAMES) ajv.addSchema(readSchemaDocument(other));

    const compile = () => ajv.getSchema(schemaId(name));

    expect(compile).not.toThrow();
    expect(compile()).toBeDefined();
  });

  test(`${name} has a title and a description`, () => {
    const document = readSchemaDocument(name);

    expect(typeof document.title).toBe('string');
    expect(typeof document.description).toBe('string');
  });
}

test('registry lists every schema file', () => {
  const files = readdirSync(SCHEMA_DIRECTORY).filter((file) => file.endsWith('.schema.json'));

  const names = files.map((file) => file.slice(0, -'.schema.json'.length));

  expect([...names].sort()).toEqual([...SCHEMA_NAMES].sort());
});

test('schema ajv rejects an unknown keyword', () => {
  const ajv = createSchemaAjv();

  const compile = () => ajv.compile({ type: 'string', maxLenght: 3 });

  expect(compile).toThrow(/unknown keyword: "maxLenght"/);
});

test('unknown schema name raises UnknownSchemaError', () => {
  const validate = () => validateAgainst('customer.loose' as SchemaName, {});

  expect(validate).toThrow(UnknownSchemaError);
  expect(validate).toThrow(/Schema "customer.loose" is unknown/);
});

test('strict variants allow every field their default declares', () => {
  // A body with every documented field set must pass both variants. Otherwise a strict variant
  // rejects a documented field, or tightens a rule beyond what the documented values satisfy.
  const documents: readonly { name: SchemaName; body: unknown }[] = [
    { name: 'customer', body: fullCustomer() },
    { name: 'token', body: fullCustomer().juspay },
  ];

  for (const { name, body } of documents) {
    expect(validateAgainst(name, body)).toEqual([]);
    expect(validateAgainst(`${name}.strict` as SchemaName, body)).toEqual([]);
  }
});

test('customer embeds the token and timestamp schemas unchanged', () => {
  // customer.schema.json and token.schema.json carry copies of these definitions so that
  // OpenAPI tools resolve each file on its own. The copies must not drift from the originals.
  const customer = readSchemaDocument('customer');
  const token = readSchemaDocument('token');
  const timestamp = readSchemaDocument('timestamp');

  expect(customer.$defs.token.required).toEqual(token.required);
  expect(customer.$defs.token.properties).toEqual(token.properties);
  expect(customer.$defs.timestamp.pattern).toBe(timestamp.pattern);
  expect(token.$defs.timestamp.pattern).toBe(timestamp.pattern);
});

function fullCustomer() {
  return {
    id: 'cst_om2l6ctlptxwxuzj',
    object: 'customer',
    object_reference_id: 'customer@gmail.com',
    mobile_number: '9988776655',
    mobile_country_code: '91',
    email_address: 'customer@gmail.com',
    first_name: 'John',
    last_name: 'Smith',
    date_created: '2020-03-17T14:29:17Z',
    last_updated: '2020-03-17T14:29:17Z',
    juspay: {
      client_auth_token: 'tkn_8649cd66d30c47728b8dd2fb6279a4cc',
      client_auth_token_expiry: '2020-03-17T14:45:26Z',
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { EXAMPLE_CLIENT_AUTH_TOKEN } from '../../contracts/consumer/get-customer-matchers.ts';
import { PLACEHOLDER_AUTHORIZATION } from '../../contracts/placeholder-credentials.ts';
import { SEED_MERCHANTS, expect, test } from './verification-test.ts';

const CONTRACTS_DIRECTORY = fileURLToPath(new URL('../../contracts/', import.meta.url));

/** Reads every file under contracts/ (sources, pact files, configs) with its text. */
function readContractFiles(): { readonly path: string; readonly text: string }[] {
  const files: { path: string; text: string }[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.push({ path: relative(CONTRACTS_DIRECTORY, path), text: readFileSync(path, 'utf8') });
    }
  };
  visit(CONTRACTS_DIRECTORY);
  return files;
}

/** Finds each match of `pattern` in the contract files, as "file: match". */
function findInContracts(pattern: RegExp): string[] {
  return readContractFiles().flatMap(({ path, text }) => [...text.matchAll(pattern)].map((match) => `${path}: ${match[0]}`));
}

test.describe('contract files', () => {
  test('contain the committed pact file', () => {
    const paths = readContractFiles().map((file) => file.path);

    expect(paths).toContain(join('pacts', 'merchant-backend-juspay-get-customer.json'));
  });

  test('contain no API key of the mock', () => {
    for (const merchant of SEED_MERCHANTS) {
      expect(findInContracts(new RegExp(merchant.api_key, 'g')), merchant.merchant_id).toEqual([]);
    }
  });

  test('contain no Authorization value but the placeholder', () => {
    const values = findInContracts(/Basic\s+[A-Za-z0-9+/=]+/g);

    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !value.endsWith(PLACEHOLDER_AUTHORIZATION))).toEqual([]);
  });

  test('contain no client auth token but the documented sample', () => {
    const tokens = findInContracts(/tkn_[A-Za-z0-9]+/g);

    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.filter((token) => !token.endsWith(EXAMPLE_CLIENT_AUTH_TOKEN))).toEqual([]);
  });
});

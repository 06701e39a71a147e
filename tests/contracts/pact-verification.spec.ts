import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROVIDER_NAME } from '../../contracts/contract-names.ts';
import { startRenamingProxy } from './renaming-proxy.ts';
import { SEED_MERCHANTS, expect, targetEnvironment, test } from './verification-test.ts';

// Each test runs the verifier in a child process: about 2 s, bounded by RUN_TIMEOUT_MS.
test.describe.configure({ timeout: 90_000 });

const [primaryMerchant, otherMerchant] = SEED_MERCHANTS;
if (primaryMerchant === undefined || otherMerchant === undefined) throw new Error('The mock seed file needs at least two merchants.');
const seedCustomer = primaryMerchant.customers[0];
if (seedCustomer === undefined) throw new Error('The first seed merchant needs a customer.');

test.describe('pact verification', () => {
  test('passes against the embedded mock by default', async ({ verifyPacts }) => {
    const run = await verifyPacts({});

    expect(run.exitCode, run.output).toBe(0);
    expect(run.stdout).toContain('Pact verification passed: 5 interactions against mock.');
  });

  test('requests the customers that provider states create', async ({ startMock, verifyPacts }) => {
    // The example customer in the pact belongs to another merchant, so only injected ids can pass.
    const mock = await startMock();

    const run = await verifyPacts(targetEnvironment(mock.url, otherMerchant));

    expect(run.exitCode, run.output).toBe(0);
  });

  test('error.not-found: fails when the 404 has another error_code', async ({ startMock, verifyPacts }) => {
    const mock = await startMock(['error.not-found']);

    const run = await verifyPacts(targetEnvironment(mock.url, primaryMerchant, seedCustomer));

    expect(run.exitCode, run.output).toBe(1);
    expect(run.stdout).toMatch(/error\.not-found: .* - \$\.error_code: Expected 'not_found'/);
  });

  test('token.issued: fails when the juspay object is missing', async ({ startMock, verifyPacts }) => {
    const mock = await startMock(['token.issued']);

    const run = await verifyPacts(targetEnvironment(mock.url, primaryMerchant, seedCustomer));

    expect(run.exitCode, run.output).toBe(1);
    expect(run.stdout).toMatch(/token\.issued: .* - \$: .*juspay/);
  });

  test('customer.found: fails when email_address is renamed', async ({ startMock, verifyPacts }) => {
    const mock = await startMock();
    const proxy = await startRenamingProxy(mock.url, 'email_address', 'email');
    test.info().attach('renaming proxy', { body: proxy.url });

    try {
      const run = await verifyPacts(targetEnvironment(proxy.url, primaryMerchant));

      expect(run.exitCode, run.output).toBe(1);
      expect(run.stdout).toMatch(/customer\.found: .* - \$: .*email_address/);
    } finally {
      await proxy.close();
    }
  });

  test('fails on an empty pact directory', async ({ verifyPacts }, testInfo) => {
    const emptyDirectory = testInfo.outputPath('empty-pacts');
    mkdirSync(emptyDirectory, { recursive: true });

    const run = await verifyPacts({ PACT_DIR: emptyDirectory });

    expect(run.exitCode, run.output).toBe(2);
    expect(run.stderr).toContain(`No pact file (*.json) was found in ${emptyDirectory}`);
  });

  test('fails on a pact file without interactions', async ({ verifyPacts }, testInfo) => {
    const directory = testInfo.outputPath('hollow-pacts');
    mkdirSync(directory, { recursive: true });
    const file = join(directory, 'merchant-backend-juspay-get-customer.json');
    writeFileSync(file, JSON.stringify({ consumer: { name: 'merchant-backend' }, provider: { name: PROVIDER_NAME }, interactions: [] }));

    const run = await verifyPacts({ PACT_DIR: directory });

    expect(run.exitCode, run.output).toBe(2);
    expect(run.stderr).toContain(`The pact file ${file} contains no interaction`);
  });

  test('masks tokens that a mismatch prints', async ({ startMock, verifyPacts }) => {
    // With this fault tokens are tkn_ and uppercase hex, so the core prints the rejected token.
    const mock = await startMock(['token.format']);

    const run = await verifyPacts(targetEnvironment(mock.url, primaryMerchant, seedCustomer));

    expect(run.exitCode, run.output).toBe(1);
    expect(run.stdout).toMatch(/token\.issued: .* - \$\.juspay\.client_auth_token: Expected '\[redacted\]'/);
    expect(run.output).not.toMatch(/tkn_[0-9A-Fa-f]{32}/);
  });

  test('never prints the API key or its Authorization value', async ({ startMock, verifyPacts }) => {
    const mock = await startMock(['auth.wrong-key']);
    const authorization = Buffer.from(`${primaryMerchant.api_key}:`).toString('base64');

    const run = await verifyPacts(targetEnvironment(mock.url, primaryMerchant, seedCustomer));

    expect(run.exitCode, run.output).toBe(1);
    expect(run.output).not.toContain(primaryMerchant.api_key);
    expect(run.output).not.toContain(authorization);
  });
});

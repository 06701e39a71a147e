import { checksWithOutcome, runSuite } from '../suite/run-suite.ts';
import type { NginxVariant } from './nginx-config.ts';
import { expect, test } from './proxy-fixtures.ts';
import { proxySuiteEnvironment } from './proxy-suite-environment.ts';
import { outcomesOf, PROXY_CHECK_IDS, PROXY_TOKEN_TEST_TITLE, testOutcome } from './run-outcomes.ts';

// Each test is a whole conformance run in a child process, through nginx, in strict mode.
test.describe.configure({ timeout: 120_000 });

test('pass-through nginx certifies cleanly', async ({ upstream, startProxy }) => {
  const proxy = await startProxy('pass-through');

  const run = await runSuite(proxySuiteEnvironment(proxy.url, upstream.adminUrl));

  expect(run.exitCode, run.output).toBe(0);
  expect(run.checks?.verdict).toBe('conformant');
  expect(checksWithOutcome(run, 'fail')).toEqual([]);
  expect(checksWithOutcome(run, 'warn')).toEqual([]);
  expect(outcomesOf(run, PROXY_CHECK_IDS)).toEqual(Object.fromEntries(PROXY_CHECK_IDS.map((id) => [id, 'pass'])));
  expect(testOutcome(run, PROXY_TOKEN_TEST_TITLE), 'the token test that looks at both sides').toBe('pass');
});

interface BrokenProxy {
  readonly variant: NginxVariant;
  /** Path prefix under which the variant serves the API. */
  readonly basePath?: string;
  /** Every check the run fails, SHOULD checks included because the runs are strict. */
  readonly failing: readonly string[];
  /** Titles of tests that must be among the failures. */
  readonly failingTests?: readonly string[];
}

const BROKEN_PROXIES: readonly BrokenProxy[] = [
  { variant: 'strips-routing-id', failing: ['proxy.headers-forwarded'] },
  { variant: 'adds-credential-header', failing: ['proxy.credentials'] },
  // Seen from both sides: the caller gets the same token twice, and the upstream misses a request.
  { variant: 'caches-tokens', failing: ['token.fresh-per-call'], failingTests: [PROXY_TOKEN_TEST_TITLE] },
  // Every 404 changes, so another merchant's customer and most hostile ids fail as well.
  { variant: 'not-found-as-200', failing: ['error.not-found', 'error.other-merchant', 'input.hostile-id', 'proxy.errors-passed-through'] },
  { variant: 'not-found-as-html', failing: ['error.not-found', 'error.other-merchant', 'input.hostile-id', 'proxy.errors-passed-through'] },
  // Without the query no token is issued, so the other token checks are skipped, not failed.
  { variant: 'drops-query', failing: ['proxy.path-preserved', 'token.issued'] },
  // A ".." in a hostile id leaves the /juspay/ location, and nginx returns its own HTML 404.
  { variant: 'strips-prefix', basePath: '/juspay', failing: ['input.hostile-id', 'proxy.path-preserved'] },
];

for (const { variant, basePath = '', failing, failingTests = [] } of BROKEN_PROXIES) {
  test(`${variant} nginx fails exactly ${failing.join(', ')}`, async ({ upstream, startProxy }) => {
    const proxy = await startProxy(variant);

    const run = await runSuite(proxySuiteEnvironment(`${proxy.url}${basePath}`, upstream.adminUrl));

    expect(checksWithOutcome(run, 'fail'), run.output).toEqual([...failing].sort());
    for (const title of failingTests) expect(testOutcome(run, title), title).toBe('fail');
    expect(run.checks?.verdict).toBe('non-conformant');
    expect(run.exitCode).toBe(1);
  });
}

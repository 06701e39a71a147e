import { join } from 'node:path';

import { dereference, validate, compileErrors } from '@readme/openapi-parser';
import { expect, test } from '@playwright/test';

import { PROJECT_ROOT } from '../ci/support/child-process.ts';
import { outcomesByCheck, runConformance } from '../ci/support/conformance-run.ts';
import { INTEROP_DOC, readDocumentedPrismOutcomes } from './support/interop-doc.ts';
import { startPrismMock } from './support/prism-mock.ts';

const OPENAPI_DOCUMENT = 'schemas/openapi.json';

// Prism starts in a few seconds; each suite run is a whole Playwright run in a child process.
test.describe.configure({ timeout: 180_000 });

test('openapi.json loads in openapi-parser unedited', async () => {
  const path = join(PROJECT_ROOT, OPENAPI_DOCUMENT);

  const result = await validate(path);
  const document = await dereference(path);

  expect(result.valid, compileErrors(result)).toBe(true);
  expect(Object.keys(document.paths ?? {})).toContain('/customers/{customer_id}');
});

test(`checks against a Prism mock match ${INTEROP_DOC}`, async ({}, testInfo) => {
  // A malformed percent escape, one case of input.hostile-id, stops Prism (see the next test),
  // so that check runs against a Prism of its own and cannot take the other checks down with it.
  const [mainPrism, hostileIdPrism] = await Promise.all([startPrismMock(OPENAPI_DOCUMENT), startPrismMock(OPENAPI_DOCUMENT)]);
  try {
    const [main, hostileId] = await Promise.all([
      runConformance({
        reportsDir: testInfo.outputPath('reports'),
        env: { JUSPAY_BASE_URL: mainPrism.url },
        args: ['--grep-invert', 'input\\.hostile-id'],
      }),
      runConformance({
        reportsDir: testInfo.outputPath('reports-hostile-id'),
        env: { JUSPAY_BASE_URL: hostileIdPrism.url },
        args: ['--grep', 'input\\.hostile-id'],
      }),
    ]);
    const outcomes = { ...outcomesByCheck(main.checks), ...outcomesByCheck(hostileId.checks) };
    await testInfo.attach('outcomes against Prism', { body: JSON.stringify(outcomes, null, 2), contentType: 'application/json' });

    expect(main.checks, main.output).toBeDefined();
    expect(hostileId.checks, hostileId.output).toBeDefined();
    expect(main.exitCode, 'a MUST check fails against Prism, so the run is non-conformant').toBe(1);
    expect(outcomes, `update the table in ${INTEROP_DOC} when Prism or the suite changes`).toEqual(readDocumentedPrismOutcomes());
  } finally {
    await Promise.all([mainPrism.close(), hostileIdPrism.close()]);
  }
});

test('Prism exits on a malformed percent escape', async () => {
  const prism = await startPrismMock(OPENAPI_DOCUMENT);
  try {
    const request = fetch(`${prism.url}/customers/cst_%E0%A4%A`, {
      headers: { authorization: `Basic ${Buffer.from('key:').toString('base64')}`, 'x-merchantid': 'merchant' },
      signal: AbortSignal.timeout(10_000),
    });

    const error = await request.then(() => undefined, (reason: unknown) => reason);
    const exitCode = await Promise.race([prism.exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 10_000))]);

    expect(error, 'the request gets no response').toBeInstanceOf(Error);
    expect(exitCode, `Prism stopped; if it now survives, update ${INTEROP_DOC} and join the two runs`).not.toBe('running');
    expect(prism.output()).toContain('URIError: URI malformed');
  } finally {
    await prism.close();
  }
});

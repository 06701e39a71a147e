import { expect, test } from '@playwright/test';

import { CATALOGUE_VERSION, CHECKS } from '../../src/catalogue/checks.ts';
import { buildCertification, NOT_RUN_NOTE, type CertificationOptions } from '../../src/certification/build-certification.ts';
import type { CertifiedCheck } from '../../src/certification/certification.ts';
import { checkResults, evidence, summary } from './documents.ts';

const OPTIONS: CertificationOptions = {
  strict: false,
  generatedAt: '2025-01-02T04:00:00.000Z',
  tool: { name: 'juspay-get-customer-conformance', version: '9.9.9' },
  catalogueSha256: 'a'.repeat(64),
};

function findCertified(checks: readonly CertifiedCheck[], id: string): CertifiedCheck {
  const check = checks.find((candidate) => candidate.id === id);
  if (check === undefined) throw new Error(`The certification has no check ${id}.`);
  return check;
}

test('passing check is certified as pass', () => {
  const document = checkResults([summary('customer.found', [{ outcome: 'pass', evidence: [evidence(200, '{"id":"cst_1"}')] }])]);

  const check = findCertified(buildCertification(document, OPTIONS).checks, 'customer.found');

  expect(check.result).toBe('pass');
  expect(check.level).toBe('MUST');
  expect(check.evidence).toEqual([
    { method: 'GET', path: '/customers/cst_om2l6ctlptxwxuzj', status: 200, contentType: 'application/json', excerpt: '{"id":"cst_1"}' },
  ]);
});

test('failing check shows the first failing test evidence', () => {
  const document = checkResults([
    summary('error.not-found', [
      { title: 'passes first', outcome: 'pass', evidence: [evidence(404, 'passing body')] },
      { title: 'fails first', outcome: 'fail', notes: ['error_code is "not_found"'], evidence: [evidence(404, 'first failing body')] },
      { title: 'fails second', outcome: 'fail', notes: ['second failure'], evidence: [evidence(500, 'second failing body')] },
    ]),
  ]);

  const check = findCertified(buildCertification(document, OPTIONS).checks, 'error.not-found');

  expect(check.result).toBe('fail');
  expect(check.evidenceTest).toBe('fails first');
  expect(check.evidence.map((entry) => entry.excerpt)).toEqual(['first failing body']);
  expect(check.notes).toEqual(['error_code is "not_found"', 'second failure']);
});

test('failing MUST check makes the target non-conformant', () => {
  const document = checkResults([summary('error.not-found', [{ outcome: 'fail' }])]);

  const report = buildCertification(document, OPTIONS);

  expect(report.verdict).toBe('non-conformant');
  expect(report.counts.fail).toBe(1);
});

test('SHOULD warning stays a warning without strict mode', () => {
  const document = checkResults([summary('token.format', [{ outcome: 'warn', notes: ['token is upper case'] }])]);

  const report = buildCertification(document, OPTIONS);

  expect(findCertified(report.checks, 'token.format').result).toBe('warn');
  expect(report.verdict).toBe('conformant');
  expect(report.strict).toBe(false);
});

test('SHOULD warning fails when the run was strict', () => {
  const document = checkResults([summary('token.format', [{ outcome: 'warn' }])], { strict: true });

  const report = buildCertification(document, OPTIONS);

  expect(findCertified(report.checks, 'token.format').result).toBe('fail');
  expect(report.verdict).toBe('non-conformant');
  expect(report.runStrict).toBe(true);
});

test('SHOULD warning fails with the strict option', () => {
  const document = checkResults([summary('token.format', [{ outcome: 'warn', notes: ['token is upper case'] }])]);

  const report = buildCertification(document, { ...OPTIONS, strict: true });
  const check = findCertified(report.checks, 'token.format');

  expect(check.result).toBe('fail');
  expect(check.recordedOutcome).toBe('warn');
  expect(check.notes[0]).toContain('strict mode counts a SHOULD warning as a failure');
  expect(report.verdict).toBe('non-conformant');
  expect(report.runStrict).toBe(false);
  expect(report.strict).toBe(true);
});

test('MUST failure is a failure without strict mode', () => {
  const document = checkResults([summary('customer.shape', [{ outcome: 'fail' }])]);

  const check = findCertified(buildCertification(document, OPTIONS).checks, 'customer.shape');

  expect(check.result).toBe('fail');
});

test('observed MAY check stays observed in strict mode', () => {
  const document = checkResults([summary('header.merchant-id-alias', [{ outcome: 'observed', notes: ['200 without x-merchantid'] }])]);

  const report = buildCertification(document, { ...OPTIONS, strict: true });

  expect(findCertified(report.checks, 'header.merchant-id-alias').result).toBe('observed');
  expect(findCertified(report.checks, 'header.merchant-id-alias').notes).toEqual(['200 without x-merchantid']);
  expect(report.verdict).toBe('conformant');
});

test('catalogue check missing from the run is skipped as not run', () => {
  const document = checkResults([summary('customer.found', [{ outcome: 'pass' }])]);

  const check = findCertified(buildCertification(document, OPTIONS).checks, 'auth.bad-origin');

  expect(check.result).toBe('skip');
  expect(check.notes).toEqual([NOT_RUN_NOTE]);
  expect(check.recordedOutcome).toBeNull();
  expect(check.evidence).toEqual([]);
});

test('skipped check keeps its skip reason', () => {
  const document = checkResults([summary('auth.bad-origin', [{ outcome: 'skip', notes: ['JUSPAY_BAD_ORIGIN_API_KEY is not set'] }])]);

  const check = findCertified(buildCertification(document, OPTIONS).checks, 'auth.bad-origin');

  expect(check.result).toBe('skip');
  expect(check.notes).toEqual(['JUSPAY_BAD_ORIGIN_API_KEY is not set']);
});

test('report lists every catalogue check in catalogue order', () => {
  const document = checkResults([summary('token.issued', [{ outcome: 'pass' }])]);

  const report = buildCertification(document, OPTIONS);

  expect(report.checks.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
  expect(report.counts.skip).toBe(CHECKS.length - 1);
});

test('report carries the run metadata', () => {
  const document = checkResults([], { startedAt: '2025-05-06T07:08:09.000Z', target: { kind: 'proxy', baseUrl: 'https://gateway.example.com/juspay' } });

  const report = buildCertification(document, OPTIONS);

  expect(report.target).toEqual({ kind: 'proxy', baseUrl: 'https://gateway.example.com/juspay' });
  expect(report.catalogue).toEqual({ version: CATALOGUE_VERSION, sha256: 'a'.repeat(64) });
  expect(report.tool).toEqual({ name: 'juspay-get-customer-conformance', version: '9.9.9' });
  expect(report.runStartedAt).toBe('2025-05-06T07:08:09.000Z');
  expect(report.generatedAt).toBe('2025-01-02T04:00:00.000Z');
});

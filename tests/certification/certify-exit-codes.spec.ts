import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkResults, summary } from './documents.ts';
import { expect, test } from './fixtures.ts';
import { runCertify } from './run-command.ts';

/** Lines such as "    at main (file.ts:1:2)" that only a stack trace prints. */
const STACK_LINE = /^\s+at\s/m;

function writeDocument(path: string, document: unknown): string {
  writeFileSync(path, JSON.stringify(document));
  return path;
}

test('conformant run exits 0 and writes three files', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([summary('customer.found', [{ outcome: 'pass' }])]));
  const outputDir = join(workDir, 'out');

  const run = await runCertify(['--input', input, '--output-dir', outputDir], {});

  expect(run.exitCode, run.stderr).toBe(0);
  expect(run.stdout).toContain('Certification: conformant');
  for (const name of ['certification.json', 'certification.md', 'certification.html']) {
    expect(existsSync(`${outputDir}/${name}`), name).toBe(true);
  }
});

test('non-conformant run exits 1', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([summary('error.not-found', [{ outcome: 'fail' }])]));

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode, run.stderr).toBe(1);
  expect(run.stdout).toContain('FAIL MUST   error.not-found');
});

test('strict flag turns a SHOULD warning into exit 1', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([summary('token.format', [{ outcome: 'warn' }])]));
  const outputDir = join(workDir, 'out');

  const run = await runCertify(['--input', input, '--output-dir', outputDir, '--strict'], {});

  expect(run.exitCode, run.stderr).toBe(1);
  const report = JSON.parse(readFileSync(`${outputDir}/certification.json`, 'utf8')) as { strict: boolean; verdict: string };
  expect(report.strict).toBe(true);
  expect(report.verdict).toBe('non-conformant');
});

test('default paths come from REPORTS_DIR', async ({ workDir }) => {
  const reportsDir = join(workDir, 'reports');
  mkdirSync(reportsDir);
  writeDocument(`${reportsDir}/checks.json`, checkResults([summary('customer.found', [{ outcome: 'pass' }])]));

  const run = await runCertify([], { REPORTS_DIR: reportsDir });

  expect(run.exitCode, run.stderr).toBe(0);
  expect(existsSync(`${reportsDir}/certification.html`)).toBe(true);
});

test('missing input exits 2 naming the file and the fix', async ({ workDir }) => {
  const input = join(workDir, 'absent', 'checks.json');

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain(`No check results at ${input}`);
  expect(run.stderr).toContain('run "npm run conformance"');
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(existsSync(join(workDir, 'out'))).toBe(false);
});

test('malformed JSON input exits 2 naming the file', async ({ workDir }) => {
  const input = join(workDir, 'checks.json');
  writeFileSync(input, '{"catalogueVersion": "1.0.0", ');

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain(`The check results at ${input} are not valid JSON`);
  expect(run.stderr).toContain('npm run conformance');
  expect(run.stderr).not.toMatch(STACK_LINE);
});

test('input of the wrong shape exits 2 naming the field', async ({ workDir }) => {
  const document = checkResults([summary('customer.found', [{ outcome: 'pass' }])]);
  const input = writeDocument(join(workDir, 'checks.json'), { ...document, checks: [{ ...document.checks[0], outcome: 'great' }] });

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain(`The check results at ${input} are not a check results document: the field /checks/0/outcome`);
  expect(run.stderr).not.toMatch(STACK_LINE);
});

test('input from another catalogue version exits 2', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([], { catalogueVersion: '0.0.1' }));

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('use catalogue 0.0.1');
});

test('input with a check id outside the catalogue exits 2', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([summary('customer.invented', [{ outcome: 'pass' }])]));

  const run = await runCertify(['--input', input, '--output-dir', join(workDir, 'out')], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('"customer.invented"');
});

test('unknown option exits 2 with the usage', async () => {
  const run = await runCertify(['--colour'], {});

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain("Unknown option '--colour'");
  expect(run.stderr).toContain('Usage: npm run certify');
});

test('invalid configuration exits 2 naming the variable', async ({ workDir }) => {
  const input = writeDocument(join(workDir, 'checks.json'), checkResults([]));

  const run = await runCertify(['--input', input], { JUSPAY_TARGET: 'staging' });

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('JUSPAY_TARGET: "staging" is not a target kind');
  expect(run.stderr).not.toMatch(STACK_LINE);
});

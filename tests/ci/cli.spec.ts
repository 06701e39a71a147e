import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { expect, test } from '@playwright/test';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';
import { checkResults, summary } from '../certification/documents.ts';
import { hermeticEnvironment, PROJECT_ROOT, runNode, type ProcessOutcome } from './support/child-process.ts';

const COMMANDS = ['run', 'mock', 'verify-pacts', 'load', 'merge-reports', 'certify', 'differential'] as const;

async function cli(...args: string[]): Promise<ProcessOutcome> {
  return runNode(['bin/juspay-conformance.js', ...args], { timeoutMs: 30_000 });
}

test('--help lists every command', async () => {
  const { exitCode, output } = await cli('--help');

  expect(exitCode, output).toBe(0);
  expect(output).toContain('Usage: juspay-conformance <command>');
  for (const command of COMMANDS) expect(output).toMatch(new RegExp(`^  ${command} `, 'm'));
});

test('no command prints the help and exits 2', async () => {
  const { exitCode, output } = await cli();

  expect(exitCode).toBe(2);
  expect(output).toContain('Usage: juspay-conformance <command>');
});

for (const command of COMMANDS) {
  test(`${command} --help prints its usage, options and exit codes`, async () => {
    const { exitCode, output } = await cli(command, '--help');

    expect(exitCode, output).toBe(0);
    expect(output).toContain(`Usage: juspay-conformance ${command} `);
    expect(output).toContain('Options:');
    expect(output).toContain('-h, --help');
    expect(output).toContain('Exit codes:');
  });

  test(`${command} rejects an unknown option with exit 2`, async () => {
    const { exitCode, output } = await cli(command, '--no-such-option');

    expect(exitCode).toBe(2);
    expect(output).toContain('Unknown option --no-such-option');
    expect(output).toContain(`juspay-conformance ${command} --help`);
  });
}

test('an unknown command exits 2 and names it', async () => {
  const { exitCode, output } = await cli('certification');

  expect(exitCode).toBe(2);
  expect(output).toContain('Unknown command "certification"');
  expect(output).toContain('juspay-conformance --help');
});

test('an option without its value exits 2', async () => {
  const { exitCode, output } = await cli('run', '--base-url', '--strict');

  expect(exitCode).toBe(2);
  expect(output).toContain('Option --base-url needs a value');
});

test('an invalid shard exits 2', async () => {
  const { exitCode, output } = await cli('run', '--shard', '3/2');

  expect(exitCode).toBe(2);
  expect(output).toContain('Option --shard "3/2" is not a shard');
});

test('run --shard writes its blob despite a blank variable', async ({}, testInfo) => {
  const reportsDir = testInfo.outputPath('reports');

  const { exitCode, output } = await runNode(['bin/juspay-conformance.js', 'run', '--shard', '1/2', '--reports-dir', reportsDir], {
    env: { PLAYWRIGHT_BLOB_OUTPUT_DIR: '' },
    timeoutMs: 90_000,
  });

  expect(exitCode, output).toBe(0);
  expect(existsSync(join(reportsDir, 'blob', 'report-1.zip')), 'blob report written').toBe(true);
});

test('run with a plain-HTTP remote base URL exits 2 before sending anything', async ({}, testInfo) => {
  const reportsDir = testInfo.outputPath('reports');

  const { exitCode, output } = await cli('run', '--base-url', 'http://10.1.2.3', '--reports-dir', reportsDir);

  expect(exitCode, output).toBe(2);
  expect(output).toContain('JUSPAY_BASE_URL: "http://10.1.2.3" is plain HTTP to a host that is not loopback');
  expect(output).toContain('--base-url sets JUSPAY_BASE_URL');
  expect(output).toContain('--allow-insecure-http sets JUSPAY_ALLOW_INSECURE_HTTP');
  // Playwright never started: no test ran and no report was written.
  expect(output).not.toMatch(/Running \d+ tests?/);
  expect(existsSync(join(reportsDir, 'checks.json'))).toBe(false);
});

test('certify with a missing input exits 2 naming the file', async ({}, testInfo) => {
  const input = testInfo.outputPath('absent', 'checks.json');
  const outputDir = testInfo.outputPath('certification');

  const { exitCode, output } = await cli('certify', '--input', input, '--output-dir', outputDir);

  expect(exitCode, output).toBe(2);
  expect(output).toContain(`No check results at ${input}`);
  expect(existsSync(outputDir), 'output folder created').toBe(false);
});

test('certify writes the three report files', async ({}, testInfo) => {
  const input = writeCheckResults(testInfo.outputPath('checks.json'), 'customer.found', 'pass');
  const outputDir = testInfo.outputPath('certification');

  const { exitCode, output } = await cli('certify', '--input', input, '--output-dir', outputDir);

  expect(exitCode, output).toBe(0);
  expect(output).toContain('Certification: conformant');
  for (const name of ['certification.json', 'certification.md', 'certification.html']) {
    expect(existsSync(join(outputDir, name)), name).toBe(true);
  }
});

test('certify --strict fails a SHOULD warning', async ({}, testInfo) => {
  const input = writeCheckResults(testInfo.outputPath('checks.json'), 'token.format', 'warn');
  const outputDir = testInfo.outputPath('certification');

  const { exitCode, output } = await cli('certify', '--input', input, '--output-dir', outputDir, '--strict');

  expect(exitCode, output).toBe(1);
  const report = JSON.parse(readFileSync(join(outputDir, 'certification.json'), 'utf8')) as { strict: boolean; verdict: string };
  expect(report.strict).toBe(true);
  expect(report.verdict).toBe('non-conformant');
});

test('certify reads checks.json from --reports-dir', async ({}, testInfo) => {
  const reportsDir = testInfo.outputPath('reports');
  mkdirSync(reportsDir);
  writeCheckResults(join(reportsDir, 'checks.json'), 'customer.found', 'pass');

  const { exitCode, output } = await cli('certify', '--reports-dir', reportsDir);

  expect(exitCode, output).toBe(0);
  expect(existsSync(join(reportsDir, 'certification.html'))).toBe(true);
});

test('differential without JUSPAY_DIRECT_URL exits 2 naming it', async ({}, testInfo) => {
  const reportsDir = testInfo.outputPath('reports');

  // The configuration check stops the run before any request, so port 9 is never contacted.
  const { exitCode, output } = await cli('differential', '--base-url', 'http://127.0.0.1:9', '--reports-dir', reportsDir);

  expect(exitCode, output).toBe(2);
  expect(output).toContain('JUSPAY_DIRECT_URL: is missing');
  expect(output).toContain('--direct-url sets JUSPAY_DIRECT_URL');
  expect(existsSync(join(reportsDir, 'differential.json')), 'differential.json written').toBe(false);
});

test('differential finds two mocks the same', async ({}, testInfo) => {
  const reportsDir = testInfo.outputPath('reports');
  // Two mocks with the same seed stand for an upstream and a proxy that changes nothing.
  const logger = createLogger({ name: 'mock', level: 'silent' });
  const upstream = await startMockServer({ logger });
  const proxy = await startMockServer({ logger });
  try {
    const { exitCode, output } = await cli(
      'differential',
      '--direct-url',
      upstream.url,
      '--base-url',
      proxy.url,
      '--requests',
      '3',
      '--reports-dir',
      reportsDir,
    );

    expect(exitCode, output).toBe(0);
    expect(output).toContain('over 3 request pairs');
    const report = JSON.parse(readFileSync(join(reportsDir, 'differential.json'), 'utf8')) as { verdict: string };
    expect(report.verdict).toBe('same');
  } finally {
    await Promise.all([upstream.close(), proxy.close()]);
  }
});

test('mock serves on the given port and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, ['bin/juspay-conformance.js', 'mock', '--port', '0', '--log-level', 'info'], {
    cwd: PROJECT_ROOT,
    env: hermeticEnvironment({}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolveExit) => child.once('close', (code) => resolveExit(code)));
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  try {
    const url = await readStartedUrl(child.stderr);

    const response = await fetch(`${url}/customers/cst_unknown`, { signal: AbortSignal.timeout(5_000) });
    child.kill('SIGTERM');

    expect(response.status, 'a request without credentials is rejected').toBe(401);
    expect(await exited).toBe(0);
  } finally {
    clearTimeout(killTimer);
    child.kill('SIGKILL');
  }
});

test('npx finds the juspay-conformance command in the repository', async () => {
  // --no stops npx from installing a package of that name from the registry; -- keeps --help for the command.
  const child = spawn('npx', ['--no', '--', 'juspay-conformance', '--help'], {
    cwd: PROJECT_ROOT,
    env: hermeticEnvironment({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000);

  const exitCode = await new Promise<number | null>((resolveExit) => child.once('close', (code) => resolveExit(code)));
  clearTimeout(killTimer);

  expect(exitCode, output).toBe(0);
  expect(output).toContain('Usage: juspay-conformance <command>');
});

/** Writes a check results document with one check of the given outcome, and returns its path. */
function writeCheckResults(path: string, checkId: string, outcome: 'pass' | 'warn'): string {
  writeFileSync(path, JSON.stringify(checkResults([summary(checkId, [{ outcome }])])));
  return path;
}

/** Waits for the mock's "Mock server started" log line and returns its URL. */
async function readStartedUrl(stderr: NodeJS.ReadableStream): Promise<string> {
  for await (const line of createInterface({ input: stderr })) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    if (entry.msg === 'Mock server started' && entry.url !== undefined) return entry.url;
  }
  throw new Error('The mock exited before it logged "Mock server started".');
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { expect, test } from '@playwright/test';

import { hermeticEnvironment, PROJECT_ROOT, runNode, type ProcessOutcome } from './support/child-process.ts';

const COMMANDS = ['run', 'mock', 'verify-pacts', 'load', 'merge-reports'] as const;

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
  const { exitCode, output } = await cli('certify');

  expect(exitCode).toBe(2);
  expect(output).toContain('Unknown command "certify"');
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

/** Waits for the mock's "Mock server started" log line and returns its URL. */
async function readStartedUrl(stderr: NodeJS.ReadableStream): Promise<string> {
  for await (const line of createInterface({ input: stderr })) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    if (entry.msg === 'Mock server started' && entry.url !== undefined) return entry.url;
  }
  throw new Error('The mock exited before it logged "Mock server started".');
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLoopbackCertificate } from '../../src/mock/tls/loopback-certificate.ts';
import { authHeaders, expect, SAMPLE_CUSTOMER, test } from './fixtures.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI_TIMEOUT_MS = 15_000;

interface CliRun {
  readonly child: ChildProcess;
  /** Standard error so far; the logger writes there. */
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

/** Runs the mock CLI as `npm run mock` does, with tsx loaded in-process so signals reach it directly. */
function runCli(env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
  void exit.then(() => clearTimeout(timer));

  return { child, stderr: () => stderr, exit };
}

async function waitForUrl(run: CliRun): Promise<string> {
  const deadline = Date.now() + CLI_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const match = /"url":"(https?:\/\/127\.0\.0\.1:\d+)"/.exec(run.stderr());
    if (match?.[1] !== undefined) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The mock CLI logged no start URL within ${CLI_TIMEOUT_MS} ms. Its output: ${run.stderr()}`);
}

test.describe('mock CLI', () => {
  test('MOCK_PORT=abc exits 2 naming MOCK_PORT', async () => {
    const run = runCli({ MOCK_PORT: 'abc' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('MOCK_PORT "abc"');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  test('an unknown MOCK_FAULTS name exits 2 listing the valid names', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_FAULTS: 'customer.found, not.a.fault' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('MOCK_FAULTS: unknown fault "not.a.fault"');
    expect(run.stderr()).toContain('token.fresh-per-call');
  });

  test('an invalid LOG_LEVEL exits 2 naming LOG_LEVEL', async () => {
    const run = runCli({ MOCK_PORT: '0', LOG_LEVEL: 'loud' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('LOG_LEVEL "loud"');
  });

  test('MOCK_ADMIN_PORT=abc exits 2 naming MOCK_ADMIN_PORT', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_ADMIN_PORT: 'abc' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('MOCK_ADMIN_PORT "abc"');
  });

  test('MOCK_ADMIN_PORT starts the admin API on 127.0.0.1', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_ADMIN_PORT: '0' });
    await waitForUrl(run);
    const adminUrl = /"adminUrl":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(run.stderr())?.[1];

    const response = await fetch(`${adminUrl}/health`);
    run.child.kill('SIGTERM');
    const code = await run.exit;

    expect(await response.json()).toEqual({ status: 'ok' });
    expect(code).toBe(0);
    expect(run.stderr()).toContain('Mock admin server stopped');
  });

  test('MOCK_TLS=yes exits 2 naming MOCK_TLS', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_TLS: 'yes' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('MOCK_TLS "yes"');
  });

  test('MOCK_TLS_CERT_FILE without a key file exits 2', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_TLS_CERT_FILE: 'cert.pem' });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain('MOCK_TLS_KEY_FILE is missing while MOCK_TLS_CERT_FILE is set');
  });

  test('an unreadable TLS file exits 2 naming the file', async () => {
    const missingFile = join(tmpdir(), 'no-such-dir-for-mock-tls', 'cert.pem');
    const run = runCli({ MOCK_PORT: '0', MOCK_TLS_CERT_FILE: missingFile, MOCK_TLS_KEY_FILE: missingFile });

    const code = await run.exit;

    expect(code).toBe(2);
    expect(run.stderr()).toContain(`MOCK_TLS_CERT_FILE "${missingFile}" cannot be read (ENOENT)`);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  test('TLS files that do not match exit 2 naming the key file', async ({}, testInfo) => {
    const [first, second] = await Promise.all([generateLoopbackCertificate(), generateLoopbackCertificate()]);
    const directory = mkdtempSync(join(tmpdir(), 'mock-tls-files-'));
    testInfo.attach('tls-files', { body: directory });
    const certFile = join(directory, 'cert.pem');
    const keyFile = join(directory, 'key.pem');
    writeFileSync(certFile, first.cert);
    writeFileSync(keyFile, second.key);

    try {
      const run = runCli({ MOCK_PORT: '0', MOCK_TLS_CERT_FILE: certFile, MOCK_TLS_KEY_FILE: keyFile });
      const code = await run.exit;

      expect(code).toBe(2);
      expect(run.stderr()).toContain(`MOCK_TLS_KEY_FILE "${keyFile}" is not the private key of MOCK_TLS_CERT_FILE "${certFile}"`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('MOCK_TLS=true serves HTTPS and writes its certificate to a file', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_TLS: 'true' });
    const url = await waitForUrl(run);
    const certificateFile = /"certificateFile":"([^"]+)"/.exec(run.stderr())?.[1] ?? '';

    const status = await new Promise<number>((resolve, reject) => {
      const options = { headers: authHeaders(), ca: readFileSync(certificateFile, 'utf8') };
      httpsRequest(`${url}/customers/${SAMPLE_CUSTOMER.id}`, options, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    run.child.kill('SIGTERM');
    const code = await run.exit;

    expect(url).toMatch(/^https:\/\//);
    expect(status).toBe(200);
    expect(code).toBe(0);
    expect(existsSync(certificateFile)).toBe(false);
  });

  test('starts, serves a request and stops on SIGTERM', async () => {
    const run = runCli({ MOCK_PORT: '0' });
    const url = await waitForUrl(run);

    const response = await fetch(`${url}/customers/${SAMPLE_CUSTOMER.id}`, { headers: authHeaders() });
    run.child.kill('SIGTERM');
    const code = await run.exit;

    expect(response.status).toBe(200);
    expect(code).toBe(0);
    expect(run.stderr()).toContain('Mock server stopped');
  });

  test('MOCK_FAULTS switches a fault on', async () => {
    const run = runCli({ MOCK_PORT: '0', MOCK_FAULTS: 'error.not-found' });
    const url = await waitForUrl(run);

    const response = await fetch(`${url}/customers/unknown`, { headers: authHeaders() });
    run.child.kill('SIGINT');
    const code = await run.exit;

    expect(await response.json()).toHaveProperty('error_code', 'not_found');
    expect(code).toBe(0);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { renderNginxConfig, type InjectedCredential, type NginxVariant } from './nginx-config.ts';

export interface NginxProxyOptions {
  readonly variant: NginxVariant;
  /** The upstream's base URL, on 127.0.0.1. */
  readonly upstreamUrl: string;
  readonly injected?: InjectedCredential;
}

export interface RunningNginxProxy {
  /** Base URL without a trailing slash, such as http://127.0.0.1:41236. */
  readonly url: string;
  /** Stops nginx, waits for it to exit and removes its prefix directory. */
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 5_000;
const POLL_MS = 50;
/** nginx cannot listen on port 0 and report the port, so a port is picked first; another process may take it in between. */
const START_ATTEMPTS = 3;

/**
 * Starts nginx in the foreground on 127.0.0.1 with a generated configuration in a fresh temporary
 * prefix, as the current user, and resolves once it accepts connections.
 */
export async function startNginxProxy(options: NginxProxyOptions): Promise<RunningNginxProxy> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    try {
      return await startOnce(options, await findFreePort());
    } catch (error) {
      lastError = error;
      if (!(error instanceof NginxStartError && error.portTaken)) throw error;
    }
  }
  throw lastError;
}

class NginxStartError extends Error {
  override readonly name = 'NginxStartError';
  readonly code = 'NGINX_START_FAILED';
  readonly portTaken: boolean;

  constructor(message: string, portTaken: boolean) {
    super(message);
    this.portTaken = portTaken;
  }
}

async function startOnce(options: NginxProxyOptions, port: number): Promise<RunningNginxProxy> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-proxy-'));
  mkdirSync(join(prefix, 'temp'));
  const configFile = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  writeFileSync(
    configFile,
    renderNginxConfig({
      variant: options.variant,
      prefix,
      port,
      upstreamPort: Number(new URL(options.upstreamUrl).port),
      injected: options.injected,
      runAsRoot: process.getuid?.() === 0,
    }),
  );

  // -e sends the errors nginx logs before it reads nginx.conf into the prefix too.
  const nginx = spawn('nginx', ['-p', `${prefix}/`, '-c', configFile, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => nginx.once('exit', (code) => resolve(code)));
  // A test worker that dies before its teardown must not leave nginx behind.
  const killOnExit = (): void => {
    nginx.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const ready = await waitUntilListening(port, exited);
  if (!ready) {
    await stop(nginx, exited);
    process.off('exit', killOnExit);
    const log = `${stderr}${readIfPresent(errorLog)}`.trim();
    rmSync(prefix, { recursive: true, force: true });
    throw new NginxStartError(`nginx (${options.variant}) did not start on 127.0.0.1:${port}:\n${log}`, /Address already in use/.test(log));
  }

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await stop(nginx, exited);
      process.off('exit', killOnExit);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Resolves true once the port accepts a connection, false when nginx exits or the wait times out. */
async function waitUntilListening(port: number, exited: Promise<number | null>): Promise<boolean> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (!hasExited && Date.now() < deadline) {
    if (await accepts(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Asks nginx for a fast shutdown, which also stops its worker, and kills it when that takes too long. */
async function stop(nginx: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (nginx.exitCode !== null || nginx.signalCode !== null) return;
  nginx.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS).unref()),
  ]);
  if (timedOut) {
    nginx.kill('SIGKILL');
    await exited;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readIfPresent(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

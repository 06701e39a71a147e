import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { PROJECT_ROOT } from '../../ci/support/child-process.ts';

const require = createRequire(import.meta.url);
const PRISM_PACKAGE = require.resolve('@stoplight/prism-cli/package.json');
const PRISM_CLI = join(dirname(PRISM_PACKAGE), (JSON.parse(readFileSync(PRISM_PACKAGE, 'utf8')) as { bin: { prism: string } }).bin.prism);

/** Prism logs every request; only the last part of its output is kept for messages. */
const MAX_OUTPUT_CHARACTERS = 200_000;
const LISTENING_LINE = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** A Prism mock server started by startPrismMock. */
export interface RunningPrism {
  /** Base URL without a trailing slash. */
  readonly url: string;
  /** Resolves with Prism's exit code once the process has ended, for any reason. */
  readonly exited: Promise<number | null>;
  /** The tail of what Prism printed, without colours. */
  output(): string;
  /** Stops Prism (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
  close(): Promise<void>;
}

/**
 * Starts `prism mock DOCUMENT` (from @stoplight/prism-cli) on 127.0.0.1 and a free port, and
 * resolves once it listens. Rejects with Prism's output when it exits first or takes longer than
 * `startTimeoutMs`.
 */
export async function startPrismMock(documentPath: string, startTimeoutMs = 30_000): Promise<RunningPrism> {
  const child = spawn(process.execPath, [PRISM_CLI, 'mock', documentPath, '--host', '127.0.0.1', '--port', '0'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const append = (chunk: Buffer): void => {
    output = stripVTControlCharacters(output + chunk.toString()).slice(-MAX_OUTPUT_CHARACTERS);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((resolveExit) => child.once('close', (code) => resolveExit(code)));

  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killTimer);
  };

  const url = await new Promise<string>((resolveUrl, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      action();
    };
    const fail = (reason: string): void => settle(() => reject(new Error(`Prism did not start: ${reason}. Its output:\n${output}`)));

    const poll = setInterval(() => {
      const match = LISTENING_LINE.exec(output);
      if (match !== null) settle(() => resolveUrl(match[1]!));
    }, 50);
    const timer = setTimeout(() => fail(`no "Prism is listening" line within ${startTimeoutMs} ms`), startTimeoutMs);
    void exited.then((code) => fail(`it exited with ${code}`));
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });

  return { url, exited, output: () => output, close };
}

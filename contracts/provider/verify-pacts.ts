import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';
import { redactText } from '../../src/redaction/redact.ts';
import { EXIT_FAILED, EXIT_UNUSABLE } from './exit-codes.ts';

/**
 * Entry point of `npm run pact:verify`. Pact's native core writes its report straight to the
 * process's stdout, response values included, so a token or an echoed key would reach CI logs.
 * This runs the verification in a child process and masks every line of its output with
 * redactText (the API key, Authorization values, tokens, e-mail addresses and phone numbers).
 * The exit code is the child's.
 */

const RUNNER = fileURLToPath(new URL('./run-verification.ts', import.meta.url));

// Resolved from this file rather than the working directory, so the child loads TypeScript wherever it is started.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

async function verifyPacts(): Promise<number> {
  loadDotenvFile();
  let apiKey: string;
  try {
    apiKey = loadConfig().apiKey;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(redactText(`Pact verification did not start. ${error.message}`));
    return EXIT_UNUSABLE;
  }

  const child = spawn(process.execPath, ['--import', TSX_LOADER, RUNNER], {
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopChild = (signal: NodeJS.Signals) => child.kill(signal);
  process.once('SIGTERM', stopChild);
  process.once('SIGINT', stopChild);

  const forwarded = Promise.all([
    forwardRedacted(child.stdout, process.stdout, [apiKey]),
    forwardRedacted(child.stderr, process.stderr, [apiKey]),
  ]);
  const exitCode = await new Promise<number>((resolve) => {
    child.once('error', (error) => {
      console.error(`Failed to start the verification process (${error.message}).`);
      resolve(EXIT_FAILED);
    });
    // A child killed by a signal has no exit code, and counts as a failed verification.
    child.once('close', (code) => resolve(code ?? EXIT_FAILED));
  });
  await forwarded;

  process.off('SIGTERM', stopChild);
  process.off('SIGINT', stopChild);
  return exitCode;
}

/** Copies `source` to `destination` line by line, masking secrets in each line. */
async function forwardRedacted(source: Readable, destination: Writable, secrets: readonly string[]): Promise<void> {
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
    destination.write(`${redactText(line, secrets)}\n`);
  }
}

process.exitCode = await verifyPacts();

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { PROJECT_ROOT } from './project-root.ts';

// Resolved from this file, so the child loads TypeScript whichever directory the CLI started in.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Time a child has to stop by itself after a SIGINT. Ctrl-C in a terminal reaches the whole
 * process group, child included, so the signal is forwarded only to a child still running after
 * this, which means the SIGINT was sent to this process alone.
 */
const SIGINT_FORWARD_DELAY_MS = 500;

/**
 * Runs one of the project's TypeScript entry points (a path relative to the project root) in a
 * child Node.js process through tsx. See runChildNode for the exit code.
 */
export async function runChildScript(
  scriptPath: string,
  args: readonly string[],
  environment: NodeJS.ProcessEnv,
): Promise<number> {
  return runChildNode(['--import', TSX_LOADER, resolve(PROJECT_ROOT, scriptPath), ...args], environment);
}

/**
 * Runs Node.js with `args` in the project root, with the given environment and the terminal's
 * stdio, and forwards SIGINT and SIGTERM to it. Resolves with its exit code, or 128 + the signal
 * number when a signal ended it.
 */
export async function runChildNode(args: readonly string[], environment: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: environment, stdio: 'inherit' });

  const forwardSigint = (): void => {
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    }, SIGINT_FORWARD_DELAY_MS);
  };
  const forwardSigterm = (): void => {
    child.kill('SIGTERM');
  };
  process.on('SIGINT', forwardSigint);
  process.on('SIGTERM', forwardSigterm);

  try {
    return await new Promise<number>((resolveExit, reject) => {
      child.once('error', (error) => reject(new Error(`Failed to start ${process.execPath} ${args.join(' ')}: ${error.message}`)));
      child.once('close', (code, signal) => {
        resolveExit(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
      });
    });
  } finally {
    process.off('SIGINT', forwardSigint);
    process.off('SIGTERM', forwardSigterm);
  }
}

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERIFY_PACTS = fileURLToPath(new URL('../../contracts/provider/verify-pacts.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');

/** A run is killed after this long, so a hung verifier fails the test instead of blocking it. */
const RUN_TIMEOUT_MS = 60_000;

export interface VerificationRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, for assertions and failure messages. */
  readonly output: string;
}

/**
 * Runs `npm run pact:verify`'s entry point in a child process, as CI would. The child starts in
 * `workingDirectory`, an empty folder, so a developer's `.env` cannot change the target, and its
 * environment contains only `env` plus PATH and HOME.
 */
export async function runPactVerification(env: Record<string, string>, workingDirectory: string): Promise<VerificationRun> {
  mkdirSync(workingDirectory, { recursive: true });
  const child = spawn(process.execPath, ['--import', TSX_LOADER, VERIFY_PACTS], {
    cwd: workingDirectory,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PACT_DO_NOT_TRACK: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const timer = setTimeout(() => child.kill('SIGTERM'), RUN_TIMEOUT_MS);
  const exitCode = await new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? -1)));
  clearTimeout(timer);

  return { exitCode, stdout, stderr, output: `${stdout}\n${stderr}` };
}

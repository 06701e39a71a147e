import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface CommandRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * This process's environment without the suite's own settings, so that a developer's shell cannot
 * change what a test runs against. The project's `.env` file is still read by the commands;
 * tests set JUSPAY_TARGET and every value they rely on.
 */
export function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith('JUSPAY_') || name === 'REPORTS_DIR' || name === 'LOG_LEVEL' || name === 'MOCK_FAULTS') continue;
    env[name] = value;
  }
  return { ...env, JUSPAY_TARGET: 'mock', LOG_LEVEL: 'warn', ...extra };
}

/**
 * Runs a command in the project root and collects its output. With `stderrFile`, standard error
 * goes to that file as well, so that a test can scan what the command logged.
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  stderrFile?: string,
): Promise<CommandRun> {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderrCopy = stderrFile === undefined ? undefined : createWriteStream(stderrFile, { flags: 'a' });

  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    stderrCopy?.write(chunk);
  });

  const exitCode = await new Promise<number>((resolveExit) => child.on('close', (code) => resolveExit(code ?? 1)));
  await new Promise<void>((resolveClose) => (stderrCopy ? stderrCopy.end(resolveClose) : resolveClose()));
  return { exitCode, stdout, stderr };
}

/** Runs `npm run certify` with the given arguments. */
export function runCertify(args: readonly string[], env: Record<string, string>): Promise<CommandRun> {
  return runCommand(process.execPath, ['--import', 'tsx', 'src/certification/main.ts', ...args], cleanEnvironment(env));
}

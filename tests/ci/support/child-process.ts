import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** What a finished child process printed, stdout and stderr interleaved, and its exit code. */
export interface ProcessOutcome {
  readonly exitCode: number;
  readonly output: string;
}

export interface NodeProcessOptions {
  /** Added to a hermetic copy of this process's environment; see hermeticEnvironment. */
  readonly env?: Readonly<Record<string, string>>;
  /** The child is killed and the promise rejects after this long. */
  readonly timeoutMs: number;
}

/**
 * Runs Node.js with `args` in the project root and resolves once it exits. Rejects, after killing
 * the child, when it runs longer than `timeoutMs`, so no test waits for a hung child.
 */
export async function runNode(args: readonly string[], options: NodeProcessOptions): Promise<ProcessOutcome> {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: hermeticEnvironment(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  return new Promise<ProcessOutcome>((resolveOutcome, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ')} did not exit within ${options.timeoutMs} ms. Output so far:\n${output}`));
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolveOutcome({ exitCode: code ?? (signal === null ? 1 : 128), output });
    });
  });
}

/** The suite's variables, which the configuration reads from .env too. */
const SUITE_VARIABLES = variablesOfEnvExample().filter((name) => name.startsWith('JUSPAY_'));

/**
 * Returns a copy of this process's environment in which every JUSPAY_* variable is blank unless
 * `overrides` sets it. A blank value wins over .env, because dotenv never replaces a variable that
 * is already set, and the configuration reads a blank value as unset. So a developer's .env that
 * points at the sandbox cannot send a test's requests there. Report and mock settings are removed,
 * because a blank value there is invalid.
 */
export function hermeticEnvironment(overrides: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of SUITE_VARIABLES) environment[name] = '';
  for (const name of ['REPORTS_DIR', 'PLAYWRIGHT_BLOB_OUTPUT_DIR', 'MOCK_HOST', 'MOCK_PORT', 'MOCK_FAULTS']) delete environment[name];
  return { ...environment, ...overrides };
}

function variablesOfEnvExample(): string[] {
  const text = readFileSync(resolve(PROJECT_ROOT, '.env.example'), 'utf8');
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
}

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: `npm run load` resolves the k6 script and report folder from it. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What one run of `npm run load` produced. */
export interface LoadRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Variables that pin a run to the mock's seed identity whatever the developer's `.env` contains:
 * dotenv leaves variables that are already set, even when they are empty.
 */
const ISOLATED_ENVIRONMENT = {
  JUSPAY_TARGET: 'mock',
  JUSPAY_BASE_URL: '',
  JUSPAY_API_KEY: '',
  JUSPAY_MERCHANT_ID: '',
  JUSPAY_CUSTOMER_ID: '',
  JUSPAY_CUSTOMER_REFERENCE_ID: '',
  JUSPAY_ROUTING_ID: '',
  JUSPAY_CREATE_CUSTOMER: 'false',
  K6_PROFILE: 'smoke',
  LOAD_ITERATIONS: '5',
  LOG_LEVEL: 'warn',
};

/** Every run is bounded: k6's own limits end it sooner, this only stops a hung process. */
const RUN_TIMEOUT_MS = 50_000;

/**
 * Runs `src/load/main.ts` under tsx in a child process, as `npm run load` does, with `overrides`
 * on top of an environment isolated from `.env`.
 */
export function runLoad(overrides: Readonly<Record<string, string>>, args: readonly string[] = []): Promise<LoadRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/load/main.ts', ...args], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, ...ISOLATED_ENVIRONMENT, ...overrides },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: RUN_TIMEOUT_MS,
  });

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

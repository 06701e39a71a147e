import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export interface K6Invocation {
  /** Path of the k6 executable. */
  readonly k6Path: string;
  /** The k6 script, relative to `cwd`. */
  readonly scriptPath: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Runs `k6 run` with its output on this process's terminal and resolves with its exit code, or
 * 128 plus the signal number when a signal ended it, as shells report.
 *
 * `--include-system-env-vars` makes the environment visible to the script as `__ENV`. k6 run
 * already defaults to it, and the flag makes that explicit. `--no-usage-report` stops k6 from
 * sending its anonymous usage report, because these runs are meant to stay offline.
 */
export function runK6(invocation: K6Invocation): Promise<number> {
  const child = spawn(
    invocation.k6Path,
    ['run', '--include-system-env-vars', '--no-usage-report', invocation.scriptPath],
    { cwd: invocation.cwd, env: invocation.env, stdio: 'inherit' },
  );

  // A terminal's Ctrl-C reaches k6 directly, because k6 shares this process group, and a second
  // SIGINT would make k6 skip its summary, so SIGINT is not forwarded. SIGTERM goes to this
  // process alone and is passed on, so that k6 stops gracefully and still writes its reports.
  const ignoreInterrupt = (): void => {};
  const forwardTerminate = (): void => {
    child.kill('SIGTERM');
  };
  process.on('SIGINT', ignoreInterrupt);
  process.on('SIGTERM', forwardTerminate);

  return new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', ignoreInterrupt);
      process.off('SIGTERM', forwardTerminate);
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
}

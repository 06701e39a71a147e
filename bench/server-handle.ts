import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

import type { ServerCommand, ServerKind, ServerReport } from './server-messages.ts';

const SERVER_PROCESS = fileURLToPath(new URL('./server-process.ts', import.meta.url));

/** A server process under benchmark, seen from the benchmark. */
export interface ServerHandle {
  readonly kind: ServerKind;
  readonly url: string;
  /** Resident set size and V8 heap in use, in bytes, after two full garbage collections. */
  readMemory(): Promise<{ rssBytes: number; heapUsedBytes: number }>;
  /** CPU time the process has used since it started, user plus system, in microseconds. */
  readCpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/** Maximum wait for a server process to start or to reply, in milliseconds. */
const REPLY_TIMEOUT_MS = 20_000;

/**
 * Starts a server process: `start` is the command that names the server, such as
 * `{ type: 'start', kind: 'mock' }`.
 */
export async function startServerProcess(start: Extract<ServerCommand, { type: 'start' }>): Promise<ServerHandle> {
  const { kind } = start;
  const child = fork(SERVER_PROCESS, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  child.send(start);
  const listening = await waitForReport(child, 'listening');

  return {
    kind,
    url: listening.url,
    async readMemory() {
      child.send({ type: 'memory' } satisfies ServerCommand);
      const report = await waitForReport(child, 'memory');
      return { rssBytes: report.rssBytes, heapUsedBytes: report.heapUsedBytes };
    },
    async readCpuMicros() {
      child.send({ type: 'cpu' } satisfies ServerCommand);
      return (await waitForReport(child, 'cpu')).cpuMicros;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' } satisfies ServerCommand);
      const timer = setTimeout(() => child.kill('SIGKILL'), REPLY_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForReport<T extends ServerReport['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ServerReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`The benchmark server process sent no "${type}" message within ${REPLY_TIMEOUT_MS} ms.`));
    }, REPLY_TIMEOUT_MS);
    const onMessage = (report: ServerReport): void => {
      if (report.type !== type) return;
      cleanUp();
      resolve(report as Extract<ServerReport, { type: T }>);
    };
    const onExit = (code: number | null): void => {
      cleanUp();
      reject(new Error(`The benchmark server process exited with code ${code} before sending "${type}".`));
    };
    const cleanUp = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

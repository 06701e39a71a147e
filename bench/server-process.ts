/**
 * Child process that runs one benchmarked server on 127.0.0.1, so the load generator and the
 * server do not share an event loop. It takes ServerCommand messages over IPC and exits when the
 * benchmark stops it or goes away. Start it with --expose-gc so memory is read after a collection.
 */
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

import { createLogger } from '../src/logging/logger.ts';
import type * as MockServerModule from '../src/mock/server.ts';
import { startMockServer } from '../src/mock/server.ts';
import { createBaselineServer } from './baseline-server.ts';
import type { ServerCommand, ServerReport } from './server-messages.ts';

const HOST = '127.0.0.1';

let close: (() => Promise<void>) | undefined;

function send(report: ServerReport): void {
  process.send?.(report);
}

async function start(command: Extract<ServerCommand, { type: 'start' }>): Promise<void> {
  if (command.kind === 'mock' || command.kind === 'reference') {
    const startMock =
      command.kind === 'mock'
        ? startMockServer
        : ((await import(pathToFileURL(command.serverModule).href)) as typeof MockServerModule).startMockServer;
    // warn keeps the mock's per-request debug lines off; the default TTL of 900 s applies.
    const mock = await startMock({ host: HOST, port: 0, logger: createLogger({ name: command.kind, level: 'warn' }) });
    close = () => mock.close();
    send({ type: 'listening', url: mock.url });
    return;
  }

  const server = createBaselineServer(command.responses);
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  send({ type: 'listening', url: `http://${HOST}:${(server.address() as AddressInfo).port}` });
}

function readMemory(): void {
  // Two collections: the first can leave objects that only become unreachable after finalizers run.
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  send({ type: 'memory', rssBytes: usage.rss, heapUsedBytes: usage.heapUsed });
}

process.on('message', (command: ServerCommand) => {
  if (command.type === 'start') {
    start(command).catch((error: unknown) => {
      process.stderr.write(`The benchmark server failed to start: ${String(error)}\n`);
      process.exit(1);
    });
  } else if (command.type === 'memory') {
    readMemory();
  } else if (command.type === 'cpu') {
    const usage = process.cpuUsage();
    send({ type: 'cpu', cpuMicros: usage.user + usage.system });
  } else {
    void (close?.() ?? Promise.resolve()).finally(() => process.exit(0));
  }
});

// The benchmark closed the IPC channel, or died: never leave a server behind.
process.on('disconnect', () => process.exit(0));

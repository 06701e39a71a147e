/**
 * `npm run soak:mock`: a bounded soak of the embedded mock. It starts the mock in a child process
 * on 127.0.0.1 and drives it with autocannon at a fixed rate of Get Customer calls, half of them
 * with a client auth token. Every 5 s it samples the child's RSS, then forces two full
 * collections and reads the live heap. At the end it prints requests, errors, and memory after a
 * 10 s warm-up, in the middle and at the end. It stops by itself after the set duration and exits
 * 1 when any request failed.
 *
 *   --seconds N   duration of the load, 5 to 600 (default 60)
 *   --rate N      requests a second across all connections, 1 to 5000 (default 500)
 *   --ttl N       token TTL of the mock in seconds (default 900, the mock's default)
 *   --admin       run the mock with the admin API on, so every request is recorded
 *
 * Run with `npm run soak:mock -- --seconds 60`. The same file runs the mock child, under the
 * --serve-mock flag.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import { readMockDefaults } from '../src/config/mock-defaults.ts';
import { createLogger } from '../src/logging/logger.ts';
import { startMockServer } from '../src/mock/server.ts';

const HOST = '127.0.0.1';
const CHILD_FLAG = '--serve-mock';
const CONNECTIONS = 10;
const SAMPLE_INTERVAL_MS = 5_000;
/** Time the child has to start or to reply to a memory request. */
const REPLY_TIMEOUT_MS = 20_000;
/** Time past the load's own duration after which the soak kills the child and gives up. */
const DEADLINE_SLACK_MS = 60_000;
const MIB = 1024 * 1024;
/** Seconds of load before the start sample of the drift, capped at half the run. */
const WARM_UP_SECONDS = 10;

interface SoakSettings {
  readonly seconds: number;
  readonly rate: number;
  readonly tokenTtlSeconds: number;
  readonly admin: boolean;
}

/** Messages from the soak to the mock child. */
type ChildCommand = { readonly type: 'memory' } | { readonly type: 'stop' };

/** Messages from the mock child to the soak. */
type ChildReport =
  | { readonly type: 'listening'; readonly url: string }
  | { readonly type: 'memory'; readonly rssBytes: number; /** V8 heap in use after two full collections. */ readonly liveHeapBytes: number };

interface MemorySample {
  /** Seconds since the load started; 0 for the sample taken just before it. */
  readonly atSeconds: number;
  readonly rssBytes: number;
  readonly liveHeapBytes: number;
}

class SoakSettingError extends Error {
  override readonly name = 'SoakSettingError';
  readonly code = 'SOAK_SETTING_INVALID';
}

function readSettings(argv: readonly string[]): SoakSettings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seconds: { type: 'string', default: '60' },
      rate: { type: 'string', default: '500' },
      ttl: { type: 'string', default: '900' },
      admin: { type: 'boolean', default: false },
    },
  });

  return {
    seconds: readInteger('--seconds', values.seconds, 5, 600),
    rate: readInteger('--rate', values.rate, 1, 5_000),
    tokenTtlSeconds: readInteger('--ttl', values.ttl, 1, 86_400),
    admin: values.admin,
  };
}

function readInteger(option: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new SoakSettingError(`${option} "${raw}" is invalid. Pass a whole number from ${min} to ${max}.`);
  }
  return value;
}

// The mock child

async function serveMock(settings: SoakSettings): Promise<void> {
  const mock = await startMockServer({
    host: HOST,
    port: 0,
    tokenTtlSeconds: settings.tokenTtlSeconds,
    admin: settings.admin,
    logger: createLogger({ name: 'mock', level: 'warn' }),
  });
  process.send?.({ type: 'listening', url: mock.url } satisfies ChildReport);

  process.on('message', (command: ChildCommand) => {
    if (command.type === 'memory') {
      // RSS is read as it is. The heap is read after two full collections, because
      // objects that live a few seconds, such as recorded requests, reach the old generation and
      // stay there until V8's next major collection, which looks like growth but is garbage.
      const { rss } = process.memoryUsage();
      globalThis.gc?.();
      globalThis.gc?.();
      process.send?.({ type: 'memory', rssBytes: rss, liveHeapBytes: process.memoryUsage().heapUsed } satisfies ChildReport);
      return;
    }
    void mock.close().finally(() => process.exit(0));
  });
  // The soak closed the IPC channel or died: never leave a server behind.
  process.on('disconnect', () => process.exit(0));
}

// The soak

function waitForReport<T extends ChildReport['type']>(child: ChildProcess, type: T): Promise<Extract<ChildReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: ChildReport): void => {
      if (report.type !== type) return;
      cleanUp();
      resolve(report as Extract<ChildReport, { type: T }>);
    };
    const onExit = (code: number | null): void => {
      cleanUp();
      reject(new Error(`The mock child exited with code ${String(code)} while the soak waited for its ${type} report.`));
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`The mock child sent no ${type} report within ${REPLY_TIMEOUT_MS} ms.`));
    }, REPLY_TIMEOUT_MS);
    const cleanUp = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function sampleMemory(child: ChildProcess, loadStartedAt: number): Promise<MemorySample> {
  child.send({ type: 'memory' } satisfies ChildCommand);
  const report = await waitForReport(child, 'memory');
  return { atSeconds: Math.round((Date.now() - loadStartedAt) / 1000), rssBytes: report.rssBytes, liveHeapBytes: report.liveHeapBytes };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.send({ type: 'stop' } satisfies ChildCommand);
  const timer = setTimeout(() => child.kill('SIGKILL'), REPLY_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function buildRequests(): autocannon.Request[] {
  const identity = readMockDefaults();
  const headers = {
    authorization: `Basic ${Buffer.from(`${identity.apiKey}:`).toString('base64')}`,
    'x-merchantid': identity.merchantId,
    'x-routing-id': identity.customerId,
  };
  const byId = `/customers/${identity.customerId}`;
  const byReference = `/customers/${encodeURIComponent(identity.customerReferenceId)}`;
  const tokenQuery = '?options.get_client_auth_token=true';

  return [
    { method: 'GET', path: byId + tokenQuery, headers },
    { method: 'GET', path: byId, headers },
    { method: 'GET', path: byReference, headers },
    { method: 'GET', path: byReference + tokenQuery, headers },
  ];
}

const mebibytes = (bytes: number): string => (bytes / MIB).toFixed(1);

/** Formats a change in bytes as signed MiB, such as +3.0 or -0.4; a change that rounds to zero is 0.0. */
function signedMebibytes(bytes: number): string {
  const text = mebibytes(Math.abs(bytes));
  if (text === '0.0') return text;
  return `${bytes > 0 ? '+' : '-'}${text}`;
}

/** Returns the sample nearest to `atSeconds`. */
function sampleNear(samples: readonly MemorySample[], atSeconds: number): MemorySample | undefined {
  let nearest: MemorySample | undefined;
  for (const sample of samples) {
    if (nearest === undefined || Math.abs(sample.atSeconds - atSeconds) < Math.abs(nearest.atSeconds - atSeconds)) nearest = sample;
  }
  return nearest;
}

function printReport(settings: SoakSettings, result: autocannon.Result, samples: readonly MemorySample[]): void {
  const lines: string[] = [];
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  lines.push(
    `Soak of the embedded mock: ${settings.seconds} s at ${settings.rate} requests/s on ${HOST}, ${CONNECTIONS} connections, ` +
      `half with a client auth token, token TTL ${settings.tokenTtlSeconds} s, admin API ${settings.admin ? 'on' : 'off'}`,
  );
  lines.push(`Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs (${cpu}), load average at the end ${loadavg()[0]?.toFixed(2)}`);
  lines.push('');
  lines.push('  t (s)   RSS (MiB)   live heap after full GC (MiB)');
  for (const sample of samples) {
    lines.push(`${String(sample.atSeconds).padStart(7)}   ${mebibytes(sample.rssBytes).padStart(9)}   ${mebibytes(sample.liveHeapBytes).padStart(29)}`);
  }
  lines.push('');

  const responses = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // autocannon's requests.sent is not used: version 9 adds each connection's per-second rate to it at start.
  lines.push(`Requests: ${responses} responses of ${settings.seconds * settings.rate} planned, ${result['2xx']} 2xx, mean ${result.requests.average.toFixed(0)} a second`);
  lines.push(`Errors: ${result.non2xx} non-2xx, ${result.errors} socket errors (${result.timeouts} of them timeouts)`);
  lines.push(`Latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);

  // The start is the first sample after the warm-up, because RSS peaks for a few seconds while
  // the process grows its working set and the JIT compiles the hot path.
  const underLoad = samples.filter((sample) => sample.atSeconds > 0);
  const warmUpSeconds = Math.min(WARM_UP_SECONDS, settings.seconds / 2);
  const start = underLoad.find((sample) => sample.atSeconds >= warmUpSeconds) ?? underLoad[0];
  const middle = sampleNear(underLoad, settings.seconds / 2);
  const end = underLoad.at(-1);
  if (start !== undefined && middle !== undefined && end !== undefined) {
    const drift = end.rssBytes - start.rssBytes;
    lines.push(
      `RSS: start (${start.atSeconds} s) ${mebibytes(start.rssBytes)} MiB, middle (${middle.atSeconds} s) ${mebibytes(middle.rssBytes)} MiB, ` +
        `end (${end.atSeconds} s) ${mebibytes(end.rssBytes)} MiB; drift start to end ${signedMebibytes(drift)} MiB`,
    );
    const heapDrift = end.liveHeapBytes - start.liveHeapBytes;
    lines.push(`Live heap: start ${mebibytes(start.liveHeapBytes)} MiB, end ${mebibytes(end.liveHeapBytes)} MiB; drift ${signedMebibytes(heapDrift)} MiB`);
  }

  process.stdout.write(`${lines.join('\n')}\n`);
}

async function runSoak(settings: SoakSettings, childArgs: readonly string[]): Promise<number> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, ...childArgs], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A hung load or child must not outlive the soak: past the deadline, kill the child and fail.
  const deadline = setTimeout(() => {
    process.stderr.write(`The soak did not finish within ${settings.seconds} s plus ${DEADLINE_SLACK_MS / 1000} s; killing the mock child.\n`);
    child.kill('SIGKILL');
    process.exit(1);
  }, settings.seconds * 1000 + DEADLINE_SLACK_MS);

  try {
    const { url } = await waitForReport(child, 'listening');
    const samples: MemorySample[] = [];
    samples.push({ ...(await sampleMemory(child, Date.now())), atSeconds: 0 });

    const loadStartedAt = Date.now();
    const load = autocannon({ url, connections: CONNECTIONS, duration: settings.seconds, overallRate: settings.rate, requests: buildRequests() });

    let sampling = Promise.resolve();
    const sampler = setInterval(() => {
      sampling = sampling.then(async () => {
        samples.push(await sampleMemory(child, loadStartedAt));
      });
    }, SAMPLE_INTERVAL_MS);

    const result = await load;
    clearInterval(sampler);
    await sampling;
    samples.push(await sampleMemory(child, loadStartedAt));

    printReport(settings, result, samples);
    return result.errors === 0 && result.non2xx === 0 ? 0 : 1;
  } finally {
    clearTimeout(deadline);
    await stopChild(child);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const isChild = args[0] === CHILD_FLAG;
  const ownArgs = isChild ? args.slice(1) : args;

  let settings: SoakSettings;
  try {
    settings = readSettings(ownArgs);
  } catch (error) {
    if (!(error instanceof SoakSettingError) && !(error instanceof TypeError)) throw error;
    process.stderr.write(`soak:mock: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }

  if (isChild) {
    await serveMock(settings);
    return;
  }
  process.exitCode = await runSoak(settings, ownArgs);
}

await main();

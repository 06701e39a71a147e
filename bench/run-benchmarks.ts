/**
 * `npm run bench`: measures the embedded mock against a bare node:http server that replays the
 * mock's own response bytes, both in child processes on 127.0.0.1, with autocannon in this
 * process. Prints a table and writes reports/bench/results.json. Every run is bounded in time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import { readMockDefaults } from '../src/config/mock-defaults.ts';
import { createLogger } from '../src/logging/logger.ts';
import type { BaselineResponses } from './baseline-server.ts';
import { recordResponse } from './canned-response.ts';
import { measure, type Measurement } from './measure.ts';
import { renderReport } from './report.ts';
import type {
  BenchResults,
  FixedRateResult,
  MemoryResult,
  PathName,
  RunStatistics,
  ThroughputResult,
} from './results.ts';
import { startServerProcess, type ServerHandle } from './server-handle.ts';
import { readBenchSettings, type BenchSettings } from './settings.ts';
import { median } from './statistics.ts';

const WARM_UP_SECONDS = 2;
const PATHS: readonly PathName[] = ['token', 'plain'];
const RESULTS_PATH = join('reports', 'bench', 'results.json');

const logger = createLogger({ name: 'bench' });

interface Requests {
  readonly headers: Readonly<Record<string, string>>;
  urlFor(server: ServerHandle, path: PathName): string;
}

function buildRequests(): Requests {
  const identity = readMockDefaults();
  const customerPath = `/customers/${encodeURIComponent(identity.customerId)}`;
  return {
    headers: {
      authorization: `Basic ${Buffer.from(`${identity.apiKey}:`).toString('base64')}`,
      'x-merchantid': identity.merchantId,
      'x-routing-id': identity.customerId,
    },
    urlFor: (server, path) =>
      `${server.url}${customerPath}${path === 'token' ? '?options.get_client_auth_token=true' : ''}`,
  };
}

/** A measurement plus the CPU time the server process spent on it. */
interface ServerMeasurement extends Measurement {
  /** User plus system CPU time of the server process per 2xx response, in microseconds. */
  readonly serverCpuMicrosPerRequest: number;
}

/**
 * Runs one measurement against `server` and rejects if any response failed, since its numbers
 * would mislead. The server's CPU time per request is read too: unlike requests per second, it
 * barely moves when other processes compete for the CPU.
 */
async function measureOrFail(
  server: ServerHandle,
  label: string,
  options: Parameters<typeof measure>[0],
): Promise<ServerMeasurement> {
  const cpuBefore = await server.readCpuMicros();
  const result = await measure(options);
  const cpuAfter = await server.readCpuMicros();

  if (result.failures > 0 || result.successes === 0) {
    throw new Error(
      `${label}: ${result.failures} failed responses and ${result.successes} successes; a benchmark needs every response to be a 2xx.`,
    );
  }
  const serverCpuMicrosPerRequest = (cpuAfter - cpuBefore) / result.successes;
  logger.info(
    { label, requestsPerSecond: Math.round(result.requestsPerSecond), p99Ms: result.p99Ms, serverCpuMicrosPerRequest },
    'measured',
  );
  return { ...result, serverCpuMicrosPerRequest };
}

/** Medians over rounds of one server's measurements. */
function summariseRuns(runs: readonly ServerMeasurement[]): RunStatistics {
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    serverCpuMicrosPerRequest: median(runs.map((run) => run.serverCpuMicrosPerRequest)),
  };
}

async function recordBaselineResponses(mock: ServerHandle, requests: Requests): Promise<BaselineResponses> {
  const [token, plain] = await Promise.all(
    PATHS.map((path) => recordResponse(requests.urlFor(mock, path), requests.headers)),
  );
  if (token?.status !== 200 || plain?.status !== 200) {
    throw new Error(`The mock returned ${token?.status} and ${plain?.status} for the token and plain paths; both must be 200.`);
  }
  return { token, plain };
}

async function measureThroughput(
  servers: { baseline: ServerHandle; mock: ServerHandle },
  requests: Requests,
  settings: BenchSettings,
): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];

  for (const path of PATHS) {
    const runs: { baseline: ServerMeasurement; mock: ServerMeasurement }[] = [];

    for (let round = 0; round < settings.rounds; round += 1) {
      // Alternate which server goes first, so drift in background load falls on both.
      const order = round % 2 === 0 ? (['baseline', 'mock'] as const) : (['mock', 'baseline'] as const);
      const pair: Partial<Record<'baseline' | 'mock', ServerMeasurement>> = {};
      for (const kind of order) {
        pair[kind] = await measureOrFail(servers[kind], `${path} ${kind} round ${round + 1}`, {
          url: requests.urlFor(servers[kind], path),
          headers: requests.headers,
          connections: settings.connections,
          durationSeconds: settings.durationSeconds,
        });
      }
      runs.push({ baseline: pair.baseline as ServerMeasurement, mock: pair.mock as ServerMeasurement });
    }

    const ratio = (stat: keyof RunStatistics): number => median(runs.map((run) => run.mock[stat] / run.baseline[stat]));
    results.push({
      path,
      baseline: summariseRuns(runs.map((run) => run.baseline)),
      mock: summariseRuns(runs.map((run) => run.mock)),
      ratios: {
        requestsPerSecond: ratio('requestsPerSecond'),
        p50Ms: ratio('p50Ms'),
        p99Ms: ratio('p99Ms'),
        serverCpuMicrosPerRequest: ratio('serverCpuMicrosPerRequest'),
      },
    });
  }

  return results;
}

async function measureFixedRate(
  servers: { baseline: ServerHandle; mock: ServerHandle },
  requests: Requests,
  settings: BenchSettings,
): Promise<FixedRateResult> {
  const runs: Record<'baseline' | 'mock', ServerMeasurement[]> = { baseline: [], mock: [] };

  for (let round = 0; round < settings.rounds; round += 1) {
    const order = round % 2 === 0 ? (['baseline', 'mock'] as const) : (['mock', 'baseline'] as const);
    for (const kind of order) {
      const run = await measureOrFail(servers[kind], `token ${kind} at ${settings.fixedRate} req/s round ${round + 1}`, {
        url: requests.urlFor(servers[kind], 'token'),
        headers: requests.headers,
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        overallRate: settings.fixedRate,
      });
      runs[kind].push(run);
    }
  }

  const summarise = (kind: 'baseline' | 'mock') => ({
    ...summariseRuns(runs[kind]),
    worstP99Ms: Math.max(...runs[kind].map((run) => run.p99Ms)),
  });
  return { rate: settings.fixedRate, baseline: summarise('baseline'), mock: summarise('mock') };
}

/**
 * Mints BENCH_TOKENS tokens through the token path of a fresh mock with the default 900 s token
 * lifetime, so none expires during the run and the store's cap on live tokens is what bounds it.
 */
async function measureMemory(requests: Requests, settings: BenchSettings): Promise<MemoryResult> {
  const mock = await startServerProcess('mock');
  try {
    const before = await mock.readMemory();
    const started = performance.now();
    const deadline = started + settings.mintTimeoutSeconds * 1000;
    let minted = 0;

    // autocannon can end a pipelined `amount` run a few responses short, and it stalls when fewer
    // requests remain than it keeps in flight. So the remainder is requested again without
    // pipelining, until every token is minted or the time bound is reached.
    while (minted < settings.tokens && performance.now() < deadline) {
      const remaining = settings.tokens - minted;
      const firstPass = minted === 0;
      const minting = await measure({
        url: requests.urlFor(mock, 'token'),
        headers: requests.headers,
        connections: Math.min(settings.connections, remaining),
        // Pipelining keeps the mock busy without many sockets; each request still mints one token.
        pipelining: firstPass ? 10 : 1,
        amount: remaining,
        maxSeconds: Math.max(1, (deadline - performance.now()) / 1000),
      });
      if (minting.failures > 0) throw new Error(`Minting tokens: ${minting.failures} responses failed.`);
      minted += minting.successes;
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await mock.readMemory();

    return {
      tokensRequested: settings.tokens,
      tokensMinted: minted,
      seconds,
      rssBeforeBytes: before.rssBytes,
      rssAfterBytes: after.rssBytes,
      heapUsedAfterBytes: after.heapUsedBytes,
    };
  } finally {
    await mock.stop();
  }
}

async function main(): Promise<void> {
  const settings = readBenchSettings();
  const requests = buildRequests();
  const loadAverageAtStart = loadavg()[0] ?? Number.NaN;
  logger.info({ settings }, 'benchmark starting');

  const mock = await startServerProcess('mock');
  let baseline: ServerHandle | undefined;
  let throughput: ThroughputResult[];
  let fixedRate: FixedRateResult;
  try {
    baseline = await startServerProcess('baseline', await recordBaselineResponses(mock, requests));
    const servers = { baseline, mock };

    for (const kind of ['baseline', 'mock'] as const) {
      for (const path of PATHS) {
        await measureOrFail(servers[kind], `warm-up ${path} ${kind}`, {
          url: requests.urlFor(servers[kind], path),
          headers: requests.headers,
          connections: settings.connections,
          durationSeconds: WARM_UP_SECONDS,
        });
      }
    }

    throughput = await measureThroughput(servers, requests, settings);
    fixedRate = await measureFixedRate(servers, requests, settings);
  } finally {
    await Promise.all([mock.stop(), baseline?.stop()]);
  }

  const memory = await measureMemory(requests, settings);
  const cpuList = cpus();
  const results: BenchResults = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    loadAverage: { start: loadAverageAtStart, end: loadavg()[0] ?? Number.NaN },
    settings: { ...settings },
    throughput,
    fixedRate,
    memory,
  };

  await mkdir(join('reports', 'bench'), { recursive: true });
  await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(renderReport(results));
  process.stdout.write(`Results: ${RESULTS_PATH}\n`);
  logger.info({ results: RESULTS_PATH }, 'benchmark finished');
}

try {
  await main();
} catch (error) {
  logger.error({ err: error }, 'benchmark failed');
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

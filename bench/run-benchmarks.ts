/**
 * `npm run bench`: measures the embedded mock against a bare node:http server that replays the
 * mock's own response bytes, both in child processes on 127.0.0.1, with autocannon in this
 * process. With BENCH_REFERENCE_MOCK, the mock of another checkout runs in the same rounds too.
 * Prints a table and writes reports/bench/results.json. Every run is bounded in time.
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
  FixedRateStatistics,
  MemoryResult,
  MockName,
  MockThroughput,
  PathName,
  RunStatistics,
  ThroughputResult,
} from './results.ts';
import { startServerProcess, type ServerHandle } from './server-handle.ts';
import type { ServerCommand } from './server-messages.ts';
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

/** The servers under benchmark; `reference` only with BENCH_REFERENCE_MOCK. */
interface Servers {
  readonly baseline: ServerHandle;
  readonly mock: ServerHandle;
  readonly reference: ServerHandle | undefined;
}

type ServerName = 'baseline' | MockName;

/** Lists every server of `servers` in the order of round `round`. */
function roundOrder(servers: Servers, round: number): { name: ServerName; server: ServerHandle }[] {
  const all: { name: ServerName; server: ServerHandle }[] = [
    { name: 'baseline', server: servers.baseline },
    { name: 'mock', server: servers.mock },
  ];
  if (servers.reference !== undefined) all.push({ name: 'reference', server: servers.reference });

  // Rotate which server goes first, so that drift in background load falls on each in turn.
  const shift = round % all.length;
  return [...all.slice(shift), ...all.slice(0, shift)];
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

/** Compares one mock's runs with the baseline's runs of the same rounds. */
function compareWithBaseline(
  rounds: readonly Partial<Record<ServerName, ServerMeasurement>>[],
  name: MockName,
): MockThroughput {
  const pairs = rounds.map((round) => ({ baseline: round.baseline as ServerMeasurement, mock: round[name] as ServerMeasurement }));
  const roundRatios = (stat: keyof RunStatistics): number[] => pairs.map((pair) => pair.mock[stat] / pair.baseline[stat]);
  return {
    stats: summariseRuns(pairs.map((pair) => pair.mock)),
    ratios: {
      requestsPerSecond: median(roundRatios('requestsPerSecond')),
      p50Ms: median(roundRatios('p50Ms')),
      p99Ms: median(roundRatios('p99Ms')),
      serverCpuMicrosPerRequest: median(roundRatios('serverCpuMicrosPerRequest')),
    },
    roundRatios: {
      requestsPerSecond: roundRatios('requestsPerSecond'),
      serverCpuMicrosPerRequest: roundRatios('serverCpuMicrosPerRequest'),
    },
  };
}

async function measureThroughput(servers: Servers, requests: Requests, settings: BenchSettings): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];

  for (const path of PATHS) {
    const rounds: Partial<Record<ServerName, ServerMeasurement>>[] = [];

    for (let round = 0; round < settings.rounds; round += 1) {
      const runs: Partial<Record<ServerName, ServerMeasurement>> = {};
      for (const { name, server } of roundOrder(servers, round)) {
        runs[name] = await measureOrFail(server, `${path} ${name} round ${round + 1}`, {
          url: requests.urlFor(server, path),
          headers: requests.headers,
          connections: settings.connections,
          durationSeconds: settings.durationSeconds,
        });
      }
      rounds.push(runs);
    }

    results.push({
      path,
      baseline: summariseRuns(rounds.map((round) => round.baseline as ServerMeasurement)),
      mock: compareWithBaseline(rounds, 'mock'),
      ...(servers.reference === undefined ? {} : { reference: compareWithBaseline(rounds, 'reference') }),
    });
  }

  return results;
}

async function measureFixedRate(servers: Servers, requests: Requests, settings: BenchSettings): Promise<FixedRateResult> {
  const runs: Record<ServerName, ServerMeasurement[]> = { baseline: [], mock: [], reference: [] };

  for (let round = 0; round < settings.rounds; round += 1) {
    for (const { name, server } of roundOrder(servers, round)) {
      const run = await measureOrFail(server, `token ${name} at ${settings.fixedRate} req/s round ${round + 1}`, {
        url: requests.urlFor(server, 'token'),
        headers: requests.headers,
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        overallRate: settings.fixedRate,
      });
      runs[name].push(run);
    }
  }

  const summarise = (name: ServerName): FixedRateStatistics => ({
    ...summariseRuns(runs[name]),
    worstP99Ms: Math.max(...runs[name].map((run) => run.p99Ms)),
  });
  return {
    rate: settings.fixedRate,
    baseline: summarise('baseline'),
    mock: summarise('mock'),
    ...(servers.reference === undefined ? {} : { reference: summarise('reference') }),
  };
}

/**
 * Mints BENCH_TOKENS tokens through the token path of a fresh mock with the default 900 s token
 * lifetime, so none expires during the run and the store's cap on live tokens is what bounds it.
 */
async function measureMemory(
  start: Extract<ServerCommand, { type: 'start'; kind: MockName }>,
  requests: Requests,
  settings: BenchSettings,
): Promise<MemoryResult> {
  const mock = await startServerProcess(start);
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

  const referenceStart =
    settings.referenceMock === undefined
      ? undefined
      : ({ type: 'start', kind: 'reference', serverModule: settings.referenceMock } as const);
  const mock = await startServerProcess({ type: 'start', kind: 'mock' });
  let baseline: ServerHandle | undefined;
  let reference: ServerHandle | undefined;
  let throughput: ThroughputResult[];
  let fixedRate: FixedRateResult;
  try {
    baseline = await startServerProcess({ type: 'start', kind: 'baseline', responses: await recordBaselineResponses(mock, requests) });
    if (referenceStart !== undefined) reference = await startServerProcess(referenceStart);
    const servers: Servers = { baseline, mock, reference };

    for (const { name, server } of roundOrder(servers, 0)) {
      for (const path of PATHS) {
        await measureOrFail(server, `warm-up ${path} ${name}`, {
          url: requests.urlFor(server, path),
          headers: requests.headers,
          connections: settings.connections,
          durationSeconds: WARM_UP_SECONDS,
        });
      }
    }

    throughput = await measureThroughput(servers, requests, settings);
    fixedRate = await measureFixedRate(servers, requests, settings);
  } finally {
    await Promise.all([mock.stop(), baseline?.stop(), reference?.stop()]);
  }

  const memory = await measureMemory({ type: 'start', kind: 'mock' }, requests, settings);
  const referenceMemory = referenceStart === undefined ? undefined : await measureMemory(referenceStart, requests, settings);
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
    ...(referenceMemory === undefined ? {} : { referenceMemory }),
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

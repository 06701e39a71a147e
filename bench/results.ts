export type PathName = 'token' | 'plain';

/** Medians over the rounds of one server's runs. */
export interface RunStatistics {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** User plus system CPU time of the server process per response, in microseconds. */
  readonly serverCpuMicrosPerRequest: number;
}

/** Throughput of one path: medians over the rounds, and the per-round ratios' medians. */
export interface ThroughputResult {
  readonly path: PathName;
  readonly baseline: RunStatistics;
  readonly mock: RunStatistics;
  /** Mock divided by baseline, measured within each round, then the median over rounds. */
  readonly ratios: RunStatistics;
}

/** Latency at a fixed request rate: medians over the rounds, and the worst round's p99. */
export interface FixedRateResult {
  readonly rate: number;
  readonly baseline: RunStatistics & { readonly worstP99Ms: number };
  readonly mock: RunStatistics & { readonly worstP99Ms: number };
}

export interface MemoryResult {
  readonly tokensRequested: number;
  readonly tokensMinted: number;
  readonly seconds: number;
  readonly rssBeforeBytes: number;
  readonly rssAfterBytes: number;
  readonly heapUsedAfterBytes: number;
}

export interface BenchResults {
  readonly date: string;
  readonly node: string;
  readonly cpus: number;
  readonly cpuModel: string;
  /** One-minute load average when the benchmark started and ended: other work on the machine skews the numbers. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly settings: Readonly<Record<string, number>>;
  readonly throughput: readonly ThroughputResult[];
  readonly fixedRate: FixedRateResult;
  readonly memory: MemoryResult;
}

/** Targets the embedded mock is held to. */
export const TARGETS = {
  /** Mock throughput on the token path divided by the bare node:http baseline's. */
  minThroughputRatio: 0.8,
  /** p99 latency on the token path at the fixed rate, on loopback. */
  maxFixedRateP99Ms: 5,
  /** Resident memory of the mock process after minting BENCH_TOKENS tokens. */
  maxRssBytes: 200 * 1024 * 1024,
} as const;

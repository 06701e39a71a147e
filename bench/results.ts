export type PathName = 'token' | 'plain';

/** Medians over the rounds of one server's runs. */
export interface RunStatistics {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** User plus system CPU time of the server process per response, in microseconds. */
  readonly serverCpuMicrosPerRequest: number;
}

/** A mock server of the benchmark: this checkout's, or the reference one of BENCH_REFERENCE_MOCK. */
export type MockName = 'mock' | 'reference';

/** One mock's throughput on one path, compared with the baseline's in the same rounds. */
export interface MockThroughput {
  /** Medians over the rounds. */
  readonly stats: RunStatistics;
  /** Mock divided by baseline, measured within each round, then the median over rounds. */
  readonly ratios: RunStatistics;
  /** Mock divided by baseline in each round, in round order: the spread behind `ratios`. */
  readonly roundRatios: {
    readonly requestsPerSecond: readonly number[];
    readonly serverCpuMicrosPerRequest: readonly number[];
  };
}

/** Throughput of one path: the baseline's medians over the rounds, and each mock's. */
export interface ThroughputResult {
  readonly path: PathName;
  readonly baseline: RunStatistics;
  readonly mock: MockThroughput;
  /** Absent without BENCH_REFERENCE_MOCK. */
  readonly reference?: MockThroughput;
}

export type FixedRateStatistics = RunStatistics & { readonly worstP99Ms: number };

/** Latency at a fixed request rate: medians over the rounds, and the worst round's p99. */
export interface FixedRateResult {
  readonly rate: number;
  readonly baseline: FixedRateStatistics;
  readonly mock: FixedRateStatistics;
  /** Absent without BENCH_REFERENCE_MOCK. */
  readonly reference?: FixedRateStatistics;
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
  readonly settings: Readonly<Record<string, number | string | undefined>>;
  readonly throughput: readonly ThroughputResult[];
  readonly fixedRate: FixedRateResult;
  readonly memory: MemoryResult;
  /** Absent without BENCH_REFERENCE_MOCK. */
  readonly referenceMemory?: MemoryResult;
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

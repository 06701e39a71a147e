/** Knobs of `npm run bench`, each read from the environment with its default. */
export interface BenchSettings {
  /** BENCH_DURATION_S: length of each throughput and fixed-rate run, in seconds (default 5). */
  readonly durationSeconds: number;
  /**
   * BENCH_ROUNDS: rounds of throughput and fixed-rate runs, mock and baseline alternating, with
   * medians reported (default 5). Many short runs spread background load over both servers.
   */
  readonly rounds: number;
  /** BENCH_CONNECTIONS: concurrent connections of the load generator (default 10). */
  readonly connections: number;
  /** BENCH_FIXED_RATE: requests per second of the fixed-rate latency run (default 1000). */
  readonly fixedRate: number;
  /** BENCH_TOKENS: tokens the memory run mints through the token path (default 1,000,000). */
  readonly tokens: number;
  /** BENCH_MINT_TIMEOUT_S: upper bound of the memory run, in seconds; it reports what it minted by then (default 300). */
  readonly mintTimeoutSeconds: number;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    durationSeconds: readPositiveInteger(env, 'BENCH_DURATION_S', 5),
    rounds: readPositiveInteger(env, 'BENCH_ROUNDS', 5),
    connections: readPositiveInteger(env, 'BENCH_CONNECTIONS', 10),
    fixedRate: readPositiveInteger(env, 'BENCH_FIXED_RATE', 1000),
    tokens: readPositiveInteger(env, 'BENCH_TOKENS', 1_000_000),
    mintTimeoutSeconds: readPositiveInteger(env, 'BENCH_MINT_TIMEOUT_S', 300),
  };
}

function readPositiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;

  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${name}="${value}" is invalid: use a whole number of at least 1, or unset it for ${fallback}.`);
  }
  return parsed;
}

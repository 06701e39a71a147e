import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Knobs of `npm run bench`, each read from the environment with its default. */
export interface BenchSettings {
  /** BENCH_DURATION_S: length of each throughput and fixed-rate run, in seconds (default 5). */
  readonly durationSeconds: number;
  /**
   * BENCH_ROUNDS: rounds of throughput and fixed-rate runs, the servers taking turns to go first,
   * with medians reported (default 5). Many short runs spread background load over every server.
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
  /**
   * BENCH_REFERENCE_MOCK: root directory of another checkout of this repository, such as an older
   * commit, whose mock (its src/mock/server.ts) joins every round as a third server, so that two
   * versions of the mock are compared under the same load. Unset by default.
   */
  readonly referenceMock: string | undefined;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    durationSeconds: readPositiveInteger(env, 'BENCH_DURATION_S', 5),
    rounds: readPositiveInteger(env, 'BENCH_ROUNDS', 5),
    connections: readPositiveInteger(env, 'BENCH_CONNECTIONS', 10),
    fixedRate: readPositiveInteger(env, 'BENCH_FIXED_RATE', 1000),
    tokens: readPositiveInteger(env, 'BENCH_TOKENS', 1_000_000),
    mintTimeoutSeconds: readPositiveInteger(env, 'BENCH_MINT_TIMEOUT_S', 300),
    referenceMock: readReferenceMock(env),
  };
}

/** Returns the reference mock's server module, or undefined when BENCH_REFERENCE_MOCK is unset. */
function readReferenceMock(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.BENCH_REFERENCE_MOCK?.trim();
  if (value === undefined || value === '') return undefined;

  const serverModule = resolve(value, 'src', 'mock', 'server.ts');
  if (!existsSync(serverModule)) {
    throw new Error(
      `BENCH_REFERENCE_MOCK="${value}" is invalid: ${serverModule} does not exist. Set it to the root of a checkout of this repository, or unset it.`,
    );
  }
  return serverModule;
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

import type { BaselineResponses } from './baseline-server.ts';

/**
 * The kind of server a child process runs: this checkout's mock, the bare baseline, or the mock
 * of another checkout (BENCH_REFERENCE_MOCK).
 */
export type ServerKind = 'mock' | 'baseline' | 'reference';

/** Messages from the benchmark to a server process. */
export type ServerCommand =
  | { readonly type: 'start'; readonly kind: 'mock' }
  | { readonly type: 'start'; readonly kind: 'baseline'; readonly responses: BaselineResponses }
  /** `serverModule` is the path of the other checkout's src/mock/server.ts. */
  | { readonly type: 'start'; readonly kind: 'reference'; readonly serverModule: string }
  | { readonly type: 'memory' }
  | { readonly type: 'cpu' }
  | { readonly type: 'stop' };

/** Messages from a server process to the benchmark. */
export type ServerReport =
  | { readonly type: 'listening'; readonly url: string }
  | { readonly type: 'memory'; readonly rssBytes: number; readonly heapUsedBytes: number }
  /** CPU time the server process has used since it started, user plus system, in microseconds. */
  | { readonly type: 'cpu'; readonly cpuMicros: number };

import type { EventEmitter } from 'node:events';

import autocannon from 'autocannon';

import { LatencyRecorder } from './latency-recorder.ts';

/** One autocannon run against one URL. */
export interface MeasureOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  /** Length of the run in seconds; ignored when `amount` is set. */
  readonly durationSeconds?: number;
  /** Requests per second over all connections; unset means as fast as the server responds. */
  readonly overallRate?: number;
  /** Total number of requests to send; the run ends when all have responses. */
  readonly amount?: number;
  /** Requests in flight per connection (HTTP pipelining); default 1. */
  readonly pipelining?: number;
  /** Upper bound in seconds for a run with `amount`: it stops there and reports what it got. */
  readonly maxSeconds?: number;
}

export interface Measurement {
  /** Responses per second, averaged over the run. */
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses with a 2xx status. */
  readonly successes: number;
  /** Responses with another status, plus connection errors and timeouts. */
  readonly failures: number;
  readonly durationSeconds: number;
}

/** Runs autocannon and returns throughput and exact latency percentiles of its responses. */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  const latencies = new LatencyRecorder();
  let settle: (error: Error | null, result: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    settle = (error, result) => (error ? reject(error) : resolve(result));
  });

  const instance = autocannon({
    url: options.url,
    headers: { ...options.headers },
    connections: options.connections,
    pipelining: options.pipelining ?? 1,
    ...(options.amount === undefined ? { duration: options.durationSeconds ?? 10 } : { amount: options.amount }),
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
  }, (error, result) => settle(error, result));

  // autocannon 9 passes the client first; @types/autocannon 7 still describes the older signature.
  (instance as unknown as EventEmitter).on(
    'response',
    (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.record(responseTimeMs);
    },
  );

  const stopTimer =
    options.maxSeconds === undefined ? undefined : setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  const result = await finished;
  clearTimeout(stopTimer);

  return {
    requestsPerSecond: result['2xx'] / result.duration,
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    successes: result['2xx'],
    failures: result.non2xx + result.errors + result.timeouts,
    durationSeconds: result.duration,
  };
}

import type { HttpExchange, Side } from './http-exchange.ts';
import type { Probe } from './probes.ts';

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
}

/** Latency of one probe on both sides, in milliseconds, over `requests` pairs. */
export interface LatencyMeasurement {
  readonly requests: number;
  readonly directMs: Percentiles;
  readonly proxyMs: Percentiles;
  /** Percentiles of the per-pair difference, proxy minus direct. */
  readonly overheadMs: Percentiles;
}

/** Returns the nearest-rank percentile of `values`, rounded to hundredths of a millisecond. */
export function percentile(values: readonly number[], rank: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const index = Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1);
  return Math.round((sorted[index] ?? Number.NaN) * 100) / 100;
}

function percentilesOf(values: readonly number[]): Percentiles {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

/**
 * Times `requests` pairs of the probe, one request at a time, after one untimed pair that opens
 * the connections. Each pair alternates which side goes first, so neither side always gets the
 * warmer caches. Throws the first ExchangeError.
 */
export async function measureLatency(exchange: HttpExchange, probe: Probe, requests: number): Promise<LatencyMeasurement> {
  await exchange.send('direct', probe);
  await exchange.send('proxy', probe);

  const direct: number[] = [];
  const proxy: number[] = [];
  for (let pair = 0; pair < requests; pair += 1) {
    const order: Side[] = pair % 2 === 0 ? ['direct', 'proxy'] : ['proxy', 'direct'];
    for (const side of order) {
      const { durationMs } = await exchange.send(side, probe);
      (side === 'direct' ? direct : proxy).push(durationMs);
    }
  }

  const overhead = proxy.map((duration, pair) => duration - direct[pair]!);
  return { requests, directMs: percentilesOf(direct), proxyMs: percentilesOf(proxy), overheadMs: percentilesOf(overhead) };
}

import type { Threshold } from 'k6/options';

import { readNumber } from './env.ts';

/**
 * Builds the pass or fail contract of a run. A failed check alone fails nothing in k6, so the
 * checks rate is a threshold too. Limits come from the environment:
 *
 * - LOAD_P95_MS, LOAD_P99_MS: latency limits in milliseconds for both endpoints (default 500
 *   and 1000).
 * - LOAD_MAX_FAILED_RATE: largest share of requests that may fail, from 0 to 1 (default 0.01).
 * - LOAD_MIN_CHECKS_RATE: smallest share of checks that must pass, from 0 to 1 (default 0.99).
 */
export function readThresholds(): Record<string, Threshold[]> {
  const p95Ms = readNumber('LOAD_P95_MS', 500, 1, 600_000);
  const p99Ms = readNumber('LOAD_P99_MS', 1000, 1, 600_000);
  const maxFailedRate = readNumber('LOAD_MAX_FAILED_RATE', 0.01, 0, 1);
  const minChecksRate = readNumber('LOAD_MIN_CHECKS_RATE', 0.99, 0, 1);
  const latency = [`p(95)<${p95Ms}`, `p(99)<${p99Ms}`];

  return {
    // The plain endpoint gets the same limits. Its thresholds also put its latency in the summary
    // beside the token endpoint's, and the difference is the cost of minting a token.
    'http_req_duration{endpoint:token}': latency,
    'http_req_duration{endpoint:plain}': latency,
    // k6 passes a latency threshold that received no samples, so a run whose tag filter matched
    // nothing, or that sent no request at all, would go green. A counter with no samples counts
    // 0, so these fail such a run.
    'http_reqs{endpoint:token}': ['count>0'],
    'http_reqs{endpoint:plain}': ['count>0'],
    http_req_failed: [`rate<=${maxFailedRate}`],
    checks: [`rate>=${minChecksRate}`],
  };
}

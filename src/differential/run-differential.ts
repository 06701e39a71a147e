import type { Logger } from '../logging/logger.ts';
import { redactText, redactUrl } from '../redaction/redact.ts';
import { toComparable } from './comparable-response.ts';
import type { DifferentialSettings } from './differential-settings.ts';
import type { DifferentialReport, DifferentialVerdict, ProbeResult, ReportedDifference } from './differential-report.ts';
import { ExchangeError, HttpExchange } from './http-exchange.ts';
import { findDifferences } from './json-differences.ts';
import { measureLatency } from './latency.ts';
import { buildProbes, LATENCY_PROBE_NAME, type Probe } from './probes.ts';

/** Differences kept per probe; a body that differs everywhere would otherwise flood the report. */
const MAX_DIFFERENCES_PER_PROBE = 200;

/** Characters of a differing value kept in reports. */
const VALUE_EXCERPT_LENGTH = 200;

/**
 * Sends every probe to the upstream directly and through the proxy, compares the responses,
 * then times the proxy's overhead. Requests go one at a time, never in parallel.
 */
export async function runDifferential(settings: DifferentialSettings, logger: Logger): Promise<DifferentialReport> {
  const startedAt = new Date().toISOString();
  const secrets = [settings.apiKey, settings.proxyAuthHeader?.value];
  const exchange = new HttpExchange(settings);
  const probes = buildProbes(settings);

  try {
    const results: ProbeResult[] = [];
    for (const probe of probes) results.push(await compareProbe(exchange, probe, secrets, logger));

    const latencyProbe = probes.find((probe) => probe.name === LATENCY_PROBE_NAME)!;
    const latency = await measureLatency(exchange, latencyProbe, settings.latencyRequests).then(
      (measurement) => ({ probe: latencyProbe.name, measurement }),
      (error: unknown) => {
        if (!(error instanceof ExchangeError)) throw error;
        logger.error({ probe: latencyProbe.name, err: error.message }, 'Latency measurement failed');
        return { probe: latencyProbe.name, failure: error.message };
      },
    );

    const differenceCount = results.reduce((count, result) => count + result.differences.length + result.unlistedDifferences, 0);
    return {
      startedAt,
      directUrl: printableUrl(settings.directUrl),
      proxyUrl: printableUrl(settings.proxyUrl),
      proxyAuth: settings.proxyAuth,
      verdict: verdictOf(results, 'failure' in latency),
      differenceCount,
      probes: results,
      latency,
    };
  } finally {
    exchange.close();
  }
}

async function compareProbe(exchange: HttpExchange, probe: Probe, secrets: readonly (string | undefined)[], logger: Logger): Promise<ProbeResult> {
  const base = { name: probe.name, method: 'GET' as const, path: redactText(probe.path, secrets), differences: [], unlistedDifferences: 0 };
  if (probe.skipReason !== undefined) return { ...base, outcome: 'skipped', reason: probe.skipReason };

  let comparable: { direct: unknown; proxy: unknown };
  try {
    comparable = {
      direct: toComparable(await exchange.send('direct', probe)),
      proxy: toComparable(await exchange.send('proxy', probe)),
    };
  } catch (error) {
    if (!(error instanceof ExchangeError)) throw error;
    logger.error({ probe: probe.name, err: error.message }, 'Differential request failed');
    return { ...base, outcome: 'failed', reason: error.message };
  }

  const differences = findDifferences(comparable.direct, comparable.proxy);
  const reported: ReportedDifference[] = differences.slice(0, MAX_DIFFERENCES_PER_PROBE).map(({ pointer, direct, proxy }) => ({
    pointer,
    direct: renderValue(direct, secrets),
    proxy: renderValue(proxy, secrets),
  }));
  return {
    ...base,
    outcome: differences.length === 0 ? 'same' : 'different',
    differences: reported,
    unlistedDifferences: differences.length - reported.length,
  };
}

/** Removes user info, and the trailing slash that URL serialisation adds. */
function printableUrl(url: string): string {
  return redactUrl(url).replace(/\/$/, '');
}

/** Renders a value as JSON text, shortened and masked; an absent value reads "(absent)". */
function renderValue(value: unknown, secrets: readonly (string | undefined)[]): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  const excerpt = text.length > VALUE_EXCERPT_LENGTH ? `${text.slice(0, VALUE_EXCERPT_LENGTH)}…` : text;
  return redactText(excerpt, secrets);
}

function verdictOf(results: readonly ProbeResult[], latencyFailed: boolean): DifferentialVerdict {
  if (latencyFailed || results.some((result) => result.outcome === 'failed')) return 'incomplete';
  return results.some((result) => result.outcome === 'different') ? 'different' : 'same';
}

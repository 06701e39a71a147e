import { TARGETS, type BenchResults, type MockThroughput, type RunStatistics } from './results.ts';

const MIB = 1024 * 1024;

/** Renders the results as the plain-text table `npm run bench` prints. */
export function renderReport(results: BenchResults): string {
  const lines: string[] = [];
  const { settings } = results;

  lines.push(`Embedded mock against a bare node:http baseline, 127.0.0.1, ${results.date}`);
  lines.push(
    `Node ${results.node}, ${results.cpus} CPUs (${results.cpuModel}), load average ${results.loadAverage.start.toFixed(2)} at start and ${results.loadAverage.end.toFixed(2)} at end`,
  );
  lines.push('');

  lines.push(
    `Throughput: ${settings.connections} connections, ${settings.durationSeconds} s per run, median of ${settings.rounds} rounds`,
  );
  const rows: string[][] = [['path', 'server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req']];
  const spreads: string[] = [];
  for (const result of results.throughput) {
    rows.push([result.path, 'baseline', ...formatStats(result.baseline)]);
    const mocks: [string, MockThroughput | undefined][] = [
      ['mock', result.mock],
      ['reference', result.reference],
    ];
    for (const [name, mock] of mocks) {
      if (mock === undefined) continue;
      rows.push([result.path, name, ...formatStats(mock.stats)]);
      rows.push([result.path, `${name} / baseline`, ...formatRatios(mock.ratios)]);
      spreads.push(
        `  ${result.path} ${name} / baseline per round: req/s ${formatRange(mock.roundRatios.requestsPerSecond)}, CPU µs/req ${formatRange(mock.roundRatios.serverCpuMicrosPerRequest)}`,
      );
    }
  }
  lines.push(...renderTable(rows, 2));
  lines.push(...spreads);

  const token = results.throughput.find((result) => result.path === 'token');
  if (token !== undefined) {
    lines.push(
      verdict(
        token.mock.ratios.requestsPerSecond >= TARGETS.minThroughputRatio,
        `token path throughput ratio ${token.mock.ratios.requestsPerSecond.toFixed(2)}, target at least ${TARGETS.minThroughputRatio}`,
      ),
    );
    // When the server is the bottleneck, its throughput is inversely proportional to its CPU time
    // per request. Unlike requests per second, that ratio barely moves with other load.
    const cpuBoundRatio = 1 / token.mock.ratios.serverCpuMicrosPerRequest;
    lines.push(
      verdict(
        cpuBoundRatio >= TARGETS.minThroughputRatio,
        `token path CPU-bound throughput ratio (baseline CPU / mock CPU per request) ${cpuBoundRatio.toFixed(2)}, target at least ${TARGETS.minThroughputRatio}`,
      ),
    );
  }
  lines.push('');

  const { fixedRate } = results;
  lines.push(
    `Fixed rate: ${fixedRate.rate} req/s on the token path, ${settings.durationSeconds} s per run, median of ${settings.rounds} rounds`,
  );
  const fixedRateRows: string[][] = [
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'worst p99 ms'],
    ['baseline', ...formatStats(fixedRate.baseline), fixedRate.baseline.worstP99Ms.toFixed(3)],
    ['mock', ...formatStats(fixedRate.mock), fixedRate.mock.worstP99Ms.toFixed(3)],
  ];
  if (fixedRate.reference !== undefined) {
    fixedRateRows.push(['reference', ...formatStats(fixedRate.reference), fixedRate.reference.worstP99Ms.toFixed(3)]);
  }
  lines.push(...renderTable(fixedRateRows, 1));
  lines.push(
    verdict(
      fixedRate.mock.p99Ms < TARGETS.maxFixedRateP99Ms,
      `mock p99 ${fixedRate.mock.p99Ms.toFixed(2)} ms, target under ${TARGETS.maxFixedRateP99Ms} ms`,
    ),
  );
  lines.push('');

  const { memory } = results;
  lines.push(
    `Memory: ${memory.tokensMinted.toLocaleString('en-US')} tokens minted through the token path in ${memory.seconds.toFixed(1)} s (default 900 s lifetime, so none expired)`,
  );
  lines.push(
    `  mock RSS ${(memory.rssBeforeBytes / MIB).toFixed(1)} MiB at start, ${(memory.rssAfterBytes / MIB).toFixed(1)} MiB after, heap in use ${(memory.heapUsedAfterBytes / MIB).toFixed(1)} MiB (after full GC)`,
  );
  if (results.referenceMemory !== undefined) {
    const reference = results.referenceMemory;
    lines.push(
      `  reference RSS ${(reference.rssBeforeBytes / MIB).toFixed(1)} MiB at start, ${(reference.rssAfterBytes / MIB).toFixed(1)} MiB after ${reference.tokensMinted.toLocaleString('en-US')} tokens in ${reference.seconds.toFixed(1)} s, heap in use ${(reference.heapUsedAfterBytes / MIB).toFixed(1)} MiB`,
    );
  }
  const allMinted = memory.tokensMinted >= memory.tokensRequested;
  lines.push(
    verdict(
      allMinted && memory.rssAfterBytes < TARGETS.maxRssBytes,
      `RSS ${(memory.rssAfterBytes / MIB).toFixed(1)} MiB after ${memory.tokensMinted.toLocaleString('en-US')} of ${memory.tokensRequested.toLocaleString('en-US')} tokens, target under ${TARGETS.maxRssBytes / MIB} MiB`,
    ),
  );

  return `${lines.join('\n')}\n`;
}

function formatStats(stats: RunStatistics): string[] {
  return [
    stats.requestsPerSecond.toFixed(0),
    stats.p50Ms.toFixed(3),
    stats.p99Ms.toFixed(3),
    stats.serverCpuMicrosPerRequest.toFixed(1),
  ];
}

function formatRatios(ratios: RunStatistics): string[] {
  return [
    ratios.requestsPerSecond.toFixed(2),
    ratios.p50Ms.toFixed(2),
    ratios.p99Ms.toFixed(2),
    ratios.serverCpuMicrosPerRequest.toFixed(2),
  ];
}

/** Lists per-round values in round order, then their minimum and maximum. */
function formatRange(values: readonly number[]): string {
  return `${values.map((value) => value.toFixed(2)).join(' ')} (${Math.min(...values).toFixed(2)} to ${Math.max(...values).toFixed(2)})`;
}

function verdict(met: boolean, text: string): string {
  return `  ${met ? 'MET' : 'MISSED'}: ${text}`;
}

/** Aligns `rows` in columns: the first `textColumns` to the left, numbers to the right. */
function renderTable(rows: readonly string[][], textColumns: number): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const align = (cell: string, column: number): string =>
    column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0);
  return rows.map((row) => `  ${row.map(align).join('  ')}`);
}

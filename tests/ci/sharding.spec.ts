import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import type { CheckResultsDocument } from '../../suites/reporting/check-results.ts';
import { runNode } from './support/child-process.ts';
import { readChecks, runConformance } from './support/conformance-run.ts';

// Three whole suite runs and a merge, each in a child process.
test.describe.configure({ timeout: 180_000 });

/**
 * The parts of check results that must not depend on how the run was split: check ids, levels,
 * outcomes and test titles. Durations, start times and the target URL (each shard starts its own
 * embedded mock on its own port) are left out.
 */
function comparableChecks(document: CheckResultsDocument | undefined): unknown {
  if (document === undefined) return undefined;
  return {
    verdict: document.verdict,
    strict: document.strict,
    counts: document.counts,
    checks: document.checks.map((check) => ({
      checkId: check.checkId,
      level: check.level,
      outcome: check.outcome,
      tests: check.tests.map((entry) => ({ title: entry.title, outcome: entry.outcome })),
    })),
  };
}

test('two merged shards give the check results of one run', async ({}, testInfo) => {
  const unshardedDir = testInfo.outputPath('unsharded');
  const shardDirs = [testInfo.outputPath('shard-1'), testInfo.outputPath('shard-2')];
  const blobDir = testInfo.outputPath('all-blob-reports');
  const mergedDir = testInfo.outputPath('merged');

  // Each run starts its own embedded mock, as each CI machine would.
  const [unsharded, ...shards] = await Promise.all([
    runConformance({ reportsDir: unshardedDir }),
    ...shardDirs.map((reportsDir, index) =>
      runConformance({
        reportsDir,
        args: [`--shard=${index + 1}/2`],
        env: { PLAYWRIGHT_BLOB_OUTPUT_DIR: join(reportsDir, 'blob') },
      }),
    ),
  ]);
  mkdirSync(blobDir);
  for (const reportsDir of shardDirs) {
    for (const name of readdirSync(join(reportsDir, 'blob'))) copyFileSync(join(reportsDir, 'blob', name), join(blobDir, name));
  }
  const blobFiles = readdirSync(blobDir).sort();
  const merge = await runNode(['--import', 'tsx', 'src/cli/main.ts', 'merge-reports', blobDir, '--reports-dir', mergedDir], {
    timeoutMs: 60_000,
  });

  expect(unsharded.exitCode, unsharded.output).toBe(0);
  for (const shard of shards) {
    expect(shard.exitCode, shard.output).toBe(0);
    expect(shard.checks?.checks.length, 'a shard checks only part of the catalogue').toBeLessThan(unsharded.checks?.checks.length ?? 0);
  }
  expect(blobFiles).toEqual(['report-1.zip', 'report-2.zip']);
  expect(merge.exitCode, merge.output).toBe(0);
  expect(comparableChecks(readChecks(mergedDir))).toEqual(comparableChecks(unsharded.checks));
});

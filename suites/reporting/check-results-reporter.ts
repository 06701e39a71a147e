import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

import { catalogueDigest } from '../../src/catalogue/catalogue-digest.ts';
import { CATALOGUE_VERSION, findCheck, type Level } from '../../src/catalogue/checks.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';
import { redactText, redactUrl } from '../../src/redaction/redact.ts';
import { RESOLVED_ENV } from '../support/target.ts';
import { parseEvidence, type Evidence } from '../support/evidence.ts';
import { ANNOTATION, summariseError } from '../support/levels.ts';
import {
  foldOutcomes,
  type CheckOutcome,
  type CheckResultsDocument,
  type CheckSummary,
  type CheckTestResult,
} from './check-results.ts';
import { secretValues } from '../../src/config/secret-values.ts';

export interface CheckResultsReporterOptions {
  /** Path of the JSON document. */
  readonly outputFile: string;
}

/**
 * Folds Playwright's test results into one outcome per check id, writes them as JSON and prints a
 * table: the conformance view of a run, which Playwright's own reporters do not have.
 */
export default class CheckResultsReporter implements Reporter {
  private readonly outputFile: string;
  private readonly strict: boolean;
  private readonly secrets: readonly string[];
  private readonly results: CheckTestResult[] = [];
  private readonly target: CheckResultsDocument['target'];
  private startedAt = new Date();

  constructor(options: CheckResultsReporterOptions) {
    this.outputFile = options.outputFile;
    // Secrets come from the configuration here, never through reporter options: Playwright
    // copies those options into its JSON report.
    loadDotenvFile();
    const config = loadConfig();
    this.strict = config.strict;
    this.target = { kind: config.target, baseUrl: config.baseUrl ?? null };
    this.secrets = secretValues(config);
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: FullConfig, _suite: Suite): void {
    this.startedAt = new Date();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const checkId = annotation(test, result, ANNOTATION.check);
    if (checkId === undefined) return;
    // A retried test reports once per attempt; only the final attempt counts.
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;

    const level = (annotation(test, result, ANNOTATION.level) ?? findCheck(checkId)?.level ?? 'MUST') as Level;
    const warnings = annotations(result, ANNOTATION.warning);
    const observations = annotations(result, ANNOTATION.observation);
    const secrets = this.secrets;
    const notes = [
      ...result.errors.map((error) => summariseError(new Error(error.message ?? error.value ?? 'unknown error'), secrets)),
      ...warnings,
      ...observations,
      ...annotations(result, 'skip'),
    ].map((note) => redactText(note, secrets));

    this.results.push({
      checkId,
      level,
      title: test.title,
      outcome: outcomeOf(result, level, warnings.length > 0),
      notes,
      evidence: annotations(result, ANNOTATION.evidence)
        .map(parseEvidence)
        .filter((entry): entry is Evidence => entry !== undefined),
      durationMs: result.duration,
    });
  }

  onEnd(result: FullResult): void {
    // A run that ended before any check (a failed global setup, say) has no verdict. Writing a
    // results file with zero checks would read as "conformant" to anything downstream.
    if (this.results.length === 0) {
      process.stdout.write(`\nNo check ran (Playwright status: ${result.status}), so there is no verdict and no ${this.outputFile}.\n`);
      return;
    }
    // Global setup publishes the embedded mock's URL before the tests run.
    const baseUrl = this.target.baseUrl ?? process.env[RESOLVED_ENV.baseUrl] ?? null;
    const document = buildDocument(this.results, {
      strict: this.strict,
      startedAt: this.startedAt.toISOString(),
      target: { kind: this.target.kind, baseUrl: baseUrl === null ? null : redactUrl(baseUrl) },
    });
    mkdirSync(dirname(this.outputFile), { recursive: true });
    writeFileSync(this.outputFile, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(renderTable(document, dirname(this.outputFile)));
  }
}

function annotation(test: TestCase, result: TestResult, type: string): string | undefined {
  return [...test.annotations, ...result.annotations].find((entry) => entry.type === type)?.description;
}

function annotations(result: TestResult, type: string): string[] {
  return result.annotations.filter((entry) => entry.type === type).map((entry) => entry.description ?? '');
}

function outcomeOf(result: TestResult, level: Level, warned: boolean): CheckOutcome {
  if (result.status === 'skipped') return 'skip';
  if (result.status !== 'passed') return 'fail';
  if (warned) return 'warn';
  return level === 'MAY' ? 'observed' : 'pass';
}

export interface RunMetadata {
  readonly strict: boolean;
  readonly startedAt: string;
  readonly target: CheckResultsDocument['target'];
}

export function buildDocument(results: readonly CheckTestResult[], run: RunMetadata): CheckResultsDocument {
  const byCheck = new Map<string, CheckTestResult[]>();
  for (const result of results) {
    const list = byCheck.get(result.checkId) ?? [];
    list.push(result);
    byCheck.set(result.checkId, list);
  }

  const checks: CheckSummary[] = [...byCheck.entries()]
    .map(([checkId, tests]) => ({
      checkId,
      level: findCheck(checkId)?.level ?? tests[0]!.level,
      outcome: foldOutcomes(tests.map((test) => test.outcome)),
      tests: [...tests].sort((left, right) => left.title.localeCompare(right.title)),
    }))
    .sort((left, right) => left.checkId.localeCompare(right.checkId));

  const counts: Record<CheckOutcome, number> = { pass: 0, fail: 0, warn: 0, skip: 0, observed: 0 };
  for (const check of checks) counts[check.outcome] += 1;

  return {
    catalogueVersion: CATALOGUE_VERSION,
    catalogueSha256: catalogueDigest(),
    startedAt: run.startedAt,
    target: run.target,
    strict: run.strict,
    verdict: counts.fail > 0 ? 'non-conformant' : 'conformant',
    counts,
    checks,
  };
}

/** Maximum length of a note in a table row; the full notes are in checks.json. */
const TABLE_NOTE_LENGTH = 160;

/**
 * Condenses a note to one line: its first line, plus the expected and received values of an
 * assertion when the note has them, so a row shows what differed.
 */
export function condenseNote(note: string): string {
  const lines = note.split('\n').map((line) => line.trim());
  const expected = lines.find((line) => line.startsWith('Expected:'));
  const received = lines.find((line) => line.startsWith('Received:'));
  const values = expected !== undefined && received !== undefined ? ` (${expected.toLowerCase()}, ${received.toLowerCase()})` : '';
  const condensed = `${lines[0] ?? ''}${values}`;
  return condensed.length > TABLE_NOTE_LENGTH ? `${condensed.slice(0, TABLE_NOTE_LENGTH - 1)}…` : condensed;
}

function renderTable(document: CheckResultsDocument, reportsDir: string): string {
  const rows = document.checks.map((check) => {
    // A check's note comes from the test that decided its outcome.
    const decidingTest = check.tests.find((test) => test.outcome === check.outcome) ?? check.tests[0];
    const firstNote = decidingTest?.notes[0];
    const note = check.outcome === 'pass' || firstNote === undefined ? '' : `  ${condenseNote(firstNote)}`;
    return `  ${check.outcome.toUpperCase().padEnd(8)} ${check.level.padEnd(6)} ${check.checkId}${note}`;
  });
  const counts = Object.entries(document.counts)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
  const target = document.target.baseUrl === null ? document.target.kind : `${document.target.kind} at ${document.target.baseUrl}`;

  return [
    '',
    `Checks of ${target} (catalogue ${document.catalogueVersion}${document.strict ? ', strict mode' : ''}):`,
    ...rows,
    '',
    `Verdict: ${document.verdict} (${counts})`,
    `Reports: ${reportsDir}`,
    '',
  ].join('\n');
}

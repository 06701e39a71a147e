import { orderForReview, unverifiedChecks, type CertificationReport, type CertifiedCheck } from './certification.ts';
import { redactCertification } from './redact-certification.ts';
import {
  REPORT_TITLE,
  describeCounts,
  describeExchange,
  describeStatuses,
  describeStrictMode,
  describeTarget,
  describeVerdict,
  firstNoteLine,
} from './report-text.ts';

/**
 * Renders the certification as GitHub-flavoured Markdown: the verdict, the run, one table row per
 * catalogue check with failures first, then the notes and evidence of each check. Every text from
 * the run is masked again with `secrets` and escaped, so no note can inject Markdown or HTML.
 */
export function renderMarkdown(report: CertificationReport, secrets: readonly string[]): string {
  const safe = redactCertification(report, secrets);
  const ordered = orderForReview(safe.checks);

  return [
    `# ${REPORT_TITLE}`,
    '',
    `**Verdict: ${describeVerdict(safe).toUpperCase()}** (${describeCounts(safe)})`,
    '',
    ...renderUnverified(safe),
    '| Run | |',
    '|---|---|',
    `| Target | ${escapeMarkdown(describeTarget(safe))} |`,
    `| Catalogue | ${escapeMarkdown(safe.catalogue.version)}, sha256 \`${safe.catalogue.sha256}\` |`,
    `| Tool | ${escapeMarkdown(`${safe.tool.name} ${safe.tool.version}`)} |`,
    `| Run started | ${escapeMarkdown(safe.runStartedAt)} |`,
    `| Report generated | ${escapeMarkdown(safe.generatedAt)} |`,
    `| Strict mode | ${escapeMarkdown(describeStrictMode(safe))} |`,
    '',
    '## Checks',
    '',
    '| Check | Level | Result | Status | Note |',
    '|---|---|---|---|---|',
    ...ordered.map(renderRow),
    '',
    '## Details',
    '',
    ...ordered.flatMap(renderDetails),
  ].join('\n');
}

function renderUnverified(report: CertificationReport): string[] {
  const unverified = unverifiedChecks(report);
  if (unverified.length === 0) return [];
  const list = unverified.map((check) => `\`${check.id}\` (${check.level})`).join(', ');
  return [`Not verified by this run, so not part of the verdict: ${list}.`, ''];
}

function renderRow(check: CertifiedCheck): string {
  const cells = [
    `[\`${check.id}\`](#${anchorOf(check.id)})`,
    check.level,
    check.result.toUpperCase(),
    escapeMarkdown(describeStatuses(check.evidence)),
    escapeMarkdown(firstNoteLine(check.notes)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderDetails(check: CertifiedCheck): string[] {
  const lines = [
    `### ${check.id}`,
    '',
    `**${check.result.toUpperCase()}** · ${check.level} · ${escapeMarkdown(check.behaviour)}`,
    '',
  ];

  if (check.recordedOutcome !== null && check.recordedOutcome !== check.result) {
    lines.push(`The run recorded ${check.recordedOutcome}.`, '');
  }
  if (check.notes.length > 0) {
    lines.push('Notes:', '', ...check.notes.flatMap((note) => [fence(note), '']));
  }
  if (check.evidenceTest !== null) {
    lines.push(`Evidence from the test "${escapeMarkdown(check.evidenceTest)}":`, '');
    if (check.evidence.length === 0) lines.push('No request was recorded.', '');
    for (const entry of check.evidence) {
      lines.push(`- ${escapeMarkdown(describeExchange(entry))}`, '', indent(fence(entry.excerpt || '(empty body)')), '');
    }
  }
  if (check.tests.length > 1) {
    lines.push('Tests:', '', ...check.tests.map((test) => `- ${test.outcome.toUpperCase()} ${escapeMarkdown(test.title)}`), '');
  }
  return lines;
}

/** GitHub's heading anchor for a check id: lower case, dots removed. */
function anchorOf(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
}

/**
 * Escapes text for a Markdown paragraph or table cell: HTML special characters become entities,
 * Markdown punctuation gets a backslash, and line breaks become spaces so a row stays one row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Wraps text in a fenced code block whose fence is longer than any run of backticks in it. */
function fence(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marker = '`'.repeat(Math.max(3, longestRun + 1));
  return `${marker}text\n${text}\n${marker}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

import { expect, test } from '@playwright/test';

import { CHECKS } from '../../src/catalogue/checks.ts';
import { buildCertification } from '../../src/certification/build-certification.ts';
import type { CertificationReport } from '../../src/certification/certification.ts';
import { renderMarkdown } from '../../src/certification/render-markdown.ts';
import { checkResults, summary } from './documents.ts';

const SECRET = 'configured_key_5f2e9a';

function certify(notes: readonly string[]): CertificationReport {
  const document = checkResults([
    summary('customer.found', [{ outcome: 'pass' }]),
    summary('token.format', [{ outcome: 'warn', notes }]),
  ]);
  return buildCertification(document, {
    strict: false,
    generatedAt: '2025-01-02T04:00:00.000Z',
    tool: { name: 'juspay-get-customer-conformance', version: '0.1.0' },
    catalogueSha256: '0'.repeat(64),
  });
}

/** Rows of the checks table: the lines after its header and separator, up to the first non-row. */
function tableRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const header = lines.indexOf('| Check | Level | Result | Status | Note |');
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

test('markdown table lists every catalogue id', () => {
  const rows = tableRows(renderMarkdown(certify([]), [SECRET]));

  const ids = rows.map((row) => /^\| \[`([^`]+)`\]/.exec(row)?.[1]);

  expect(ids.sort()).toEqual(CHECKS.map((check) => check.id).sort());
});

test('markdown table lists the warning before passes', () => {
  const rows = tableRows(renderMarkdown(certify(['token is upper case']), [SECRET]));

  expect(rows[0]).toContain('`token.format`');
  expect(rows[0]).toContain('| WARN |');
});

test('markdown table keeps a note with a pipe on one row', () => {
  const rows = tableRows(renderMarkdown(certify(['a | b\nsecond line']), [SECRET]));

  expect(rows[0]).toContain('a \\| b');
  expect(rows).toHaveLength(CHECKS.length);
});

test('markdown escapes html in a note summary', () => {
  const markdown = renderMarkdown(certify(['<script>alert(1)</script>']), [SECRET]);

  expect(tableRows(markdown)[0]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
});

test('markdown fences a note that contains backticks', () => {
  const markdown = renderMarkdown(certify(['expected ```json``` here']), [SECRET]);

  expect(markdown).toContain('````text\nexpected ```json``` here\n````');
});

test('markdown names checks that did not run', () => {
  const markdown = renderMarkdown(certify([]), [SECRET]);

  expect(markdown).toMatch(/Not verified by this run, so not part of the verdict: .*`auth\.bad-origin` \(MUST\)/);
});

test('markdown masks a configured key in a note', () => {
  const markdown = renderMarkdown(certify([`the key ${SECRET} was echoed`]), [SECRET]);

  expect(markdown).not.toContain(SECRET);
});

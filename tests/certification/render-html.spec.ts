import { expect, test } from '@playwright/test';

import { buildCertification } from '../../src/certification/build-certification.ts';
import type { CertificationReport } from '../../src/certification/certification.ts';
import { renderHtml } from '../../src/certification/render-html.ts';
import { checkResults, evidence, summary } from './documents.ts';

const SECRET = 'configured_key_5f2e9a';

function certify(notes: readonly string[], excerpt = '{"error":true}'): CertificationReport {
  const document = checkResults([
    summary('customer.found', [{ outcome: 'pass' }]),
    summary('error.not-found', [{ outcome: 'fail', notes, evidence: [evidence(404, excerpt)] }]),
  ]);
  return buildCertification(document, {
    strict: false,
    generatedAt: '2025-01-02T04:00:00.000Z',
    tool: { name: 'juspay-get-customer-conformance', version: '0.1.0' },
    catalogueSha256: '0'.repeat(64),
  });
}

test('html has no external references', () => {
  const html = renderHtml(certify(['<img src="https://assets.example.com/a.png">', 'see http://example.com/x']), [SECRET]);

  expect(html).not.toMatch(/\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/@import/i);
  expect(html).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/<link\b/i);
});

test('html blocks every load with a content security policy', () => {
  const html = renderHtml(certify([]), [SECRET]);

  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
});

test('html escapes a script in a note', () => {
  const html = renderHtml(certify(['<script>alert("note")</script>']), [SECRET]);

  expect(html).toContain('&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt;');
  expect(html).not.toContain('<script>');
});

test('html escapes markup in an evidence excerpt', () => {
  const html = renderHtml(certify([], '<html><body onload="x()">broken</body></html>'), [SECRET]);

  expect(html).toContain('&lt;html&gt;&lt;body onload=&quot;x()&quot;&gt;broken');
  expect(html).not.toContain('onload="x()"');
});

test('html shows the verdict before the checks', () => {
  const html = renderHtml(certify(['error_code is "not_found"']), [SECRET]);

  const verdictAt = html.indexOf('<h1>Non-conformant</h1>');
  const tableAt = html.indexOf('<table>');

  expect(verdictAt).toBeGreaterThan(-1);
  expect(verdictAt).toBeLessThan(tableAt);
});

test('html lists failing checks first', () => {
  const html = renderHtml(certify(['error_code is "not_found"']), [SECRET]);

  const rows = [...html.matchAll(/<tr class="(\w+)">/g)].map((match) => match[1]);

  expect(rows[0]).toBe('fail');
  expect(rows.indexOf('fail')).toBeLessThan(rows.indexOf('pass'));
});

test('html masks a configured key in a note', () => {
  const html = renderHtml(certify([`the key ${SECRET} was echoed`]), [SECRET]);

  expect(html).not.toContain(SECRET);
  expect(html).toContain('the key [redacted] was echoed');
});

test('html masks personal data in an excerpt', () => {
  const html = renderHtml(certify([], '{"email_address":"someone@example.org","mobile_number":"9876543210"}'), [SECRET]);

  expect(html).not.toContain('someone@example.org');
  expect(html).not.toContain('9876543210');
});

test('html masks a mobile number sent as a JSON number', () => {
  const html = renderHtml(certify([], '{"mobile_number":9876543210,"mobile_country_code":"91"}'), [SECRET]);

  expect(html).not.toContain('9876543210');
  expect(html).toContain('&quot;mobile_number&quot;:[redacted]');
});

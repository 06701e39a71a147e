import { MASK, redactText, redactUrl } from '../redaction/redact.ts';
import type { CertificationReport, CertifiedCheck } from './certification.ts';

/**
 * Returns a copy of the report with every text that came from the run masked again: notes,
 * evidence, test titles and the target URL. The run already masked what it recorded. This second
 * pass also masks the configured API keys as literal values, so a report stays clean even when
 * the run was made with other settings or by an older reporter.
 *
 * Catalogue behaviours lose only the literal secrets, because the patterns would mangle their
 * documented examples ("Basic base64(key)" reads as an Authorization value). Ids, levels, times
 * and the catalogue digest are not free text and stay as they are: masking would corrupt them,
 * since eight digits inside the hex digest look like a mobile number.
 */
export function redactCertification(report: CertificationReport, secrets: readonly string[]): CertificationReport {
  const mask = (text: string): string => maskJsonNumbers(redactText(text, secrets));

  return {
    ...report,
    target: { kind: mask(report.target.kind), baseUrl: report.target.baseUrl === null ? null : mask(redactUrl(report.target.baseUrl)) },
    checks: report.checks.map((check): CertifiedCheck => ({
      ...check,
      behaviour: maskLiterals(check.behaviour, secrets),
      evidenceTest: check.evidenceTest === null ? null : mask(check.evidenceTest),
      evidence: check.evidence.map((entry) => ({
        method: mask(entry.method),
        path: mask(entry.path),
        status: entry.status,
        contentType: entry.contentType === null ? null : mask(entry.contentType),
        excerpt: mask(entry.excerpt),
      })),
      notes: check.notes.map(mask),
      tests: check.tests.map((test) => ({ ...test, title: mask(test.title) })),
    })),
  };
}

/**
 * redactText leaves a number that directly follows a colon alone, so that times such as 14:29:17
 * survive, and so it misses a mobile number sent as a JSON number ("mobile_number":9988776655).
 * This masks 8 to 16 digits that are a JSON member's whole value.
 */
function maskJsonNumbers(text: string): string {
  return text.replace(/(":\s*)\d{8,16}(?![\d.eE])/g, `$1${MASK}`);
}

function maskLiterals(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join(MASK);
  }
  return result;
}

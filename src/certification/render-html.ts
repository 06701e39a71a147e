import escapeHtml from 'escape-html';

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
 * Renders the certification as one self-contained HTML page: inline CSS, no script, no external
 * asset, and a Content-Security-Policy that blocks every load, so the page works offline and
 * cannot call out. The verdict comes first, then the checks with failures first. Every text is
 * masked again with `secrets`, then HTML-escaped.
 */
export function renderHtml(report: CertificationReport, secrets: readonly string[]): string {
  const safe = redactCertification(report, secrets);
  const ordered = orderForReview(safe.checks);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${REPORT_TITLE}: ${describeVerdict(safe)}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="verdict ${escapeHtml(safe.verdict)}">
<h1>${escapeHtml(describeVerdict(safe))}</h1>
<p>${escapeHtml(REPORT_TITLE)} · ${escapeHtml(describeCounts(safe))}</p>
</header>
<main>
${renderUnverified(safe)}
<section>
<h2>Run</h2>
<dl class="run">
${renderField('Target', describeTarget(safe))}
${renderField('Catalogue', `${safe.catalogue.version}, sha256 ${safe.catalogue.sha256}`)}
${renderField('Tool', `${safe.tool.name} ${safe.tool.version}`)}
${renderField('Run started', safe.runStartedAt)}
${renderField('Report generated', safe.generatedAt)}
${renderField('Strict mode', describeStrictMode(safe))}
</dl>
</section>
<section>
<h2>Checks</h2>
<table>
<thead><tr><th>Check</th><th>Level</th><th>Result</th><th>Status</th><th>Note</th></tr></thead>
<tbody>
${ordered.map(renderRow).join('\n')}
</tbody>
</table>
</section>
<section>
<h2>Details</h2>
${ordered.map(renderDetails).join('\n')}
</section>
</main>
</body>
</html>
`;
}

function renderUnverified(report: CertificationReport): string {
  const unverified = unverifiedChecks(report);
  if (unverified.length === 0) return '';
  const items = unverified.map((check) => `<li><a href="#${anchorOf(check.id)}">${escapeHtml(check.id)}</a> (${escapeHtml(check.level)})</li>`);
  return `<section class="unverified">
<h2>Not verified by this run</h2>
<p>These checks did not run or were skipped, so they are not part of the verdict.</p>
<ul>${items.join('')}</ul>
</section>`;
}

function renderField(name: string, value: string): string {
  return `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`;
}

function renderRow(check: CertifiedCheck): string {
  return `<tr class="${escapeHtml(check.result)}"><td><a href="#${anchorOf(check.id)}"><code>${escapeHtml(check.id)}</code></a></td><td>${escapeHtml(check.level)}</td><td class="result">${escapeHtml(check.result.toUpperCase())}</td><td>${escapeHtml(describeStatuses(check.evidence))}</td><td>${escapeHtml(firstNoteLine(check.notes))}</td></tr>`;
}

function renderDetails(check: CertifiedCheck): string {
  const parts = [
    `<article id="${anchorOf(check.id)}" class="${escapeHtml(check.result)}">`,
    `<h3><code>${escapeHtml(check.id)}</code> <span class="result">${escapeHtml(check.result.toUpperCase())}</span> <span class="level">${escapeHtml(check.level)}</span></h3>`,
    `<p>${escapeHtml(check.behaviour)}</p>`,
  ];

  if (check.recordedOutcome !== null && check.recordedOutcome !== check.result) {
    parts.push(`<p>The run recorded ${escapeHtml(check.recordedOutcome)}.</p>`);
  }
  if (check.notes.length > 0) {
    parts.push(`<h4>Notes</h4>`, ...check.notes.map((note) => `<pre>${escapeHtml(note)}</pre>`));
  }
  if (check.evidenceTest !== null) {
    const open = check.result === 'fail' || check.result === 'warn' ? ' open' : '';
    const exchanges = check.evidence.map(
      (entry) => `<p><code>${escapeHtml(describeExchange(entry))}</code></p><pre>${escapeHtml(entry.excerpt || '(empty body)')}</pre>`,
    );
    parts.push(
      `<details${open}><summary>Evidence from the test “${escapeHtml(check.evidenceTest)}”</summary>`,
      exchanges.length > 0 ? exchanges.join('') : '<p>No request was recorded.</p>',
      '</details>',
    );
  }
  if (check.tests.length > 1) {
    const items = check.tests.map((test) => `<li><span class="result ${escapeHtml(test.outcome)}">${escapeHtml(test.outcome.toUpperCase())}</span> ${escapeHtml(test.title)}</li>`);
    parts.push(`<details><summary>${check.tests.length} tests</summary><ul>${items.join('')}</ul></details>`);
  }

  parts.push('</article>');
  return parts.join('\n');
}

/** Builds the id attribute of a check's details: its id, with every character outside [a-z0-9-] replaced. */
function anchorOf(id: string): string {
  return `check-${id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
main { max-width: 70rem; margin: 0 auto; padding: 0 1.5rem 3rem; }
.verdict { padding: 1.5rem; color: #fff; }
.verdict h1 { margin: 0; font-size: 2rem; }
.verdict p { margin: 0.25rem 0 0; }
.verdict.conformant { background: #1f7a3a; }
.verdict.non-conformant { background: #b42318; }
.unverified { border-left: 4px solid #b54708; background: #fff8eb; padding: 0.5rem 1rem; margin-top: 1.5rem; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.run dt { font-weight: 600; }
dl.run dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
tr.fail .result, article.fail .result, .result.fail { color: #b42318; font-weight: 700; }
tr.warn .result, article.warn .result, .result.warn { color: #b54708; font-weight: 700; }
tr.skip .result, article.skip .result, .result.skip { color: #555; }
tr.pass .result, article.pass .result, .result.pass { color: #1f7a3a; }
article { background: #fff; border: 1px solid #ddd; border-left-width: 4px; padding: 0.5rem 1rem; margin: 1rem 0; }
article.fail { border-left-color: #b42318; }
article.warn { border-left-color: #b54708; }
article.pass { border-left-color: #1f7a3a; }
.level { color: #555; font-size: 0.85em; }
td code { white-space: nowrap; }
pre { background: #f2f2f2; padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
summary { cursor: pointer; }
`;

import { formatValue, listThresholds, type SummaryData } from './summary-data.ts';

/**
 * Renders the thresholds as JUnit XML, one test case per threshold expression, failed when the
 * threshold was crossed, so a CI server shows the load contract beside the other test results.
 */
export function renderJunitReport(data: SummaryData, profile: string): string {
  const thresholds = listThresholds(data);
  const failures = thresholds.filter((threshold) => !threshold.ok).length;
  const seconds = (data.state.testRunDurationMs / 1000).toFixed(3);
  const suiteName = `k6 thresholds, profile ${profile}`;

  const cases = thresholds.map((threshold) => {
    const actual = formatValue(threshold.actual, threshold.contains);
    const open = `    <testcase classname="${escapeXml(threshold.metric)}" name="${escapeXml(threshold.expression)}" time="0">`;
    if (threshold.ok) return `${open}</testcase>`;

    const message = `${threshold.metric} ${threshold.expression} was crossed: actual ${actual}`;
    return `${open}\n      <failure message="${escapeXml(message)}" type="threshold">${escapeXml(message)}</failure>\n    </testcase>`;
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="k6 load test" tests="${thresholds.length}" failures="${failures}" time="${seconds}">`,
    `  <testsuite name="${escapeXml(suiteName)}" tests="${thresholds.length}" failures="${failures}" errors="0" skipped="0" time="${seconds}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

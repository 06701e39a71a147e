/**
 * Turns the error that Pact's Verifier rejects with into one line per mismatch, such as
 * `error.not-found: ... - $.error_code: Expected 'not_found' to be equal to 'object_not_found'`.
 * Pact's core prints the full report itself, and this summary repeats what failed at the end.
 */
export function summariseVerificationFailure(error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);

  let results: unknown;
  try {
    results = JSON.parse(message);
  } catch {
    // Not the verifier's JSON report: the core failed to run (bad arguments or a crash).
    return [message];
  }

  const errors = isRecord(results) && Array.isArray(results.errors) ? results.errors : [];
  const lines: string[] = [];
  for (const entry of errors) {
    if (!isRecord(entry)) continue;
    const interaction = typeof entry.interaction === 'string' ? entry.interaction : '(unnamed interaction)';
    const mismatch = isRecord(entry.mismatch) ? entry.mismatch : {};
    const mismatches = Array.isArray(mismatch.mismatches) ? mismatch.mismatches.filter(isRecord) : [];

    if (mismatches.length === 0) {
      lines.push(`${interaction}: ${typeof mismatch.message === 'string' ? mismatch.message : 'failed'}`);
      continue;
    }
    for (const item of mismatches) {
      const where = typeof item.path === 'string' && item.path !== '' ? `${item.path}: ` : '';
      lines.push(`${interaction} - ${where}${typeof item.mismatch === 'string' ? item.mismatch : String(item.type)}`);
    }
  }
  return lines.length > 0 ? lines : [message];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROJECT_ROOT } from '../../ci/support/child-process.ts';

export const INTEROP_DOC = 'docs/interop.md';

/** A row of the table of outcomes: `| \`check.id\` | LEVEL | outcome | why |`. */
const OUTCOME_ROW = /^\| `([a-z0-9.-]+)` \| (MUST|SHOULD|MAY) \| (pass|fail|warn|skip|observed) \|/gm;

/** Returns the outcome of each check id that docs/interop.md lists for a run against Prism. */
export function readDocumentedPrismOutcomes(): Record<string, string> {
  const markdown = readFileSync(join(PROJECT_ROOT, INTEROP_DOC), 'utf8');
  return Object.fromEntries([...markdown.matchAll(OUTCOME_ROW)].map((match) => [match[1]!, match[3]!]));
}

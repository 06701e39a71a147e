import type { APIResponse } from '@playwright/test';

import { redactText } from '../../src/redaction/redact.ts';
import { shorten } from './juspay-request.ts';

/** Characters of a request path kept as evidence; hostile ids run to kilobytes. */
const EVIDENCE_PATH_LENGTH = 200;

/** Characters of a response body kept as evidence: enough to see the fields that matter. */
const EVIDENCE_EXCERPT_LENGTH = 300;

/** Record that reproduces one exchange with the target, with secrets and personal data masked. */
export interface Evidence {
  readonly method: string;
  /** Path and query, without the origin; ids that look like e-mail addresses are masked. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly bodyExcerpt: string;
}

export async function describeEvidence(method: string, response: APIResponse, secrets: readonly string[]): Promise<string> {
  const url = new URL(response.url());
  const body = await response.text().catch(() => '(body unreadable)');
  const evidence: Evidence = {
    method,
    path: shorten(redactText(`${url.pathname}${url.search}`, secrets), EVIDENCE_PATH_LENGTH),
    status: response.status(),
    contentType: response.headers()['content-type'] ?? null,
    bodyExcerpt: redactText(body.slice(0, EVIDENCE_EXCERPT_LENGTH), secrets),
  };
  return JSON.stringify(evidence);
}

export function parseEvidence(description: string): Evidence | undefined {
  try {
    return JSON.parse(description) as Evidence;
  } catch {
    return undefined;
  }
}

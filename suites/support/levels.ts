import type { TestInfo } from '@playwright/test';

import type { Level } from '../../src/catalogue/checks.ts';
import { redactText } from '../../src/redaction/redact.ts';

/** Annotation types the suite writes and its reporter reads. */
export const ANNOTATION = {
  check: 'check',
  level: 'level',
  warning: 'warning',
  observation: 'observation',
  /** One request and its response, masked, as JSON (see evidence.ts). */
  evidence: 'evidence',
} as const;

/** Effect of a failed assertion, given the check's level and strict mode. */
export type FailureEffect = 'fail' | 'warn' | 'observe';

export function failureEffect(level: Level, strict: boolean): FailureEffect {
  if (level === 'MUST') return 'fail';
  if (level === 'SHOULD') return strict ? 'fail' : 'warn';
  return 'observe';
}

/** First lines of an assertion message, masked, without Playwright's colour codes. */
export function summariseError(error: unknown, secrets: readonly string[]): string {
  const text = error instanceof Error ? error.message : String(error);
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  // "Error: " adds nothing to a note whose first words are the assertion's own message.
  const withoutPrefix = plain.replace(/^Error: /, '');
  return redactText(withoutPrefix.split('\n').slice(0, 6).join('\n').trim(), secrets);
}

/**
 * Runs a check body with the semantics of its level. A MUST failure fails the test. A SHOULD
 * failure becomes a warning annotation unless strict mode is on. A MAY check never fails, and its
 * failures become observations. A skip raised inside the body is always passed on.
 */
export async function runAtLevel(
  level: Level,
  strict: boolean,
  testInfo: TestInfo,
  secrets: readonly string[],
  body: () => Promise<void>,
): Promise<void> {
  const effect = failureEffect(level, strict);
  if (effect === 'fail') return body();

  try {
    await body();
  } catch (error) {
    if (testInfo.expectedStatus === 'skipped') throw error;
    const description = summariseError(error, secrets);
    testInfo.annotations.push({ type: effect === 'warn' ? ANNOTATION.warning : ANNOTATION.observation, description });
  }
}

/**
 * The `toMatchSchema` matcher for Playwright's `expect`:
 *
 *   import { expect } from '../src/schema/matcher.ts';
 *   expect(body).toMatchSchema('customer');
 *
 * A failure lists every issue as `<field path>: <rule>; actual <value>`. The message never
 * prints the received body, and it masks client auth tokens, credentials, e-mail addresses and
 * mobile numbers, because test reports and CI logs are read by more people than the API key.
 */

import { expect as baseExpect } from '@playwright/test';

import { redactText } from '../redaction/redact.ts';
import { formatIssue } from './issues.ts';
import { validateAgainst, type SchemaName } from './registry.ts';

const MATCHER_NAME = 'toMatchSchema';

/**
 * Playwright's `expect` with `toMatchSchema(name)` added. `expect.extend` returns a typed
 * `expect`, so `tsc` checks the matcher's name and its schema-name argument wherever this one is
 * imported.
 */
export const expect = baseExpect.extend({
  toMatchSchema(received: unknown, name: SchemaName) {
    const issues = validateAgainst(name, received);
    const pass = issues.length === 0;
    const hint = this.utils.matcherHint(MATCHER_NAME, undefined, undefined, { isNot: this.isNot });
    const issueLines = issues.map((issue) => redactText(formatIssue(issue)));

    const message = pass
      ? () => `${hint}\n\nExpected: a value that does not match schema "${name}"\nReceived: a value that matches it`
      : () =>
          `${hint}\n\nExpected: a value that matches schema "${name}"\n` +
          `Received: ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}\n` +
          issueLines.map((line) => `  ${line}`).join('\n');

    return { pass, message, name: MATCHER_NAME, expected: name, actual: issueLines };
  },
});

import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { renderChecksPage } from '../../src/catalogue/render-checks-page.ts';

test('docs/checks.md matches the check catalogue', () => {
  const page = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');

  expect(page, 'docs/checks.md is stale: run npm run docs:checks').toBe(renderChecksPage());
});

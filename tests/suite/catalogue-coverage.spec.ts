import { readdirSync, readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { CHECKS } from '../../src/catalogue/checks.ts';

const SUITES_DIR = new URL('../../suites/', import.meta.url);

function checkIdsUsedInSuites(): Set<string> {
  const ids = new Set<string>();
  const files = readdirSync(SUITES_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.spec.ts'));
  for (const file of files) {
    const source = readFileSync(new URL(file, SUITES_DIR), 'utf8');
    for (const match of source.matchAll(/check\(\s*'([a-z0-9.-]+)'/g)) ids.add(match[1]!);
  }
  return ids;
}

test('every catalogue check has at least one suite test', () => {
  const used = checkIdsUsedInSuites();

  const missing = CHECKS.map((check) => check.id).filter((id) => !used.has(id));

  expect(missing).toEqual([]);
});

test('every check id in the suites is in the catalogue', () => {
  const known = new Set<string>(CHECKS.map((check) => check.id));

  const unknown = [...checkIdsUsedInSuites()].filter((id) => !known.has(id));

  expect(unknown).toEqual([]);
});

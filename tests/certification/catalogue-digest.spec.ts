import { expect, test } from '@playwright/test';

import { CHECKS } from '../../src/catalogue/checks.ts';
import { canonicalJson, catalogueDigest } from '../../src/catalogue/catalogue-digest.ts';

test('canonical JSON sorts keys at every depth', () => {
  expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
});

test('catalogue digest is sha256 hex', () => {
  expect(catalogueDigest()).toMatch(/^[0-9a-f]{64}$/);
});

test('catalogue digest ignores field order', () => {
  const reordered = CHECKS.map((check) => ({ behaviour: check.behaviour, section: check.section, level: check.level, id: check.id }));

  expect(catalogueDigest(reordered)).toBe(catalogueDigest());
});

test('catalogue digest changes with a level', () => {
  const changed = CHECKS.map((check, index) => (index === 0 ? { ...check, level: 'MUST' } : check));

  expect(catalogueDigest(changed)).not.toBe(catalogueDigest());
});

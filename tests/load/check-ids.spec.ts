import { expect, test } from '@playwright/test';

import { CHECK_IDS } from '../../load/check-ids.ts';
import { isCheckId } from '../../src/catalogue/checks.ts';

// load/ keeps its own copy of the ids so that the k6 scripts import nothing from outside load/.
for (const id of Object.values(CHECK_IDS)) {
  test(`k6 check ${id} is in the catalogue`, () => {
    expect(isCheckId(id)).toBe(true);
  });
}

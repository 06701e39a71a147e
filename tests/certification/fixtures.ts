import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * `workDir`: a fresh folder under the system temp folder, one per test. It is not under
 * Playwright's outputDir, because any Playwright run in the same checkout empties that folder
 * when it starts, even while another run's tests still write there. The folder is removed when
 * the test passes and kept, with its path attached to the result, when it does not.
 */
export const test = base.extend<{ workDir: string }>({
  workDir: async ({}, use, testInfo) => {
    const directory = mkdtempSync(join(tmpdir(), 'certification-test-'));
    await use(directory);
    if (testInfo.status === testInfo.expectedStatus) rmSync(directory, { recursive: true, force: true });
    else testInfo.annotations.push({ type: 'work directory', description: directory });
  },
});

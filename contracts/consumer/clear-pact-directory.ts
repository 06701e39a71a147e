import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { PACT_DIRECTORY } from '../contract-names.ts';

/**
 * Removes the pact files before the consumer tests run. Pact merges new interactions into an
 * existing file, so without this a renamed or deleted interaction would stay in the contract.
 */
export default function clearPactDirectory(): void {
  mkdirSync(PACT_DIRECTORY, { recursive: true });
  for (const name of readdirSync(PACT_DIRECTORY)) {
    if (name.endsWith('.json')) rmSync(join(PACT_DIRECTORY, name));
  }
}

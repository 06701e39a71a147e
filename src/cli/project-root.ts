import { fileURLToPath } from 'node:url';

/**
 * Root of this repository. Child scripts run here, so that Playwright finds playwright.config.ts
 * and every script reads the same .env, whichever directory the CLI was started from.
 */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

import { resolve } from 'node:path';

/** REPORTS_DIR as an absolute path, or `reports` in the working directory when unset or empty. */
export function reportsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.REPORTS_DIR?.trim();
  return resolve(configured === undefined || configured === '' ? 'reports' : configured);
}

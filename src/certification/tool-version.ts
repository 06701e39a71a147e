import { readFileSync } from 'node:fs';

const PACKAGE_URL = new URL('../../package.json', import.meta.url);

/** Name and version of this tool, from package.json, as a certification records them. */
export function readToolVersion(): { name: string; version: string } {
  const manifest = JSON.parse(readFileSync(PACKAGE_URL, 'utf8')) as { name?: unknown; version?: unknown };
  return {
    name: typeof manifest.name === 'string' ? manifest.name : 'unknown',
    version: typeof manifest.version === 'string' ? manifest.version : 'unknown',
  };
}

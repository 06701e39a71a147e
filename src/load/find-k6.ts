import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Installation advice, printed when k6 is missing. */
export const K6_INSTALL_HINT =
  'Install k6 from Grafana\'s releases or package repositories, as "Install k6" in the Grafana k6 documentation describes (https://grafana.com/docs/k6/latest/set-up/install-k6/), then run this again. k6 0.57 or later is needed, for native TypeScript.';

/** Returns the path of the first executable file named k6 on `searchPath`, or undefined. */
export function findK6(searchPath: string | undefined = process.env.PATH): string | undefined {
  const executableNames = process.platform === 'win32' ? ['k6.exe'] : ['k6'];

  for (const directory of (searchPath ?? '').split(delimiter)) {
    if (directory === '') continue;
    for (const name of executableNames) {
      const candidate = join(directory, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

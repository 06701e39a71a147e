import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bounds the wait for another worker's install, and the install itself. */
const INSTALL_TIMEOUT_MS = 300_000;
const LOCK_POLL_MS = 500;

/** A directory whose creation is atomic, so two test workers never run apt-get at once. */
const INSTALL_LOCK = join(tmpdir(), 'juspay-conformance-nginx-install.lock');

function nginxIsInstalled(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs Debian's nginx with apt-get when the nginx command is missing, as .ci/run does. Throws
 * with the next step when it cannot, for example when not running as root.
 */
export async function ensureNginx(): Promise<void> {
  if (nginxIsInstalled()) return;

  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(INSTALL_LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Another test worker has held ${INSTALL_LOCK} for ${INSTALL_TIMEOUT_MS} ms: remove it if no apt-get runs, then rerun.`);
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  try {
    if (nginxIsInstalled()) return;
    const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx'], {
      encoding: 'utf8',
      timeout: INSTALL_TIMEOUT_MS,
    });
    if (install.status !== 0 || !nginxIsInstalled()) {
      const output = `${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
      throw new Error(`nginx is missing and apt-get could not install it (exit ${install.status}):\n${output}\nInstall it with "apt-get install nginx" as root, then rerun.`);
    }
  } finally {
    rmSync(INSTALL_LOCK, { recursive: true, force: true });
  }
}

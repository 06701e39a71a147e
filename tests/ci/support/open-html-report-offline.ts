import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { chromium, type Browser, type Page } from '@playwright/test';

/**
 * Debian's chromium package. Playwright's own browser builds are downloaded from outside the
 * package registries, which this project's machines cannot reach.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless with no sandbox or GPU, so it runs as root in a container, and none of Chromium's own
 * background traffic (QUIC, first-run tasks, component updates, sync).
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A report page in a browser that may load nothing but file: and data: URLs. */
export interface OfflineReport {
  readonly page: Page;
  /** Every request to another scheme that the page attempted; each was aborted. */
  readonly blockedRequests: readonly string[];
  close(): Promise<void>;
}

/** Returns why an offline report cannot be opened on this machine, or undefined when it can. */
export function offlineBrowserMissingReason(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return undefined;
  return `${SYSTEM_CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.`;
}

/**
 * Opens an HTML report from disk in headless Chromium, with every request that is not file: or
 * data: aborted and recorded. A report that needs the network shows up in blockedRequests, or as
 * content that never renders. `fragment` is appended to the URL, such as "#?q=s:failed".
 */
export async function openHtmlReportOffline(htmlFile: string, fragment = ''): Promise<OfflineReport> {
  const browser: Browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const blockedRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) {
        await route.continue();
      } else {
        blockedRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });

    const page = await context.newPage();
    await page.goto(`${pathToFileURL(htmlFile).href}${fragment}`);
    return { page, blockedRequests, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

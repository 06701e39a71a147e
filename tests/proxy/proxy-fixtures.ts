import { test as base } from '@playwright/test';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer, type RunningMockServer } from '../../src/mock/server.ts';
import type { InjectedCredential, NginxVariant } from './nginx-config.ts';
import { ensureNginx } from './nginx-install.ts';
import { startNginxProxy, type RunningNginxProxy } from './nginx-proxy.ts';

export { expect } from '@playwright/test';

/** The embedded mock with its admin API, which the proxy checks read. */
export interface UpstreamMock extends RunningMockServer {
  readonly adminUrl: string;
}

export interface ProxyFixtures {
  /** A fresh embedded mock per test, in this process. */
  upstream: UpstreamMock;
  /** Starts nginx in front of `upstream`; every proxy started is stopped after the test. */
  startProxy: (variant: NginxVariant, injected?: InjectedCredential) => Promise<RunningNginxProxy>;
}

export interface ProxyWorkerFixtures {
  /** Installs nginx once per worker when it is missing. */
  nginx: void;
}

export const test = base.extend<ProxyFixtures, ProxyWorkerFixtures>({
  nginx: [
    async ({}, use) => {
      await ensureNginx();
      await use();
    },
    { scope: 'worker', auto: true, timeout: 320_000 },
  ],

  upstream: async ({}, use) => {
    const mock = await startMockServer({ logger: createLogger({ name: 'mock', level: 'silent' }), admin: true });
    try {
      if (mock.adminUrl === undefined) throw new Error('The embedded mock started without its admin API although admin: true was passed.');
      await use({ ...mock, adminUrl: mock.adminUrl });
    } finally {
      await mock.close();
    }
  },

  startProxy: async ({ upstream }, use) => {
    const started: RunningNginxProxy[] = [];
    try {
      await use(async (variant, injected) => {
        const proxy = await startNginxProxy({ variant, upstreamUrl: upstream.url, injected });
        started.push(proxy);
        return proxy;
      });
    } finally {
      for (const proxy of started) await proxy.close();
    }
  },
});

import type { SuiteConfig } from '../../src/config/config.ts';
import type { Logger } from '../../src/logging/logger.ts';
import { redactUrl } from '../../src/redaction/redact.ts';
import { startMockServer } from '../../src/mock/server.ts';

/** The provider that verification sends requests to. */
export interface VerificationTarget {
  readonly baseUrl: string;
  /** True when this run started the embedded mock. */
  readonly embedded: boolean;
  /** Stops the embedded mock, and does nothing for a remote target. */
  close(): Promise<void>;
}

/**
 * Returns the configured target, or starts the embedded mock on 127.0.0.1 and a free port when
 * no base URL is configured (JUSPAY_TARGET=mock without JUSPAY_BASE_URL).
 */
export async function openVerificationTarget(config: SuiteConfig, logger: Logger): Promise<VerificationTarget> {
  if (config.baseUrl !== undefined) {
    logger.info({ target: config.target, baseUrl: redactUrl(config.baseUrl) }, 'verifying against the configured target');
    return { baseUrl: config.baseUrl, embedded: false, close: async () => {} };
  }

  const mock = await startMockServer({ host: '127.0.0.1', port: 0, logger: logger.child({ component: 'mock' }) });
  logger.info({ url: mock.url }, 'embedded mock started');

  return {
    baseUrl: mock.url,
    embedded: true,
    close: async () => {
      await mock.close();
      logger.info({ url: mock.url }, 'embedded mock stopped');
    },
  };
}

import { join } from 'node:path';

import { pino } from 'pino';

import { createLogger } from '../../src/logging/logger.ts';
import { startMockServer } from '../../src/mock/server.ts';
import type { LeakCheckSeed } from './leak-check-seed.ts';
import { cleanEnvironment, runCommand, type CommandRun } from './run-command.ts';

export interface ProductRun {
  readonly conformance: CommandRun;
  readonly certify: CommandRun;
}

export interface ProductRunOptions {
  /** Every file the run writes goes here: reports, the mock's log and both commands' standard error. */
  readonly directory: string;
  readonly seed: LeakCheckSeed;
  readonly faults?: readonly string[];
  readonly strict?: boolean;
}

/**
 * Runs the whole product as a user would: a mock on 127.0.0.1 with the given seed and faults,
 * `npm run conformance` against it, then `npm run certify` on its results. Both commands log at
 * debug level, with standard error copied to files in `directory`, and so does the mock.
 */
export async function runProduct(options: ProductRunOptions): Promise<ProductRun> {
  const { directory, seed } = options;
  const mockLog = pino.destination({ dest: join(directory, 'mock.log'), sync: true, mkdir: true });
  const mock = await startMockServer({
    seed: seed.seed,
    faults: options.faults ?? [],
    logger: createLogger({ name: 'mock', level: 'debug', destination: mockLog }),
  });

  try {
    const env = cleanEnvironment({
      ...seed.env,
      JUSPAY_BASE_URL: mock.url,
      JUSPAY_STRICT: options.strict === true ? 'true' : 'false',
      REPORTS_DIR: directory,
      LOG_LEVEL: 'debug',
    });
    const conformance = await runCommand('npm', ['run', 'conformance'], env, join(directory, 'conformance.stderr.log'));
    const certify = await runCommand('npm', ['run', 'certify'], env, join(directory, 'certify.stderr.log'));
    return { conformance, certify };
  } finally {
    await mock.close();
    mockLog.flushSync();
    mockLog.end();
  }
}

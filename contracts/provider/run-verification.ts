import '../disable-pact-telemetry.ts';

import { resolve } from 'node:path';

import { Verifier } from '@pact-foundation/pact';

import { CustomerClient } from '../../src/client/index.ts';
import type { SuiteConfig } from '../../src/config/config.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../../src/config/load-config.ts';
import { createLogger, type Logger } from '../../src/logging/logger.ts';
import { PACT_DIRECTORY, PROVIDER_NAME } from '../contract-names.ts';
import { createCredentialsFilter } from './credentials-filter.ts';
import { findPactFiles, type PactFile } from './find-pact-files.ts';
import { EXIT_FAILED, EXIT_UNUSABLE, EXIT_VERIFIED } from './exit-codes.ts';
import { PactFileError } from './pact-file-error.ts';
import { createStateHandlers, type CustomerSource, type StateSetupFailure } from './state-handlers.ts';
import { summariseVerificationFailure } from './verification-summary.ts';
import { openVerificationTarget, type VerificationTarget } from './verification-target.ts';

/**
 * Verifies the committed pact files against the configured target, which is the embedded mock
 * unless JUSPAY_TARGET names another. `verify-pacts.ts` runs this file in a child process and masks
 * its output, because Pact's native core prints response values, tokens included, to stdout.
 *
 * Environment: the JUSPAY_* variables of the suite, PACT_DIR (default contracts/pacts) and
 * PACT_LOG_LEVEL (error, warn, info, debug or trace; default warn).
 * Exit codes are in exit-codes.ts.
 */

const PACT_LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'trace'] as const;
type PactLogLevel = (typeof PACT_LOG_LEVELS)[number];

async function runVerification(): Promise<number> {
  const logger = createLogger({ name: 'pact-verify' });

  loadDotenvFile();
  let config: SuiteConfig;
  let pactFiles: PactFile[];
  let pactLogLevel: PactLogLevel;
  try {
    config = loadConfig();
    pactFiles = findPactFiles(process.env.PACT_DIR ? resolve(process.env.PACT_DIR) : PACT_DIRECTORY, PROVIDER_NAME);
    pactLogLevel = readPactLogLevel(process.env.PACT_LOG_LEVEL);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof PactFileError)) throw error;
    console.error(`Pact verification did not start. ${error.message}`);
    return EXIT_UNUSABLE;
  }

  const target = await openVerificationTarget(config, logger);
  try {
    return await verify(target, config, pactFiles, pactLogLevel, logger);
  } finally {
    await target.close();
  }
}

async function verify(
  target: VerificationTarget,
  config: SuiteConfig,
  pactFiles: readonly PactFile[],
  logLevel: PactLogLevel,
  logger: Logger,
): Promise<number> {
  const failures: StateSetupFailure[] = [];
  const client = new CustomerClient({
    baseUrl: target.baseUrl,
    apiKey: config.apiKey,
    merchantId: config.merchantId,
    timeoutMs: config.requestTimeoutMs,
  });
  const interactionCount = pactFiles.reduce((sum, file) => sum + file.interactionCount, 0);
  const startedAt = Date.now();
  logger.info({ target: config.target, pactFiles: pactFiles.map((file) => file.path), interactionCount }, 'verification started');

  let verified = true;
  try {
    await new Verifier({
      provider: PROVIDER_NAME,
      providerBaseUrl: target.baseUrl,
      pactUrls: pactFiles.map((file) => file.path),
      stateHandlers: createStateHandlers({ client, customerSource: customerSourceOf(config), failures, logger }),
      requestFilter: createCredentialsFilter(config),
      logLevel,
      timeout: config.requestTimeoutMs,
    }).verifyProvider();
  } catch (error) {
    verified = false;
    console.log(`\nPact verification failed against ${config.target}:`);
    for (const line of summariseVerificationFailure(error)) console.log(`  - ${line}`);
  }

  if (failures.length > 0) {
    verified = false;
    console.log('\nProvider state setup failed, so the interactions below ran with example values:');
    for (const failure of failures) console.log(`  - "${failure.state}": ${failure.message}`);
  }

  logger.info({ verified, interactionCount, durationMs: Date.now() - startedAt }, 'verification finished');
  if (verified) console.log(`\nPact verification passed: ${interactionCount} interactions against ${config.target}.`);
  return verified ? EXIT_VERIFIED : EXIT_FAILED;
}

/**
 * Chooses where the CUSTOMER_EXISTS state gets its customer. Every mock supports Create Customer,
 * so it gets fresh customers. A real target gets them only when JUSPAY_CREATE_CUSTOMER=true, and
 * otherwise the configured customer, which loadConfig guarantees is set in that case.
 */
function customerSourceOf(config: SuiteConfig): CustomerSource {
  if (config.target === 'mock' || config.createCustomer) return { kind: 'create' };
  return { kind: 'configured', customerId: config.customerId as string, customerReferenceId: config.customerReferenceId as string };
}

function readPactLogLevel(value: string | undefined): PactLogLevel {
  const level = value?.trim().toLowerCase() || 'warn';
  if ((PACT_LOG_LEVELS as readonly string[]).includes(level)) return level as PactLogLevel;
  throw new ConfigError([{ variable: 'PACT_LOG_LEVEL', message: `"${value}" is not a Pact log level: use one of ${PACT_LOG_LEVELS.join(', ')}.` }]);
}

process.exitCode = await runVerification();

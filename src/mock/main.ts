/**
 * The mock's CLI (`npm run mock`): starts the Get Customer mock with settings from the
 * environment and stops it on SIGINT or SIGTERM.
 *
 *   MOCK_HOST        address to bind (default 127.0.0.1)
 *   MOCK_PORT        port to bind (default 4010; 0 picks a free port)
 *   MOCK_FAULTS      comma-separated fault names (default none)
 *   MOCK_ADMIN_PORT  port of the admin API on 127.0.0.1 (default unset: no admin API)
 *   MOCK_TLS         true serves HTTPS with a generated certificate (default false)
 *   MOCK_TLS_CERT_FILE, MOCK_TLS_KEY_FILE
 *                    PEM certificate and key to serve HTTPS with (both or neither)
 *   LOG_LEVEL        pino level (default info)
 *
 * Exits with 2 for an invalid setting and 1 when the server cannot start.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotenvFile } from '../config/load-config.ts';
import { createLogger } from '../logging/logger.ts';
import { readMockCliConfig, type MockCliConfig } from './cli-config.ts';
import { MockConfigError } from './config-error.ts';
import { startMockServer } from './server.ts';

const EXIT_CONFIG_ERROR = 2;
const EXIT_FAILURE = 1;

async function main(): Promise<void> {
  let config: MockCliConfig;
  try {
    // .env contains the MOCK_ variables too; values already in the environment win.
    loadDotenvFile();
    config = readMockCliConfig(process.env);
  } catch (error) {
    if (!(error instanceof MockConfigError)) throw error;
    process.stderr.write(`mock: ${error.message}\n`);
    process.exitCode = EXIT_CONFIG_ERROR;
    return;
  }

  const logger = createLogger({ name: 'mock', level: config.logLevel });

  let server;
  try {
    server = await startMockServer({
      host: config.host,
      port: config.port,
      faults: config.faults,
      logger,
      admin: config.adminPort === undefined ? false : { port: config.adminPort },
      tls: config.tls,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'EADDRINUSE'
        ? `A port is in use (MOCK_PORT ${config.port}, MOCK_ADMIN_PORT ${String(config.adminPort ?? 'unset')}). Stop the process that holds it or set a free port.`
        : `Check MOCK_HOST (${config.host}), MOCK_PORT (${config.port}) and MOCK_ADMIN_PORT (${String(config.adminPort ?? 'unset')}).`;
    logger.error({ code, host: config.host, port: config.port, adminPort: config.adminPort }, `Mock server failed to start. ${hint}`);
    process.exitCode = EXIT_FAILURE;
    return;
  }

  const running = server;
  // A generated certificate exists only in memory, so clients get a file to trust (JUSPAY_CA_FILE).
  const certificateDir = config.tls === true ? mkdtempSync(join(tmpdir(), 'juspay-mock-tls-')) : undefined;
  if (certificateDir !== undefined && running.certificatePem !== undefined) {
    const certificateFile = join(certificateDir, 'certificate.pem');
    writeFileSync(certificateFile, running.certificatePem);
    logger.info({ certificateFile }, 'Wrote the generated certificate; trust it with JUSPAY_CA_FILE');
  }

  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'Stopping the mock server');
    if (certificateDir !== undefined) rmSync(certificateDir, { recursive: true, force: true });
    running.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Mock server failed to stop cleanly');
        process.exitCode = EXIT_FAILURE;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();

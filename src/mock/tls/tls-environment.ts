import { readFileSync } from 'node:fs';
import { MockConfigError } from '../config-error.ts';
import { validateCertificateAndKey, type TlsOptionInput } from './tls-options.ts';

/**
 * Reads the CLI's TLS settings: MOCK_TLS=true serves HTTPS with a generated certificate, and
 * MOCK_TLS_CERT_FILE with MOCK_TLS_KEY_FILE (both or neither) serves it with the caller's PEM
 * files. Returns false for plain HTTP. Throws a MockConfigError that names the variable, and the
 * file when it cannot be read or contains no usable PEM.
 */
export function readTlsFromEnvironment(env: NodeJS.ProcessEnv): TlsOptionInput {
  const rawTls = env.MOCK_TLS;
  if (rawTls !== undefined && rawTls !== 'true' && rawTls !== 'false') {
    throw new MockConfigError('MOCK_TLS', `MOCK_TLS "${rawTls}" is invalid. Set it to true for HTTPS, false for HTTP, or unset it.`);
  }

  const certFile = env.MOCK_TLS_CERT_FILE;
  const keyFile = env.MOCK_TLS_KEY_FILE;
  if (certFile === undefined && keyFile === undefined) return rawTls === 'true';

  if (certFile === undefined || keyFile === undefined) {
    const [missing, present] = certFile === undefined ? ['MOCK_TLS_CERT_FILE', 'MOCK_TLS_KEY_FILE'] : ['MOCK_TLS_KEY_FILE', 'MOCK_TLS_CERT_FILE'];
    throw new MockConfigError(missing, `${missing} is missing while ${present} is set. Set both to PEM files, or neither.`);
  }
  if (rawTls === 'false') {
    throw new MockConfigError('MOCK_TLS', 'MOCK_TLS is false while MOCK_TLS_CERT_FILE and MOCK_TLS_KEY_FILE are set. Unset the files for HTTP, or set MOCK_TLS to true.');
  }

  const pair = { cert: readPemFile('MOCK_TLS_CERT_FILE', certFile), key: readPemFile('MOCK_TLS_KEY_FILE', keyFile) };
  validateCertificateAndKey(pair, {
    certSetting: 'MOCK_TLS_CERT_FILE',
    certLabel: `MOCK_TLS_CERT_FILE "${certFile}"`,
    keySetting: 'MOCK_TLS_KEY_FILE',
    keyLabel: `MOCK_TLS_KEY_FILE "${keyFile}"`,
  });
  return pair;
}

function readPemFile(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new MockConfigError(variable, `${variable} "${path}" cannot be read (${code}). Set it to a readable PEM file.`);
  }
}

import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { MockConfigError } from '../config-error.ts';
import type { CertificateAndKey } from './loopback-certificate.ts';

/** The tls option as startMockServer receives it: true for a generated certificate, or the caller's PEMs. */
export type TlsOptionInput = boolean | { readonly cert: string; readonly key: string };

/** HTTPS settings: a certificate generated at start, or the caller's certificate and key. */
export type ResolvedTlsOptions = { readonly kind: 'generated' } | ({ readonly kind: 'provided' } & CertificateAndKey);

/** Names of the settings a certificate and key came from, used in error messages. */
export interface CertificateSources {
  /** Setting of the certificate, such as "tls.cert" or "MOCK_TLS_CERT_FILE". */
  readonly certSetting: string;
  /** The certificate's source as a message names it, such as `MOCK_TLS_CERT_FILE "cert.pem"`. */
  readonly certLabel: string;
  readonly keySetting: string;
  readonly keyLabel: string;
}

const OPTION_SOURCES: CertificateSources = { certSetting: 'tls', certLabel: 'tls.cert', keySetting: 'tls', keyLabel: 'tls.key' };

/** Validates the tls option; returns undefined when it is absent or false (plain HTTP). */
export function resolveTlsOptions(tls: TlsOptionInput | undefined): ResolvedTlsOptions | undefined {
  if (tls === undefined || tls === false) return undefined;
  if (tls === true) return { kind: 'generated' };
  if (typeof tls !== 'object' || tls === null || typeof tls.cert !== 'string' || typeof tls.key !== 'string') {
    throw new MockConfigError('tls', 'tls is invalid. Pass true for a generated certificate, or { cert, key } with both as PEM text.');
  }

  validateCertificateAndKey(tls, OPTION_SOURCES);
  return { kind: 'provided', cert: tls.cert, key: tls.key };
}

/**
 * Checks that `cert` is a PEM certificate, `key` a PEM private key, and that the key belongs to
 * the certificate, so that a bad pair fails at start and not on the first TLS handshake.
 * Throws a MockConfigError naming the source of the value at fault.
 */
export function validateCertificateAndKey(pair: CertificateAndKey, sources: CertificateSources): void {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pair.cert);
  } catch (error) {
    throw new MockConfigError(
      sources.certSetting,
      `${sources.certLabel} is not a PEM certificate (${describe(error)}). Give a file that starts with "-----BEGIN CERTIFICATE-----".`,
    );
  }

  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pair.key);
  } catch (error) {
    throw new MockConfigError(
      sources.keySetting,
      `${sources.keyLabel} is not an unencrypted PEM private key (${describe(error)}). Give a file that starts with "-----BEGIN PRIVATE KEY-----" or "-----BEGIN RSA PRIVATE KEY-----".`,
    );
  }

  if (!certificate.checkPrivateKey(privateKey)) {
    throw new MockConfigError(
      sources.keySetting,
      `${sources.keyLabel} is not the private key of ${sources.certLabel}. Give the key the certificate was issued for.`,
    );
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? code : String(error);
}

import { generate } from 'selfsigned';

/** A certificate and its private key, both PEM. */
export interface CertificateAndKey {
  readonly cert: string;
  readonly key: string;
}

/** Days the generated certificate is valid; a mock seldom runs longer than a day. */
const VALIDITY_DAYS = 30;
/** Start of validity this far in the past, so that a client clock a little behind still accepts it. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Generates a self-signed certificate for 127.0.0.1 and localhost with a new RSA 2048 key,
 * signed with SHA-256. A client trusts it by adding the certificate itself as a CA (for the
 * suite, through JUSPAY_CA_FILE). Takes some hundreds of ms, most of it the RSA key generation.
 */
export async function generateLoopbackCertificate(now: number = Date.now()): Promise<CertificateAndKey> {
  const notAfter = new Date(now + VALIDITY_DAYS * 86_400_000);
  const result = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - CLOCK_SKEW_MS),
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { cert: result.cert, key: result.private };
}

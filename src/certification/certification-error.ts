/** Stable codes of the errors that stop `npm run certify` before it writes anything. */
export type CertificationErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_UNREADABLE'
  | 'INPUT_MALFORMED'
  | 'INPUT_CATALOGUE_MISMATCH'
  | 'INPUT_UNKNOWN_CHECK'
  | 'INPUT_NOTHING_CHECKED'
  | 'ARGUMENT_INVALID'
  | 'OUTPUT_UNWRITABLE';

/**
 * Raised for input, arguments or output that the certification cannot use. The message names
 * the file or value, what is wrong and how to fix it, and is printed without a stack trace.
 */
export class CertificationError extends Error {
  override readonly name = 'CertificationError';
  readonly code: CertificationErrorCode;

  constructor(code: CertificationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

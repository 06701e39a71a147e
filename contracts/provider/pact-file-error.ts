export type PactFileErrorCode =
  | 'PACT_DIRECTORY_MISSING'
  | 'NO_PACT_FILES'
  | 'PACT_FILE_INVALID'
  | 'PACT_FILE_EMPTY'
  | 'PACT_FILE_OTHER_PROVIDER';

/**
 * Raised before verification starts when the pact files cannot be verified: none found, one that
 * is not a pact, or one with no interaction. Without this check an empty contract would pass.
 */
export class PactFileError extends Error {
  override readonly name = 'PactFileError';
  readonly code: PactFileErrorCode;

  constructor(code: PactFileErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

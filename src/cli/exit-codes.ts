/** Exit codes of every command of the suite, the same for CI gates and people. */
export const EXIT_CODE = {
  /** Every MUST check passed (and every SHOULD check, in strict mode). */
  conformant: 0,
  /** At least one check that counts failed. */
  nonConformant: 1,
  /** The configuration is invalid or missing; nothing was sent. */
  configurationError: 2,
  /** The tool itself could not run or produced no results. */
  toolError: 2,
} as const;

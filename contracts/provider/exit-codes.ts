/** Exit codes of `npm run pact:verify`. */
export const EXIT_VERIFIED = 0;
/** At least one interaction failed, or a provider state could not be set up. */
export const EXIT_FAILED = 1;
/** Nothing was verified: the configuration or the pact files are unusable. */
export const EXIT_UNUSABLE = 2;

/**
 * A command line that cannot run: an unknown command or option, a missing value or an extra
 * argument. The message names the argument and points to the help; the exit code is 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'CLI_USAGE';
}

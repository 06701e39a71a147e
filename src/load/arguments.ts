import { PROFILE_NAMES } from '../../load/profile-names.ts';

/** Command-line options of `npm run load`. */
export interface LoadArguments {
  /** Value for K6_PROFILE; undefined keeps the environment's choice, or the script's default. */
  readonly profile: string | undefined;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run load -- [--profile NAME]

Runs the k6 load test of GET /customers/{customer_id}?options.get_client_auth_token=true.
Settings come from the environment and .env (JUSPAY_* for the target, LOAD_* for rates,
durations and thresholds; see docs/load.md). Without JUSPAY_BASE_URL the embedded mock is
started on 127.0.0.1 for the duration of the run.

Options:
  --profile NAME   load profile: smoke, load, stress, spike or soak (default: K6_PROFILE, else smoke)
  --help           print this text

Exit code: k6's own (0 passed, 99 a threshold was crossed, 107 script error, 108 aborted,
for example when the target is unhealthy), 2 for invalid options or configuration, 3 when
k6 is not installed.`;

/** Raised for a command line that cannot be run. The message names the argument and the fix. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE_INVALID';
}

export function parseLoadArguments(argv: readonly string[]): LoadArguments {
  let profile: string | undefined;
  let help = false;

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';

    if (argument === '--help' || argument === '-h') {
      help = true;
    } else if (argument === '--profile') {
      profile = argv[index + 1];
      index += 1;
      if (profile === undefined || profile.startsWith('-')) {
        throw new UsageError('--profile needs a value: use --profile smoke, load, stress, spike or soak.');
      }
    } else if (argument.startsWith('--profile=')) {
      profile = argument.slice('--profile='.length);
    } else {
      throw new UsageError(`Unknown argument "${argument}": the only options are --profile NAME and --help.`);
    }
  }

  if (profile !== undefined && !(PROFILE_NAMES as readonly string[]).includes(profile)) {
    throw new UsageError(`--profile "${profile}" is not a profile: use one of ${PROFILE_NAMES.join(', ')}.`);
  }
  return { profile, help };
}

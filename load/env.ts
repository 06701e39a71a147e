/**
 * Readers for the k6 environment (`__ENV`: `-e NAME=value` flags, plus the process environment
 * when k6 runs with `--include-system-env-vars`). Each reader throws at init time, naming the
 * variable, the rule and an example, so a bad setting stops the run before any request is sent.
 */

/**
 * Stops the script at init time with `message`, naming the variable and the fix. It throws a
 * string rather than an Error because k6 prints an Error's stack trace, and a user who set a bad
 * variable needs only the message. k6 exits with code 107 either way.
 */
export function rejectSetting(message: string): never {
  throw message;
}

/** A k6 duration string: one or more number-unit pairs, such as `30s`, `2m`, `1h30m` or `500ms`. */
const DURATION_PATTERN = /^(\d+(\.\d+)?(ms|s|m|h))+$/;

export function readText(name: string): string | undefined {
  const value = __ENV[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function readRequiredText(name: string, hint: string): string {
  const value = readText(name);
  if (value === undefined) rejectSetting(`${name} is missing: ${hint}`);
  return value;
}

/** Reads a whole number from `minimum` up, or returns `fallback` when the variable is unset. */
export function readInteger(name: string, fallback: number, minimum: number): number {
  const value = readText(name);
  if (value === undefined) return fallback;

  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) {
    rejectSetting(`${name}="${value}" is invalid: use a whole number of at least ${minimum}.`);
  }
  return parsed;
}

/** Reads a number in [minimum, maximum], or returns `fallback` when the variable is unset. */
export function readNumber(name: string, fallback: number, minimum: number, maximum: number): number {
  const value = readText(name);
  if (value === undefined) return fallback;

  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < minimum || parsed > maximum) {
    rejectSetting(`${name}="${value}" is invalid: use a number from ${minimum} to ${maximum}.`);
  }
  return parsed;
}

export function readDuration(name: string, fallback: string): string {
  const value = readText(name);
  if (value === undefined) return fallback;

  if (!DURATION_PATTERN.test(value)) {
    rejectSetting(`${name}="${value}" is not a k6 duration: use a number with a unit, such as 30s, 5m or 1h30m.`);
  }
  return value;
}

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

export function readBoolean(name: string, fallback: boolean): boolean {
  const value = readText(name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  rejectSetting(`${name}="${value}" is not a boolean: use true or false.`);
}

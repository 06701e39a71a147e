import { resolve } from 'node:path';

import type { OptionSpec, ParsedCommandLine } from './command.ts';

/**
 * Returns the environment variables that the given options set. Paths become absolute, because
 * the child scripts run in the project root rather than in the caller's directory.
 */
export function environmentFromOptions(
  options: readonly OptionSpec[],
  values: ParsedCommandLine['values'],
): Record<string, string> {
  const environment: Record<string, string> = {};

  for (const option of options) {
    const value = values[option.name];
    if (option.variable === undefined || value === undefined) continue;

    if (value === true) environment[option.variable] = 'true';
    else if (typeof value === 'string') environment[option.variable] = option.isPath ? resolve(value) : value;
  }
  return environment;
}

/**
 * Returns a line that names the options setting any variable mentioned in `message`, so that a
 * configuration error written in terms of variables also points to the command-line option.
 */
export function describeOptionsForVariables(message: string, options: readonly OptionSpec[]): string | undefined {
  const mentioned = options.filter((option) => option.variable !== undefined && message.includes(option.variable));
  if (mentioned.length === 0) return undefined;

  const pairs = mentioned.map((option) => `--${option.name} sets ${option.variable}`);
  return `On the command line: ${pairs.join(', ')}.`;
}

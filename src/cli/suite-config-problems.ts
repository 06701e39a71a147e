import { ConfigError } from '../config/config-error.ts';
import { loadConfig, type Environment } from '../config/load-config.ts';
import type { OptionSpec } from './command.ts';
import { describeOptionsForVariables } from './option-environment.ts';

/**
 * Validates the suite configuration that a child script will read from `environment`, before that
 * script starts and so before any request. Returns the message to print, which also names the
 * options that set the variables at fault, or undefined when the configuration is valid.
 */
export function findSuiteConfigProblems(environment: Environment, options: readonly OptionSpec[]): string | undefined {
  try {
    loadConfig(environment);
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const optionsLine = describeOptionsForVariables(error.message, options);
    return optionsLine === undefined ? error.message : `${error.message}\n${optionsLine}`;
  }
}

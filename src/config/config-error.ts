/** One invalid or missing setting: the variable, what is wrong, and how to fix it. */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

/**
 * Raised before any request is sent when the configuration is unusable. It lists every problem
 * at once so that a user fixes their `.env` in one pass. Secret values are never quoted.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((problem) => `  - ${problem.variable}: ${problem.message}`);
    super(`Invalid configuration (${count}):\n${lines.join('\n')}\nSee .env.example for every variable.`);
    this.problems = problems;
  }
}

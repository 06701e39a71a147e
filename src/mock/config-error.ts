/**
 * An invalid mock option or environment variable. The message names the value, the rule and the
 * fix, so the CLI prints it as it is, without a stack trace.
 */
export class MockConfigError extends Error {
  override readonly name = 'MockConfigError';
  readonly code = 'MOCK_CONFIG_INVALID';
  /** The option or environment variable at fault, such as "faults" or "MOCK_PORT". */
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(message);
    this.setting = setting;
  }
}

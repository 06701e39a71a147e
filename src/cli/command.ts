/** One long option of a subcommand, such as `--base-url URL`. */
export interface OptionSpec {
  /** Long name without the leading dashes. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** Placeholder for the value in help text, such as URL or MS. */
  readonly valueName?: string;
  /** Environment variable the option sets; a boolean option sets it to "true". */
  readonly variable?: string;
  /** The value is a path, made absolute against the directory the CLI was started from. */
  readonly isPath?: boolean;
  readonly description: string;
}

/** A command line after parsing, checked against the subcommand's options. */
export interface ParsedCommandLine {
  /** Option values by long name; boolean options are true when given. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Arguments that are not options, before any `--`. */
  readonly positionals: readonly string[];
  /** Arguments after `--`, passed on unchanged. */
  readonly passThrough: readonly string[];
  readonly help: boolean;
}

/** A subcommand of `juspay-conformance`. */
export interface Command {
  readonly name: string;
  /** One line for the overall help. */
  readonly summary: string;
  /** Arguments after the command name in the usage line, such as "[options] BLOB_DIR". */
  readonly usage: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** Largest number of positional arguments before `--`. */
  readonly maxPositionals: number;
  /** Whether arguments after `--` are accepted. */
  readonly acceptsPassThrough: boolean;
  /** Help text lines for the exit codes. */
  readonly exitCodes: readonly string[];
  /** Runs the command and returns the process exit code. */
  execute(commandLine: ParsedCommandLine): Promise<number>;
}

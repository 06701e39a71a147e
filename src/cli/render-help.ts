import type { Command, OptionSpec } from './command.ts';
import { PROGRAM_NAME } from './parse-command-line.ts';

/** Width of help text, in characters, so that it fits a standard terminal. */
const HELP_WIDTH = 96;

/** Overall help: the commands and where their options are described. */
export function renderProgramHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    `Usage: ${PROGRAM_NAME} <command> [options]`,
    '',
    "Conformance checks of Juspay's Get Customer API (GET /customers/{customer_id}).",
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    `Run "${PROGRAM_NAME} <command> --help" for the options and exit codes of a command.`,
    'Settings not given as options come from the environment and .env (see .env.example).',
    'An invalid command line exits with 2.',
    '',
  ].join('\n');
}

/** Help of one command: usage, description, options with the variable each sets, exit codes. */
export function renderCommandHelp(command: Command): string {
  const rows = [...command.options.map(optionRow), ['-h, --help', 'print this help']] as const;
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;

  return [
    `Usage: ${PROGRAM_NAME} ${command.name} ${command.usage}`,
    '',
    command.description,
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${wrap(right, HELP_WIDTH - width - 2).join(`\n${' '.repeat(width + 2)}`)}`),
    '',
    'Exit codes:',
    ...command.exitCodes.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/** Splits `text` into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function optionRow(option: OptionSpec): readonly [string, string] {
  const left = option.type === 'string' ? `--${option.name} ${option.valueName ?? 'VALUE'}` : `--${option.name}`;
  const right = option.variable === undefined ? option.description : `${option.description}; sets ${option.variable}`;
  return [left, right];
}

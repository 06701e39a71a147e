import { parseArgs, type ParseArgsConfig } from 'node:util';

import type { Command, ParsedCommandLine } from './command.ts';
import { UsageError } from './usage-error.ts';

export const PROGRAM_NAME = 'juspay-conformance';

type CommandShape = Pick<Command, 'name' | 'options' | 'maxPositionals' | 'acceptsPassThrough'>;

/**
 * Parses the arguments that follow a subcommand's name with node:util parseArgs. Its own strict
 * mode reports an unknown option in a message written for positional arguments, so parsing runs
 * lenient and every token is checked here. Throws a UsageError that names the argument at fault.
 */
export function parseCommandLine(command: CommandShape, args: readonly string[]): ParsedCommandLine {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const option of command.options) options[option.name] = { type: option.type };

  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });

  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  const passThrough: string[] = [];
  let help = false;
  let afterTerminator = false;

  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      afterTerminator = true;
    } else if (token.kind === 'positional') {
      (afterTerminator ? passThrough : positionals).push(token.value);
    } else if (token.name === 'help') {
      help = true;
    } else {
      values[token.name] = readOptionValue(command, token.name, token.rawName, token.value, token.inlineValue);
    }
  }

  if (help) return { values, positionals, passThrough, help };

  if (positionals.length > command.maxPositionals) {
    const extra = positionals[command.maxPositionals];
    throw new UsageError(
      `Unexpected argument "${extra}" for "${PROGRAM_NAME} ${command.name}". ${
        command.acceptsPassThrough ? 'Put arguments for the underlying tool after "--". ' : ''
      }${helpHint(command.name)}`,
    );
  }
  if (passThrough.length > 0 && !command.acceptsPassThrough) {
    throw new UsageError(`"${PROGRAM_NAME} ${command.name}" takes no arguments after "--". ${helpHint(command.name)}`);
  }

  return { values, positionals, passThrough, help };
}

function readOptionValue(
  command: CommandShape,
  name: string,
  rawName: string,
  value: string | undefined,
  inlineValue: boolean | undefined,
): string | boolean {
  const spec = command.options.find((option) => option.name === name);
  if (spec === undefined) {
    throw new UsageError(`Unknown option ${rawName} for "${PROGRAM_NAME} ${command.name}". ${helpHint(command.name)}`);
  }

  if (spec.type === 'boolean') {
    if (value !== undefined) {
      throw new UsageError(`Option --${name} takes no value, but got "${value}": give --${name} alone to switch it on.`);
    }
    return true;
  }

  // parseArgs takes the next argument as the value even when it is another option.
  if (value === undefined || value === '' || (!inlineValue && value.startsWith('-'))) {
    throw new UsageError(`Option --${name} needs a value: --${name} ${spec.valueName ?? 'VALUE'}. ${helpHint(command.name)}`);
  }
  return value;
}

export function helpHint(commandName?: string): string {
  const command = commandName === undefined ? PROGRAM_NAME : `${PROGRAM_NAME} ${commandName}`;
  return `Run "${command} --help" for the options.`;
}

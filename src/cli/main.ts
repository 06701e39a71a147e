/**
 * `juspay-conformance`, the command-line front door: one subcommand per job (run, mock,
 * verify-pacts, load, merge-reports, certify, differential). Each subcommand turns its options
 * into the environment variables or arguments of the script it delegates to, validates them, and
 * runs that script in a child process. bin/juspay-conformance.js starts this file through tsx.
 */
import { resolve } from 'node:path';

import { loadDotenvFile } from '../config/load-config.ts';
import type { Command } from './command.ts';
import { certifyCommand } from './commands/certify-command.ts';
import { differentialCommand } from './commands/differential-command.ts';
import { loadCommand } from './commands/load-command.ts';
import { mergeReportsCommand } from './commands/merge-reports-command.ts';
import { mockCommand } from './commands/mock-command.ts';
import { runCommand } from './commands/run-command.ts';
import { verifyPactsCommand } from './commands/verify-pacts-command.ts';
import { EXIT_CODE } from './exit-codes.ts';
import { helpHint, parseCommandLine, PROGRAM_NAME } from './parse-command-line.ts';
import { PROJECT_ROOT } from './project-root.ts';
import { renderCommandHelp, renderProgramHelp } from './render-help.ts';
import { UsageError } from './usage-error.ts';

const COMMANDS: readonly Command[] = [
  runCommand,
  mockCommand,
  verifyPactsCommand,
  loadCommand,
  mergeReportsCommand,
  certifyCommand,
  differentialCommand,
];

const HELP_ARGUMENTS = new Set(['--help', '-h', 'help']);

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(renderProgramHelp(COMMANDS));
    return EXIT_CODE.configurationError;
  }
  if (HELP_ARGUMENTS.has(name)) {
    const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
    process.stdout.write(topic === undefined ? renderProgramHelp(COMMANDS) : renderCommandHelp(topic));
    return EXIT_CODE.conformant;
  }

  const command = findCommand(name);
  const commandLine = parseCommandLine(command, rest);
  if (commandLine.help) {
    process.stdout.write(renderCommandHelp(command));
    return EXIT_CODE.conformant;
  }

  // The child scripts read the same file; values already in the environment win in both.
  loadDotenvFile(resolve(PROJECT_ROOT, '.env'));
  return command.execute(commandLine);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;

  const names = COMMANDS.map((candidate) => candidate.name).join(', ');
  if (name.startsWith('-')) throw new UsageError(`Unknown option ${name} for "${PROGRAM_NAME}". ${helpHint()}`);
  throw new UsageError(`Unknown command "${name}": use one of ${names}. ${helpHint()}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${PROGRAM_NAME} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = EXIT_CODE.configurationError;
}

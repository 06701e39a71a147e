import { existsSync, readFileSync } from 'node:fs';

import { EXIT_CODE } from './exit-codes.ts';

/**
 * Turns the verdict in a check results file into the exit code of a run: 0 conformant,
 * 1 non-conformant, 2 when the file is missing or unreadable or the tool that wrote it failed.
 * Writes the reason for a 2 to standard error.
 */
export function exitCodeFromVerdict(checksFile: string, toolName: string, toolExitCode: number): number {
  if (!existsSync(checksFile)) {
    process.stderr.write(`${toolName} wrote no check results (${checksFile}) and exited with ${toolExitCode}. See its output above.\n`);
    return EXIT_CODE.toolError;
  }

  let verdict: unknown;
  try {
    verdict = (JSON.parse(readFileSync(checksFile, 'utf8')) as { verdict?: unknown }).verdict;
  } catch (error) {
    process.stderr.write(`The check results in ${checksFile} are not valid JSON (${(error as Error).message}). Run again to rewrite them.\n`);
    return EXIT_CODE.toolError;
  }

  if (verdict === 'non-conformant') return EXIT_CODE.nonConformant;
  if (verdict === 'conformant' && toolExitCode === 0) return EXIT_CODE.conformant;
  process.stderr.write(`${toolName} exited with ${toolExitCode} and the verdict in ${checksFile} is ${JSON.stringify(verdict)}, so the run has no verdict.\n`);
  return EXIT_CODE.toolError;
}

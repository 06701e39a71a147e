import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { PactFileError } from './pact-file-error.ts';

/** One pact file that is ready to verify. */
export interface PactFile {
  readonly path: string;
  readonly consumer: string;
  readonly interactionCount: number;
}

const REGENERATE_HINT = 'run `npm run test:pact` to generate the pact file, or set PACT_DIR to the directory that contains it';

/**
 * Lists the `*.json` pact files in `directory` and checks each one before the verifier runs:
 * it must parse, name `provider`, and contain at least one interaction.
 *
 * @throws PactFileError naming the directory or file and what to do.
 */
export function findPactFiles(directory: string, provider: string): PactFile[] {
  if (!isDirectory(directory)) {
    throw new PactFileError('PACT_DIRECTORY_MISSING', `The pact directory ${directory} does not exist: ${REGENERATE_HINT}.`);
  }

  const names = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (names.length === 0) {
    throw new PactFileError('NO_PACT_FILES', `No pact file (*.json) was found in ${directory}: ${REGENERATE_HINT}.`);
  }

  return names.map((name) => readPactFile(join(directory, name), provider));
}

function readPactFile(path: string, provider: string): PactFile {
  let pact: unknown;
  try {
    pact = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PactFileError('PACT_FILE_INVALID', `The pact file ${path} is not valid JSON (${reason}): regenerate it with \`npm run test:pact\`.`);
  }

  const fields = typeof pact === 'object' && pact !== null ? (pact as Record<string, unknown>) : {};
  const providerName = nameOf(fields.provider);
  if (providerName !== provider) {
    throw new PactFileError(
      'PACT_FILE_OTHER_PROVIDER',
      `The pact file ${path} is for the provider ${JSON.stringify(providerName ?? null)}, not "${provider}": move it out of the pact directory.`,
    );
  }

  // V2 and V3 files call the list "interactions" too, so an old file is checked the same way.
  const interactions = fields.interactions;
  if (!Array.isArray(interactions) || interactions.length === 0) {
    throw new PactFileError(
      'PACT_FILE_EMPTY',
      `The pact file ${path} contains no interaction, so verifying it would prove nothing: regenerate it with \`npm run test:pact\`.`,
    );
  }

  return { path, consumer: nameOf(fields.consumer) ?? '(unnamed)', interactionCount: interactions.length };
}

function nameOf(party: unknown): string | undefined {
  if (typeof party !== 'object' || party === null) return undefined;
  const name = (party as Record<string, unknown>).name;
  return typeof name === 'string' ? name : undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

import { PACT_DIRECTORY } from './contract-names.ts';

/**
 * Fails when the pact files that `npm run test:pact` just wrote differ from the committed ones,
 * so that a change to the consumer tests cannot reach the provider without a reviewed commit.
 * Run it after regenerating: `npm run pact:drift` does both.
 */
function checkPactDrift(): number {
  const directory = relative(process.cwd(), PACT_DIRECTORY) || '.';

  // git diff reports changed and deleted tracked files, and ls-files lists the new files that git diff skips.
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', directory]).trim();
  const diff = git(['diff', '--no-color', '--', directory]);

  if (diff === '' && untracked === '') {
    console.log(`The pact files in ${directory} match the committed ones.`);
    return 0;
  }

  console.error(
    `The regenerated pact files in ${directory} differ from the committed ones. ` +
      'Review the change below; if it is intended, commit the pact files with the consumer tests that changed them.',
  );
  if (untracked !== '') console.error(`\nNew, uncommitted pact files:\n${untracked}`);
  if (diff !== '') console.error(`\n${diff}`);
  return 1;
}

function git(args: readonly string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

process.exitCode = checkPactDrift();

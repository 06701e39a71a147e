import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { PROJECT_ROOT } from './support/child-process.ts';
import { findInlineCredentials, packageCalls, shellCommands, type PackageCall } from './support/ci-commands.ts';
import { parseYamlObject, readGithubWorkflows, readGitlabExample, type CiFile } from './support/ci-files.ts';

const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  bin?: Record<string, string>;
};

/** npm's own commands that a CI file may call. */
const NPM_BUILTINS = new Set(['ci', 'install', 'exec']);

const CI_FILES: readonly CiFile[] = [...readGithubWorkflows(), readGitlabExample()];

/** Returns a message for each npm or npx call in `file` that names nothing in this repository. */
function unknownPackageCalls(file: CiFile): string[] {
  const problems: string[] = [];
  for (const command of shellCommands(file)) {
    for (const call of packageCalls(command.text)) {
      if (!callExists(call)) problems.push(`${command.path}: "${call.call}"`);
    }
  }
  return problems;
}

function callExists(call: PackageCall): boolean {
  if (call.kind === 'script') return call.name in packageJson.scripts;
  if (call.kind === 'builtin') return NPM_BUILTINS.has(call.name);
  return existsSync(join(PROJECT_ROOT, 'node_modules', '.bin', call.name)) || call.name in (packageJson.bin ?? {});
}

test('the CI files include both workflows and the GitLab example', () => {
  expect(CI_FILES.map((file) => file.source)).toEqual([
    '.github/workflows/conformance-sharded.yml',
    '.github/workflows/conformance.yml',
    'the GitLab example in docs/ci.md',
  ]);
});

for (const file of CI_FILES) {
  test(`${file.source} calls only npm scripts that exist`, () => {
    const calls = shellCommands(file).flatMap((command) => packageCalls(command.text));

    expect(calls.length, 'npm calls found').toBeGreaterThan(0);
    expect(unknownPackageCalls(file)).toEqual([]);
  });

  test(`${file.source} sets no credential inline`, () => {
    expect(findInlineCredentials(file)).toEqual([]);
  });
}

for (const file of CI_FILES.filter((candidate) => candidate.flavour === 'github')) {
  test(`${file.source} switches off Pact analytics`, () => {
    expect(file.document.env).toMatchObject({ PACT_DO_NOT_TRACK: true });
  });

  test(`${file.source} uploads artifacts also after a failure`, () => {
    const uploads = Object.values(file.document.jobs as Record<string, { steps: { uses?: string; if?: string }[] }>)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/upload-artifact@'));

    expect(uploads.length).toBeGreaterThan(0);
    for (const step of uploads) expect(step.if).toBe('always()');
  });
}

test('an unknown npm script is reported', () => {
  const file: CiFile = {
    source: 'a sample workflow',
    flavour: 'github',
    document: parseYamlObject('jobs:\n  check:\n    steps:\n      - run: npm ci && npm run no-such-script\n', 'a sample workflow'),
  };

  expect(unknownPackageCalls(file)).toEqual(['jobs.check.steps[0].run: "npm run no-such-script"']);
});

test('an API key written into a workflow is reported', () => {
  const workflow = [
    'env:',
    '  JUSPAY_API_KEY: key_written_inline',
    'jobs:',
    '  check:',
    '    steps:',
    '      - run: JUSPAY_MERCHANT_ID=merchant npm run conformance',
    '      - run: echo ${{ secrets.JUSPAY_API_KEY }}',
  ].join('\n');
  const file: CiFile = { source: 'a sample workflow', flavour: 'github', document: parseYamlObject(workflow, 'a sample workflow') };

  expect(findInlineCredentials(file).map((found) => found.path)).toEqual([
    'env.JUSPAY_API_KEY',
    'jobs.check.steps[0].run',
    'jobs.check.steps[1].run',
  ]);
});

test('an API key in GitLab variables is reported', () => {
  const file: CiFile = {
    source: 'a sample GitLab file',
    flavour: 'gitlab',
    document: parseYamlObject('check:\n  variables:\n    JUSPAY_API_KEY: key_written_inline\n  script:\n    - npm run conformance\n', 'a sample'),
  };

  expect(findInlineCredentials(file).map((found) => found.path)).toEqual(['check.variables.JUSPAY_API_KEY']);
});

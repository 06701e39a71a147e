import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { PROJECT_ROOT } from './support/child-process.ts';

/**
 * Folders and files of the product whose environment variables .env.example must list. bench/ is
 * left out because its BENCH_* variables only tune `npm run bench` and docs/benchmarks.md lists
 * them. tests/ is left out because its variables, such as FC_SEED, tune the project's own tests.
 */
const SCANNED_FOLDERS = ['src', 'suites', 'contracts', 'load', 'scripts', 'bin'];
const SCANNED_ROOT_FILES = ['playwright.config.ts', 'playwright.merge.config.ts'];
const SOURCE_FILE = /\.(ts|js|mjs)$/;

/** Variables the product reads that a user does not set in .env, each with the reason. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  CI: 'set by the CI service; Playwright then runs 2 workers and rejects test.only',
  FORCE_COLOR: 'the standard switch for coloured output, which npm run conformance only leaves as the user set it',
  PATH: "the system's search path, where npm run load looks for k6",
};

/**
 * Ways the code reads a variable, each capturing its name:
 * - a property of process.env, k6's __ENV, or an environment object named env or environment,
 *   unless the statement assigns to it, as playwright.config.ts does to NODE_EXTRA_CA_CERTS;
 * - a string argument of a reader function, such as readText(env, 'JUSPAY_BASE_URL') or
 *   readNumber('LOAD_P95_MS', …);
 * - the `variable` field of a CLI option or a configuration problem, or a constant named variable.
 * A name built at run time is not found, such as the JUSPAY_RESOLVED_* variables that global
 * setup hands to the workers through env[RESOLVED_ENV.baseUrl].
 */
const READ_PATTERNS: readonly RegExp[] = [
  /\b(?:process\.env|__ENV|env|environment)(?:\.|\?\.|\[\s*['"])([A-Z][A-Z0-9_]*)\b(?!(?:['"]\s*\])?\s*=[^=])/g,
  /\bread[A-Za-z]*\(\s*(?:env\s*,\s*)?['"]([A-Z][A-Z0-9]*_[A-Z0-9_]+)['"]/g,
  /\bvariable(?::|\s*=)\s*['"]([A-Z][A-Z0-9]*_[A-Z0-9_]+)['"]/g,
];

function scannedFiles(): string[] {
  const files = SCANNED_FOLDERS.flatMap((folder) =>
    (readdirSync(join(PROJECT_ROOT, folder), { recursive: true }) as string[])
      .filter((path) => SOURCE_FILE.test(path) && !path.split('/').includes('node_modules'))
      .map((path) => join(folder, path)),
  );
  return [...files, ...SCANNED_ROOT_FILES];
}

/** Returns the names of the variables that `code` reads, in the ways READ_PATTERNS finds. */
function variablesReadIn(code: string): string[] {
  return READ_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** Returns each variable the scanned code reads, with the first file that reads it. */
function variablesReadByCode(): Map<string, string> {
  const variables = new Map<string, string>();
  for (const file of scannedFiles()) {
    for (const name of variablesReadIn(readFileSync(join(PROJECT_ROOT, file), 'utf8'))) {
      if (!variables.has(name)) variables.set(name, file);
    }
  }
  return variables;
}

/** Returns the names set in .env.example, including commented-out lines such as `# LOAD_REPORT_DIR=…`. */
function variablesOfEnvExample(): Set<string> {
  const text = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8');
  return new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!));
}

const READ_BY_CODE = variablesReadByCode();
const LISTED = variablesOfEnvExample();

const SCANNER_CASES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ['const dir = process.env.PACT_DIR;', ['PACT_DIR']],
  ["const dir = process.env['PACT_DIR'];", ['PACT_DIR']],
  ['const profile = __ENV.K6_PROFILE;', ['K6_PROFILE']],
  ['const host = env.MOCK_HOST ?? DEFAULT_HOST;', ['MOCK_HOST']],
  ['const raw = env.REPORTS_DIR?.trim();', ['REPORTS_DIR']],
  ["environment.PLAYWRIGHT_BLOB_OUTPUT_DIR ??= resolve('blob');", ['PLAYWRIGHT_BLOB_OUTPUT_DIR']],
  ['if (env.MOCK_TLS === "true") {}', ['MOCK_TLS']],
  ["const baseUrl = readText(env, 'JUSPAY_BASE_URL');", ['JUSPAY_BASE_URL']],
  ["const p95 = readNumber('LOAD_P95_MS', 500, 1, 600_000);", ['LOAD_P95_MS']],
  ["const option = { name: 'pact-dir', variable: 'PACT_DIR' };", ['PACT_DIR']],
  ["const variable = 'JUSPAY_PROXY_AUTH_HEADER';", ['JUSPAY_PROXY_AUTH_HEADER']],
  ['process.env.NODE_EXTRA_CA_CERTS = config.caFile;', []],
  ["process.env['PACT_DO_NOT_TRACK'] = 'true';", []],
  ['environment.K6_PROFILE = settings.profile;', []],
];

for (const [code, names] of SCANNER_CASES) {
  test(`scanner reads ${code}`, () => {
    expect(variablesReadIn(code)).toEqual(names);
  });
}

test('.env.example lists every variable read', () => {
  const missing = [...READ_BY_CODE]
    .filter(([name]) => !LISTED.has(name) && !(name in EXCEPTIONS))
    .map(([name, file]) => `${name} (read in ${file})`);

  expect(missing, 'add each to .env.example with a safe placeholder and a comment').toEqual([]);
});

test('.env.example lists no unread variable', () => {
  const unread = [...LISTED].filter((name) => !READ_BY_CODE.has(name));

  expect(unread, 'remove each from .env.example, or fix the scanner if the code reads it').toEqual([]);
});

test('every exception is still read', () => {
  const stale = Object.keys(EXCEPTIONS).filter((name) => !READ_BY_CODE.has(name));

  expect(stale, 'remove each from EXCEPTIONS').toEqual([]);
});

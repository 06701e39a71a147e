import type { CiFile } from './ci-files.ts';

/** One shell command of a CI file and where it sits. */
export interface ShellCommand {
  /** Location in the file, such as "jobs.mock.steps[3].run" or "conformance-mock.script[1]". */
  readonly path: string;
  readonly text: string;
}

/** Returns every shell command that a CI file runs: `run:` of GitHub steps, `*script:` of GitLab jobs. */
export function shellCommands(file: CiFile): ShellCommand[] {
  return file.flavour === 'github' ? githubRunCommands(file.document) : gitlabScriptCommands(file.document);
}

function githubRunCommands(document: Record<string, unknown>): ShellCommand[] {
  const commands: ShellCommand[] = [];
  for (const [jobName, job] of Object.entries(asRecord(document.jobs))) {
    const steps = asRecord(job).steps;
    if (!Array.isArray(steps)) continue;
    steps.forEach((step, index) => {
      const run = asRecord(step).run;
      if (typeof run === 'string') commands.push({ path: `jobs.${jobName}.steps[${index}].run`, text: run });
    });
  }
  return commands;
}

const GITLAB_SCRIPT_KEYS = ['before_script', 'script', 'after_script'] as const;

function gitlabScriptCommands(document: Record<string, unknown>): ShellCommand[] {
  const commands: ShellCommand[] = [];
  for (const [jobName, job] of Object.entries(document)) {
    for (const key of GITLAB_SCRIPT_KEYS) {
      const script = asRecord(job)[key];
      const lines = typeof script === 'string' ? [script] : Array.isArray(script) ? script : [];
      lines.forEach((line, index) => {
        if (typeof line === 'string') commands.push({ path: `${jobName}.${key}[${index}]`, text: line });
      });
    }
  }
  return commands;
}

/** An npm or npx call in a shell command. */
export interface PackageCall {
  /** "script" for `npm run X` and `npm test`, "builtin" for npm's own commands, "npx" for `npx X`. */
  readonly kind: 'script' | 'builtin' | 'npx';
  readonly name: string;
  /** The call as written, for messages. */
  readonly call: string;
}

/** npm commands that run the package.json script of the same name. */
const SCRIPT_SHORTHANDS = new Set(['test', 'start', 'stop', 'restart']);
const RUN_COMMANDS = new Set(['run', 'run-script']);

/** Finds every `npm ...` and `npx ...` call in a shell command, up to the next ; & | or newline. */
export function packageCalls(command: string): PackageCall[] {
  const calls: PackageCall[] = [];
  for (const match of command.matchAll(/(?:^|[\s;&|(])(npm|npx)((?:[ \t]+[^\s;&|]+)*)/g)) {
    const tool = match[1]!;
    const words = match[2]!.trim().split(/\s+/).filter((word) => word !== '');
    const call = `${tool} ${words.join(' ')}`.trim();
    const [first, second] = words.filter((word) => !word.startsWith('-'));

    if (tool === 'npx') {
      if (first !== undefined) calls.push({ kind: 'npx', name: first, call });
    } else if (first !== undefined && RUN_COMMANDS.has(first)) {
      calls.push({ kind: 'script', name: second ?? '', call });
    } else if (first !== undefined && SCRIPT_SHORTHANDS.has(first)) {
      calls.push({ kind: 'script', name: first, call });
    } else {
      calls.push({ kind: 'builtin', name: first ?? '', call });
    }
  }
  return calls;
}

/**
 * Names of variables that carry credentials. The merchant id is not secret on its own, but it
 * is stored with the API key and never written into a CI file either.
 */
const CREDENTIAL_NAME = /(^|_)(API_KEY|MERCHANT_ID|SECRET|PASSWORD|TOKEN)$/;

/** A credential written into a CI file rather than referenced from the CI's secret store. */
export interface InlineCredential {
  readonly path: string;
  readonly problem: string;
}

/**
 * Finds credentials that a CI file sets inline. GitHub: a credential variable in an `env:`
 * mapping must be one `${{ }}` expression that reads `secrets.`, and `secrets.` may appear only
 * there, never inside a `run:` script. GitLab: credential variables come from the project's
 * masked CI/CD variables, so no `variables:` mapping may set one. Neither may assign one on a
 * command line (`JUSPAY_API_KEY=... npm run conformance`).
 */
export function findInlineCredentials(file: CiFile): InlineCredential[] {
  const found: InlineCredential[] = [];

  visitMappings(file.document, '', (parentPath, key, value) => {
    const path = parentPath === '' ? key : `${parentPath}.${key}`;
    if (file.flavour === 'github' && key === 'env') {
      for (const [name, variableValue] of Object.entries(asRecord(value))) {
        if (CREDENTIAL_NAME.test(name) && !readsGithubSecret(variableValue)) {
          found.push({ path: `${path}.${name}`, problem: 'is not a ${{ }} expression that reads secrets.' });
        }
      }
    }
    if (file.flavour === 'gitlab' && key === 'variables') {
      for (const name of Object.keys(asRecord(value))) {
        if (CREDENTIAL_NAME.test(name)) found.push({ path: `${path}.${name}`, problem: 'is set in the file, not in the CI/CD variables' });
      }
    }
  });

  for (const command of shellCommands(file)) {
    if (command.text.includes('secrets.')) found.push({ path: command.path, problem: 'reads secrets. inside a script; pass it through env: instead' });
    for (const match of command.text.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=\S/g)) {
      if (CREDENTIAL_NAME.test(match[1]!)) found.push({ path: command.path, problem: `assigns ${match[1]} on the command line` });
    }
  }
  return found;
}

function readsGithubSecret(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{\{[^}]*\bsecrets\.[A-Za-z0-9_]+[^}]*\}\}$/.test(value.trim());
}

/** Calls `visit` for every key of every mapping in `node`, depth first. */
function visitMappings(node: unknown, path: string, visit: (path: string, key: string, value: unknown) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => visitMappings(item, `${path}[${index}]`, visit));
    return;
  }
  if (typeof node !== 'object' || node === null) return;

  for (const [key, value] of Object.entries(node)) {
    visit(path, key, value);
    visitMappings(value, path === '' ? key : `${path}.${key}`, visit);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { PROJECT_ROOT } from './child-process.ts';

/** A CI configuration file, parsed. */
export interface CiFile {
  /** Where it came from, for messages, such as ".github/workflows/conformance.yml". */
  readonly source: string;
  readonly flavour: 'github' | 'gitlab';
  readonly document: Record<string, unknown>;
}

const WORKFLOW_DIR = '.github/workflows';
const GITLAB_EXAMPLE_DOC = 'docs/ci.md';
/** First line of the fenced block in docs/ci.md that is the GitLab example. */
const GITLAB_EXAMPLE_MARKER = '# .gitlab-ci.yml';

/** Parses every workflow file of GitHub Actions in the repository. */
export function readGithubWorkflows(): CiFile[] {
  const directory = join(PROJECT_ROOT, WORKFLOW_DIR);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      source: `${WORKFLOW_DIR}/${name}`,
      flavour: 'github',
      document: parseYamlObject(readFileSync(join(directory, name), 'utf8'), `${WORKFLOW_DIR}/${name}`),
    }));
}

/** Parses the GitLab CI example: the fenced yaml block of docs/ci.md that starts with "# .gitlab-ci.yml". */
export function readGitlabExample(): CiFile {
  const markdown = readFileSync(join(PROJECT_ROOT, GITLAB_EXAMPLE_DOC), 'utf8');
  const source = `the GitLab example in ${GITLAB_EXAMPLE_DOC}`;
  return { source, flavour: 'gitlab', document: parseYamlObject(extractFencedYaml(markdown, GITLAB_EXAMPLE_MARKER, source), source) };
}

/** Returns the body of the one ```yaml block whose first line is `marker`. */
export function extractFencedYaml(markdown: string, marker: string, source: string): string {
  const blocks = [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  const matching = blocks.filter((block) => block.startsWith(`${marker}\n`));
  if (matching.length !== 1) {
    throw new Error(`${source}: expected one fenced yaml block starting with "${marker}", found ${matching.length}.`);
  }
  return matching[0]!;
}

export function parseYamlObject(text: string, source: string): Record<string, unknown> {
  const document: unknown = parse(text);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new Error(`${source} is not a YAML mapping.`);
  }
  return document as Record<string, unknown>;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CertificationReport } from './certification.ts';
import { CertificationError } from './certification-error.ts';
import { redactCertification } from './redact-certification.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

/** The files one certification writes, by format. */
export interface CertificationFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

/** Renders the report as JSON, masked again like the other renderings. */
export function renderJson(report: CertificationReport, secrets: readonly string[]): string {
  return `${JSON.stringify(redactCertification(report, secrets), null, 2)}\n`;
}

/**
 * Writes certification.json, certification.md and certification.html into `directory`, creating
 * it when needed. Every rendering masks `secrets` itself. Throws a CertificationError naming the
 * path when a file cannot be written.
 */
export function writeCertification(report: CertificationReport, secrets: readonly string[], directory: string): CertificationFiles {
  const files: CertificationFiles = {
    json: join(directory, 'certification.json'),
    markdown: join(directory, 'certification.md'),
    html: join(directory, 'certification.html'),
  };

  const contents: readonly (readonly [string, string])[] = [
    [files.json, renderJson(report, secrets)],
    [files.markdown, renderMarkdown(report, secrets)],
    [files.html, renderHtml(report, secrets)],
  ];

  let current = directory;
  try {
    mkdirSync(directory, { recursive: true });
    for (const [path, text] of contents) {
      current = path;
      writeFileSync(path, text);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CertificationError('OUTPUT_UNWRITABLE', `Cannot write ${current} (${code}): pass --output-dir with a folder you can write to.`);
  }

  return files;
}

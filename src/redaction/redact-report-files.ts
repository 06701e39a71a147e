import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

import { redactText } from './redact.ts';

/** Text formats the suite and Playwright write; anything else (images, traces) is left alone. */
const TEXT_EXTENSIONS = new Set(['.xml', '.md', '.txt', '.log']);

/**
 * Playwright's HTML report (1.65) carries its data as a base64 zip of JSON files inside
 * `<template id="playwrightReportBase64">data:application/zip;base64,…</template>`.
 */
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

/**
 * What a conformance run or a shard merge writes under the reports folder. Only these are
 * rewritten, so a reports folder that also contains other files (or is the project itself, by
 * mistake) never has anything else touched.
 */
export const REPORT_ARTEFACTS = ['checks.json', 'junit.xml', 'results.json', 'html', 'test-results', 'blob'] as const;

/**
 * Masks secrets and personal data in the report artefacts under `reportsDir`, in place: JSON
 * string values, XML, Markdown and text, and the data embedded in Playwright's HTML report.
 *
 * Playwright's own reporters record assertion messages and request URLs as they are, so a
 * target that echoes an e-mail address, or a lookup by a reference id that is one, would
 * otherwise leave it in junit.xml, results.json and the HTML report. Returns the files changed.
 */
export function redactReportFiles(reportsDir: string, secrets: readonly string[]): string[] {
  const changed: string[] = [];
  for (const artefact of REPORT_ARTEFACTS) {
    for (const path of listFiles(join(reportsDir, artefact))) {
      if (extname(path).toLowerCase() === '.zip') {
        if (redactZipFile(path, secrets)) changed.push(path);
        continue;
      }
      const original = readFileSync(path, 'utf8');
      const redacted = redactFile(path, original, secrets);
      if (redacted !== original) {
        writeFileSync(path, redacted);
        changed.push(path);
      }
    }
  }
  return changed;
}

/** Masks the blob reports of a sharded run kept outside the reports folder. */
export function redactBlobReports(blobDir: string, secrets: readonly string[]): string[] {
  return listFiles(blobDir).filter((path) => extname(path).toLowerCase() === '.zip' && redactZipFile(path, secrets));
}

/** JSON Lines formats: Playwright's blob report (report.jsonl) and trace files. */
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.trace', '.network']);

/**
 * Rewrites a zip (a blob report, a trace) with its text entries masked; binary entries such as
 * screenshots stay as they are. Returns whether anything changed.
 */
function redactZipFile(path: string, secrets: readonly string[]): boolean {
  const entries = unzipSync(readFileSync(path));
  let changed = false;
  for (const [name, bytes] of Object.entries(entries)) {
    const text = decodeText(bytes);
    if (text === undefined) continue;
    const redacted = JSON_LINES_EXTENSIONS.has(extname(name).toLowerCase())
      ? text.split('\n').map((line) => (line.trim() === '' ? line : redactJsonText(line, secrets))).join('\n')
      : redactFile(name, text, secrets, true);
    if (redacted !== text) {
      entries[name] = strToU8(redacted);
      changed = true;
    }
  }
  if (changed) writeFileSync(path, zipSync(entries));
  return changed;
}

/** UTF-8 text, or undefined for bytes that are not (images, compressed data). */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function redactFile(path: string, content: string, secrets: readonly string[], anyText = false): string {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return redactJsonText(content, secrets);
  if (extension === '.html') return redactHtml(content, secrets);
  if (anyText || TEXT_EXTENSIONS.has(extension)) return redactText(content, secrets);
  return content;
}

/** Masks string values only, so numbers such as durations stay numbers and the file stays JSON. */
function redactJsonText(content: string, secrets: readonly string[]): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return redactText(content, secrets);
  }
  const redacted = redactJsonValue(parsed, secrets);
  return JSON.stringify(redacted, null, content.includes('\n') ? 2 : undefined) + (content.endsWith('\n') ? '\n' : '');
}

function redactJsonValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactJsonValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, redactJsonValue(field, secrets)]));
  }
  return value;
}

function redactHtml(content: string, secrets: readonly string[]): string {
  return content.replace(EMBEDDED_ZIP, (_match, base64: string) => {
    const entries = unzipSync(Buffer.from(base64, 'base64'));
    const redactedEntries = Object.fromEntries(
      Object.entries(entries).map(([name, bytes]) => [name, strToU8(redactFile(name, strFromU8(bytes), secrets))]),
    );
    return `data:application/zip;base64,${Buffer.from(zipSync(redactedEntries)).toString('base64')}`;
  });
}

/** Returns the file at `path`, or every non-empty file below it, or nothing when it does not exist. */
function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];

  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(child));
    else if (entry.isFile() && statSync(child).size > 0) files.push(child);
  }
  return files;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { unzipSync } from 'fflate';

/** Values whose presence in a written file is a leak, named by kind. */
export interface SecretPatterns {
  readonly apiKeys: readonly string[];
  readonly emailAddresses: readonly string[];
  readonly mobileNumbers: readonly string[];
}

/** One leak: where, and what kind of secret. The secret itself is never part of a finding. */
export interface Finding {
  readonly location: string;
  readonly kind: string;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** Every file and archive entry that was read, for checking that the scan saw what it should. */
  readonly scanned: readonly string[];
}

interface Needle {
  readonly kind: string;
  readonly pattern: RegExp;
}

const ZIP_SIGNATURE = 'PK\u0003\u0004';

/**
 * Playwright's HTML report (1.65) embeds its data as a base64 zip in
 * <template id="playwrightReportBase64">data:application/zip;base64,…</template>, and reads it
 * with zip.js in the browser. Any other base64 zip data URI is decoded the same way.
 */
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds a pattern for base64(value) as a whole token. When value's length is a multiple of three,
 * base64(value) is a prefix of base64(value + ':'), so the token must end where base64 ends,
 * with or without its padding.
 */
function base64Token(value: string): RegExp {
  const encoded = Buffer.from(value).toString('base64').replace(/=+$/, '');
  return new RegExp(`${escapeRegExp(encoded)}(?:={1,2}|(?![A-Za-z0-9+/]))`);
}

function buildNeedles(secrets: SecretPatterns): Needle[] {
  const needles: Needle[] = [];
  for (const key of secrets.apiKeys) {
    needles.push({ kind: 'API key', pattern: new RegExp(escapeRegExp(key)) });
    needles.push({ kind: 'API key as base64(key:), a Basic auth value', pattern: base64Token(`${key}:`) });
    needles.push({ kind: 'API key as base64(key), a Basic auth value', pattern: base64Token(key) });
  }
  needles.push({ kind: 'client auth token (tkn_ and 32 hex characters)', pattern: /tkn_[0-9a-fA-F]{32}/ });
  for (const email of secrets.emailAddresses) {
    needles.push({ kind: 'customer e-mail address', pattern: new RegExp(escapeRegExp(email), 'i') });
    needles.push({ kind: 'customer e-mail address, percent-encoded', pattern: new RegExp(escapeRegExp(email.replace('@', '%40')), 'i') });
  }
  for (const mobile of secrets.mobileNumbers) {
    needles.push({ kind: 'customer mobile number', pattern: new RegExp(`(?<!\\d)${mobile}(?!\\d)`) });
  }
  return needles;
}

/**
 * Scans every file under `root`, recursively, for the secrets: the raw bytes as UTF-8, the
 * entries of every zip file, and the entries of every base64 zip embedded in a file.
 */
export function scanForSecrets(root: string, secrets: SecretPatterns): ScanResult {
  const needles = buildNeedles(secrets);
  const findings: Finding[] = [];
  const scanned: string[] = [];

  const scanBytes = (location: string, bytes: Uint8Array): void => {
    scanned.push(location);
    const text = Buffer.from(bytes).toString('utf8');

    if (text.startsWith(ZIP_SIGNATURE)) {
      for (const [entry, content] of Object.entries(unzipSync(bytes))) scanBytes(`${location} > ${describeEntry(entry, content)}`, content);
      return;
    }

    for (const needle of needles) {
      if (needle.pattern.test(text) && !findings.some((found) => found.location === location && found.kind === needle.kind)) {
        findings.push({ location, kind: needle.kind });
      }
    }
    for (const match of text.matchAll(EMBEDDED_ZIP)) {
      scanBytes(`${location} > embedded zip`, Buffer.from(match[1] ?? '', 'base64'));
    }
  };

  for (const path of listFiles(root)) scanBytes(relative(root, path), readFileSync(path));
  return { findings, scanned };
}

/**
 * Names a zip entry, adding the spec file that a Playwright report entry describes: the report
 * names its per-file entries by hash and stores the spec path in their `fileName` field.
 */
function describeEntry(entry: string, content: Uint8Array): string {
  if (!entry.endsWith('.json')) return entry;
  try {
    const parsed = JSON.parse(Buffer.from(content).toString('utf8')) as { fileName?: unknown };
    return typeof parsed.fileName === 'string' ? `${entry} (${parsed.fileName})` : entry;
  } catch {
    return entry;
  }
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

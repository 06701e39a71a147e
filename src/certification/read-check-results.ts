import { readFileSync } from 'node:fs';

import { Ajv } from 'ajv';

import { catalogueDigest } from '../catalogue/catalogue-digest.ts';
import { CATALOGUE_VERSION, findCheck } from '../catalogue/checks.ts';
import type { CheckResultsDocument } from '../../suites/reporting/check-results.ts';
import { CertificationError } from './certification-error.ts';
import { CHECK_RESULTS_SCHEMA } from './check-results-schema.ts';

const RERUN = 'run "npm run conformance" to write it, or pass --input FILE with the checks.json of a run';

const validateDocument = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile(CHECK_RESULTS_SCHEMA);

/**
 * Reads and validates a check results document. Throws a CertificationError naming the file when
 * it is missing, is not JSON, does not have the document's shape, or was written against another
 * catalogue than the one this checkout has.
 */
export function readCheckResults(path: string): CheckResultsDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CertificationError('INPUT_MISSING', `No check results at ${path}: ${RERUN}.`);
    throw new CertificationError('INPUT_UNREADABLE', `Cannot read the check results at ${path} (${code ?? 'unknown error'}): check that it is a readable file, or ${RERUN}.`);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not JSON';
    throw new CertificationError('INPUT_MALFORMED', `The check results at ${path} are not valid JSON (${reason}): ${RERUN}.`);
  }

  if (!validateDocument(parsed)) {
    const [first] = validateDocument.errors ?? [];
    const where = first?.instancePath ? `the field ${first.instancePath}` : 'the document';
    throw new CertificationError(
      'INPUT_MALFORMED',
      `The check results at ${path} are not a check results document: ${where} ${first?.message ?? 'is invalid'}. ${capitalise(RERUN)}.`,
    );
  }

  const document = parsed as unknown as CheckResultsDocument;
  checkCatalogue(document, path);
  return document;
}

/** A certification judges the run against this checkout's catalogue, so both must agree. */
function checkCatalogue(document: CheckResultsDocument, path: string): void {
  if (document.catalogueVersion !== CATALOGUE_VERSION) {
    throw new CertificationError(
      'INPUT_CATALOGUE_MISMATCH',
      `The check results at ${path} use catalogue ${document.catalogueVersion}, but this checkout has catalogue ${CATALOGUE_VERSION}: rerun "npm run conformance" with this checkout, or certify with the checkout that wrote the file.`,
    );
  }
  if (document.catalogueSha256 !== catalogueDigest()) {
    throw new CertificationError(
      'INPUT_CATALOGUE_MISMATCH',
      `The check results at ${path} were made with another check catalogue (sha256 ${document.catalogueSha256.slice(0, 12)}…, this checkout has ${catalogueDigest().slice(0, 12)}…): rerun "npm run conformance" with this checkout.`,
    );
  }

  if (document.checks.every((check) => check.outcome === 'skip')) {
    throw new CertificationError(
      'INPUT_NOTHING_CHECKED',
      `The check results at ${path} contain no check that ran (${document.checks.length} checks, all skipped), so there is nothing to certify: fix the run's errors and run "npm run conformance" again.`,
    );
  }

  const unknown = document.checks.find((check) => findCheck(check.checkId) === undefined);
  if (unknown !== undefined) {
    throw new CertificationError(
      'INPUT_UNKNOWN_CHECK',
      `The check results at ${path} contain the check id "${unknown.checkId}", which catalogue ${CATALOGUE_VERSION} does not have: rerun "npm run conformance" with this checkout.`,
    );
  }
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

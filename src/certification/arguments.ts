import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { CertificationError } from './certification-error.ts';

export const USAGE = `Usage: npm run certify -- [--input FILE] [--output-dir DIR] [--strict]

Turns the check results of a conformance run into a certification report.

  --input FILE       check results to certify; default checks.json in REPORTS_DIR (reports/)
  --output-dir DIR   where certification.json, .md and .html go; default REPORTS_DIR (reports/)
  --strict           count a SHOULD check that warned as failed, whatever mode the run was in
  --help             print this text

Exit codes: 0 conformant, 1 non-conformant, 2 invalid input, arguments or configuration,
or an output folder that cannot be written.
`;

export interface CertifyArguments {
  readonly input: string;
  readonly outputDir: string;
  readonly strict: boolean;
  readonly help: boolean;
}

/**
 * Parses the command line. `reportsDir` is REPORTS_DIR or undefined; both defaults live under it,
 * as they do for `npm run conformance`. Throws a CertificationError for an unknown option or a
 * missing value.
 */
export function parseCertifyArguments(argv: readonly string[], reportsDir: string | undefined): CertifyArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string' },
        'output-dir': { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CertificationError('ARGUMENT_INVALID', `Invalid arguments: ${reason}\n\n${USAGE}`);
  }

  const reports = resolve(reportsDir ?? 'reports');
  return {
    input: resolve(values.input ?? resolve(reports, 'checks.json')),
    outputDir: resolve(values['output-dir'] ?? reports),
    strict: values.strict,
    help: values.help,
  };
}

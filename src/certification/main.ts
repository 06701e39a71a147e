import { EXIT_CODE } from '../cli/exit-codes.ts';
import { ConfigError } from '../config/config-error.ts';
import { loadConfig, loadDotenvFile } from '../config/load-config.ts';
import { createLogger } from '../logging/logger.ts';
import { USAGE, parseCertifyArguments } from './arguments.ts';
import { buildCertification } from './build-certification.ts';
import { catalogueDigest } from '../catalogue/catalogue-digest.ts';
import type { CertificationReport } from './certification.ts';
import { CertificationError } from './certification-error.ts';
import { readCheckResults } from './read-check-results.ts';
import { describeCounts } from './report-text.ts';
import { readToolVersion } from './tool-version.ts';
import { writeCertification } from './write-certification.ts';
import { secretValues } from '../config/secret-values.ts';

const logger = createLogger({ name: 'certify' });

/**
 * `npm run certify`: reads the check results of a conformance run, builds the certification and
 * writes it as JSON, Markdown and HTML. Returns the exit code: 0 conformant, 1 non-conformant,
 * 2 for invalid arguments, input or configuration or an unwritable output folder. Each of those
 * is reported in one message, without a stack trace.
 */
function main(argv: readonly string[]): number {
  try {
    const args = parseCertifyArguments(argv, process.env.REPORTS_DIR);
    if (args.help) {
      process.stdout.write(USAGE);
      return EXIT_CODE.conformant;
    }

    // The configured API keys are masked in every rendering, as literal values.
    loadDotenvFile();
    const config = loadConfig();
    const secrets = secretValues(config);

    const document = readCheckResults(args.input);
    logger.debug({ input: args.input, checks: document.checks.length, strict: args.strict }, 'check results read');
    const report = buildCertification(document, {
      strict: args.strict,
      generatedAt: new Date().toISOString(),
      tool: readToolVersion(),
      catalogueSha256: catalogueDigest(),
    });
    const files = writeCertification(report, secrets, args.outputDir);
    logger.debug({ files }, 'certification written');

    process.stdout.write(summarise(report, [files.json, files.markdown, files.html]));
    return report.verdict === 'conformant' ? EXIT_CODE.conformant : EXIT_CODE.nonConformant;
  } catch (error) {
    if (error instanceof CertificationError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return error instanceof ConfigError ? EXIT_CODE.configurationError : EXIT_CODE.toolError;
    }
    throw error;
  }
}

function summarise(report: CertificationReport, files: readonly string[]): string {
  const failed = report.checks.filter((check) => check.result === 'fail').map((check) => `  FAIL ${check.level.padEnd(6)} ${check.id}`);
  return [
    `Certification: ${report.verdict} (${describeCounts(report)})${report.strict ? ', strict mode' : ''}`,
    ...failed,
    ...files.map((file) => `Wrote ${file}`),
    '',
  ].join('\n');
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // An unexpected error is a bug in this tool: name it in one line, without the stack.
  process.stderr.write(`The certification failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_CODE.toolError;
}

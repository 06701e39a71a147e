import { CATALOGUE_VERSION, CHECKS, type Section } from './checks.ts';

const SECTION_TITLES: Readonly<Record<Section, string>> = {
  request: 'Request handling',
  success: 'Success responses',
  error: 'Error responses',
  proxy: 'Proxies (JUSPAY_TARGET=proxy in front of the embedded mock)',
};

/** Renders the check catalogue as the Markdown page docs/checks.md; a test keeps the two equal. */
export function renderChecksPage(): string {
  const lines = [
    '# Checks',
    '',
    `Catalogue version ${CATALOGUE_VERSION}. Generated from \`src/catalogue/checks.ts\` by \`npm run docs:checks\`; do not edit by hand.`,
    '',
    'Levels: a failed **MUST** makes the target non-conformant; a failed **SHOULD** is a warning, or a failure with `JUSPAY_STRICT=true`; a **MAY** check only records what the target did.',
  ];

  for (const section of Object.keys(SECTION_TITLES) as Section[]) {
    lines.push('', `## ${SECTION_TITLES[section]}`, '', '| check id | level | behaviour |', '|---|---|---|');
    for (const check of CHECKS.filter((candidate) => candidate.section === section)) {
      lines.push(`| \`${check.id}\` | ${check.level} | ${check.behaviour.replaceAll('|', '\\|')} |`);
    }
  }

  return `${lines.join('\n')}\n`;
}

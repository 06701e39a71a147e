import { writeFileSync } from 'node:fs';

import { renderChecksPage } from '../src/catalogue/render-checks-page.ts';

writeFileSync(new URL('../docs/checks.md', import.meta.url), renderChecksPage());

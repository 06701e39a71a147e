/**
 * JSON Schema of the check results document (reports/checks.json) that the conformance
 * suite's reporter writes. If CheckResultsDocument changes, change this schema with it.
 * Fields beyond these are allowed, so that an added field does not break certification.
 */

const OUTCOME = { enum: ['pass', 'fail', 'warn', 'skip', 'observed'] } as const;
const LEVEL = { enum: ['MUST', 'SHOULD', 'MAY'] } as const;

const EVIDENCE = {
  type: 'object',
  required: ['method', 'path', 'status', 'contentType', 'bodyExcerpt'],
  properties: {
    method: { type: 'string' },
    path: { type: 'string' },
    status: { type: 'integer' },
    contentType: { type: ['string', 'null'] },
    bodyExcerpt: { type: 'string' },
  },
} as const;

const TEST_RESULT = {
  type: 'object',
  required: ['checkId', 'level', 'title', 'outcome', 'notes', 'evidence', 'durationMs'],
  properties: {
    checkId: { type: 'string' },
    level: LEVEL,
    title: { type: 'string' },
    outcome: OUTCOME,
    notes: { type: 'array', items: { type: 'string' } },
    evidence: { type: 'array', items: EVIDENCE },
    durationMs: { type: 'number', minimum: 0 },
  },
} as const;

const CHECK_SUMMARY = {
  type: 'object',
  required: ['checkId', 'level', 'outcome', 'tests'],
  properties: {
    checkId: { type: 'string', minLength: 1 },
    level: LEVEL,
    outcome: OUTCOME,
    tests: { type: 'array', items: TEST_RESULT },
  },
} as const;

export const CHECK_RESULTS_SCHEMA = {
  type: 'object',
  required: ['catalogueVersion', 'catalogueSha256', 'startedAt', 'target', 'strict', 'verdict', 'counts', 'checks'],
  properties: {
    catalogueVersion: { type: 'string', minLength: 1 },
    catalogueSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    startedAt: { type: 'string', minLength: 1 },
    target: {
      type: 'object',
      required: ['kind', 'baseUrl'],
      properties: { kind: { type: 'string' }, baseUrl: { type: ['string', 'null'] } },
    },
    strict: { type: 'boolean' },
    verdict: { enum: ['conformant', 'non-conformant'] },
    counts: { type: 'object' },
    checks: { type: 'array', items: CHECK_SUMMARY },
  },
} as const;

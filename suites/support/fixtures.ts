import { test as base, type APIResponse, type TestDetails, type TestInfo } from '@playwright/test';

import { getCheck, type CheckId, type Level } from '../../src/catalogue/checks.ts';
import { secretValues } from '../../src/config/secret-values.ts';
import { expect } from '../../src/schema/matcher.ts';
import { sendGetCustomer, type GetCustomerRequest } from './juspay-request.ts';
import { describeEvidence } from './evidence.ts';
import { ANNOTATION, runAtLevel } from './levels.ts';
import { readTarget, type Target } from './target.ts';

export { expect };

/** Sends Get Customer requests to the target; every field of the request has the configured default. */
export interface JuspayApi {
  getCustomer(request?: Partial<GetCustomerRequest>): Promise<APIResponse>;
}

export interface CheckFixtures {
  juspay: JuspayApi;
  /** Records what a target did, for MAY checks and for evidence in reports. */
  observe: (description: string) => void;
}

export interface CheckWorkerFixtures {
  target: Target;
}

export const test = base.extend<CheckFixtures, CheckWorkerFixtures>({
  target: [
    // Reading the configuration per worker keeps tests free of module-level state.
    async ({}, use) => {
      await use(readTarget());
    },
    { scope: 'worker' },
  ],

  juspay: async ({ request, target }, use, testInfo) => {
    const secrets = secretValues(target);
    await use({
      getCustomer: async (overrides = {}) => {
        const method = overrides.method ?? 'GET';
        const response = await sendGetCustomer(request, target, { pathSegment: target.customerId, ...overrides });
        testInfo.annotations.push({ type: ANNOTATION.evidence, description: await describeEvidence(method, response, secrets) });
        return response;
      },
    });
  },

  observe: async ({}, use, testInfo) => {
    await use((description) => {
      testInfo.annotations.push({ type: ANNOTATION.observation, description });
    });
  },
});

type CheckBody = (fixtures: CheckFixtures & CheckWorkerFixtures, testInfo: TestInfo) => Promise<void>;

type TestArguments = [
  title: string,
  details: TestDetails,
  body: (fixtures: CheckFixtures & CheckWorkerFixtures, testInfo: TestInfo) => Promise<void>,
];

export interface CheckOptions {
  /** Overrides the catalogue level for one aspect of a check, such as the SHOULD part of customer.timestamps. */
  readonly level?: Level;
}

/**
 * Builds the arguments of `test()` for one behaviour of a check: `test(...check(id, title, body))`.
 * The title starts with the check id, the id and level become annotations so every report row
 * points back to one catalogue entry, and the body runs with the semantics of its level.
 * The spec file calls `test()` itself so that Playwright reports the spec's own line.
 */
export function check(id: CheckId, title: string, body: CheckBody, options: CheckOptions = {}): TestArguments {
  const level = options.level ?? getCheck(id).level;
  const details: TestDetails = {
    tag: [`@${level}`],
    annotation: [
      { type: ANNOTATION.check, description: id },
      { type: ANNOTATION.level, description: level },
    ],
  };

  // Playwright reads the fixture names from this destructuring pattern, so it lists them all.
  const run = async ({ juspay, observe, target }: CheckFixtures & CheckWorkerFixtures, testInfo: TestInfo) => {
    await runAtLevel(level, target.strict, testInfo, secretValues(target), () => body({ juspay, observe, target }, testInfo));
  };

  return [`${id}: ${title}`, details, run];
}

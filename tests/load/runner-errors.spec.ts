import { delimiter } from 'node:path';

import { expect, test } from '@playwright/test';

import { findK6 } from '../../src/load/find-k6.ts';
import { runLoad } from './run-load.ts';

/** PATH without the folders that contain k6, so the runner cannot find it. */
function pathWithoutK6(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((directory) => directory !== '' && findK6(directory) === undefined)
    .join(delimiter);
}

test('load runner without k6 exits with code 3', async () => {
  const run = await runLoad({ PATH: pathWithoutK6() });

  expect(run.exitCode).toBe(3);
});

test('load runner without k6 explains how to install it', async () => {
  const run = await runLoad({ PATH: pathWithoutK6() });

  expect(run.stderr).toContain('k6 was not found on PATH.');
  expect(run.stderr).toContain('"Install k6" in the Grafana k6 documentation');
  expect(run.stderr).toContain('https://grafana.com/docs/k6/latest/set-up/install-k6/');
});

test('load runner rejects an unknown profile with code 2', async () => {
  const run = await runLoad({}, ['--profile', 'marathon']);

  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain('--profile "marathon" is not a profile: use one of smoke, load, stress, spike, soak.');
});

import type { OptionSpec } from '../command.ts';

/** Options that mirror the suite's JUSPAY_* variables, shared by the commands that send requests. */
export const TARGET_OPTION: OptionSpec = {
  name: 'target',
  type: 'string',
  valueName: 'KIND',
  variable: 'JUSPAY_TARGET',
  description: 'mock, sandbox or proxy (default mock)',
};

export const BASE_URL_OPTION: OptionSpec = {
  name: 'base-url',
  type: 'string',
  valueName: 'URL',
  variable: 'JUSPAY_BASE_URL',
  description: 'base URL of the target; without it the embedded mock is started on 127.0.0.1',
};

export const TIMEOUT_OPTION: OptionSpec = {
  name: 'timeout-ms',
  type: 'string',
  valueName: 'MS',
  variable: 'JUSPAY_TIMEOUT_MS',
  description: 'timeout of each request, in milliseconds (default 10000)',
};

export const ALLOW_INSECURE_HTTP_OPTION: OptionSpec = {
  name: 'allow-insecure-http',
  type: 'boolean',
  variable: 'JUSPAY_ALLOW_INSECURE_HTTP',
  description: 'allow sending the API key over plain http:// to a host that is not loopback',
};

export const STRICT_OPTION: OptionSpec = {
  name: 'strict',
  type: 'boolean',
  variable: 'JUSPAY_STRICT',
  description: 'a failed SHOULD check fails the run, and strict schemas reject unknown fields',
};

export const REPORTS_DIR_OPTION: OptionSpec = {
  name: 'reports-dir',
  type: 'string',
  valueName: 'DIR',
  variable: 'REPORTS_DIR',
  isPath: true,
  description: 'folder for the reports (default reports)',
};

export const TARGET_OPTIONS: readonly OptionSpec[] = [TARGET_OPTION, BASE_URL_OPTION, TIMEOUT_OPTION, ALLOW_INSECURE_HTTP_OPTION];

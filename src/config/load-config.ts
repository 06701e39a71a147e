import { readFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { resolve } from 'node:path';

import { config as loadDotenv } from 'dotenv';

import {
  DEFAULT_DIFFERENTIAL_REQUESTS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TOKEN_EXPIRY_TOLERANCE_SECONDS,
  MAX_DIFFERENTIAL_REQUESTS,
  SANDBOX_BASE_URL,
  type ProxyAuthHeader,
  type ProxyAuthMode,
  type SuiteConfig,
  type TargetKind,
} from './config.ts';
import { ConfigError, type ConfigProblem } from './config-error.ts';
import { findUnknownVariables } from './known-variables.ts';
import { readMockDefaults } from './mock-defaults.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

const TARGET_KINDS: readonly TargetKind[] = ['mock', 'sandbox', 'proxy'];

const PROXY_AUTH_MODES: readonly ProxyAuthMode[] = ['pass-through', 'injected'];

/** RFC 9110 token characters, the only ones a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Control characters other than tab, which would split or corrupt a header value. */
const HEADER_VALUE_CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

/** Headers the suite sets itself, so a proxy credential cannot take their place. */
const SUITE_HEADERS = new Set(['host', 'content-length', 'content-type', 'x-merchantid', 'x-merchant-id', 'x-routing-id', 'x-request-id']);

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Reads `.env` (values already in the environment win) into process.env.
 * Kept apart from `loadConfig` so that tests can validate an environment without touching disk.
 */
export function loadDotenvFile(path = '.env'): void {
  loadDotenv({ path, quiet: true });
}

/**
 * Builds the suite configuration from an environment, or throws a ConfigError that lists every
 * invalid or missing variable. Nothing here sends a request.
 */
export function loadConfig(env: Environment = process.env): SuiteConfig {
  const problems: ConfigProblem[] = [];
  const report = (variable: string, message: string): void => {
    problems.push({ variable, message });
  };

  for (const { name, suggestion } of findUnknownVariables(Object.keys(env))) {
    report(name, `is not a variable of this suite${suggestion === undefined ? '' : `: did you mean ${suggestion}?`} Rename or remove it.`);
  }
  readLogLevel(env, report);

  const target = readTarget(env, report);
  const baseUrl = readBaseUrl(env, target, report);
  const strict = readBoolean(env, 'JUSPAY_STRICT', false, report);
  const createCustomer = readBoolean(env, 'JUSPAY_CREATE_CUSTOMER', false, report);
  const allowInsecureHttp = readBoolean(env, 'JUSPAY_ALLOW_INSECURE_HTTP', false, report);
  const requestTimeoutMs = readInteger(env, 'JUSPAY_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 1, 300_000, report);
  const tokenExpiryToleranceSeconds = readInteger(
    env,
    'JUSPAY_TOKEN_EXPIRY_TOLERANCE_S',
    DEFAULT_TOKEN_EXPIRY_TOLERANCE_SECONDS,
    0,
    600,
    report,
  );

  const maxBodyBytes = readInteger(env, 'JUSPAY_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024, 1_073_741_824, report);
  const caFile = readCaFile(env, report);

  const proxyAuth = readProxyAuth(env, target, report);
  const proxyAuthHeader = readProxyAuthHeader(env, proxyAuth, report);
  const upstreamAdminUrl = readUpstreamAdminUrl(env, report);
  const directUrl = readDirectUrl(env, allowInsecureHttp, report);
  const differentialRequests = readInteger(
    env,
    'JUSPAY_DIFF_REQUESTS',
    DEFAULT_DIFFERENTIAL_REQUESTS,
    1,
    MAX_DIFFERENTIAL_REQUESTS,
    report,
  );

  // Against the mock every identity setting has a default taken from the mock's seed data.
  const defaults = target === 'mock' ? readMockDefaults() : undefined;

  const apiKey = readText(env, 'JUSPAY_API_KEY') ?? defaults?.apiKey;
  if (!apiKey) report('JUSPAY_API_KEY', `is missing: set it to the API key from the Juspay dashboard (required when JUSPAY_TARGET=${target}).`);

  const merchantId = readText(env, 'JUSPAY_MERCHANT_ID') ?? defaults?.merchantId;
  checkHeaderValue(env, 'JUSPAY_MERCHANT_ID', 'x-merchantid', report);
  checkHeaderValue(env, 'JUSPAY_ROUTING_ID', 'x-routing-id', report);
  if (!merchantId) report('JUSPAY_MERCHANT_ID', `is missing: set it to your Juspay merchant id (required when JUSPAY_TARGET=${target}).`);

  const explicitCustomerId = readText(env, 'JUSPAY_CUSTOMER_ID');
  const explicitReferenceId = readText(env, 'JUSPAY_CUSTOMER_REFERENCE_ID');
  if (explicitCustomerId !== undefined && !explicitCustomerId.startsWith('cst_')) {
    report('JUSPAY_CUSTOMER_ID', `"${explicitCustomerId}" is not a Juspay customer id: use the id that starts with cst_, and put a reference id in JUSPAY_CUSTOMER_REFERENCE_ID.`);
  }
  if (createCustomer && (explicitCustomerId !== undefined || explicitReferenceId !== undefined)) {
    report('JUSPAY_CREATE_CUSTOMER', 'is true, but JUSPAY_CUSTOMER_ID or JUSPAY_CUSTOMER_REFERENCE_ID is also set: either create a customer or name one, not both.');
  }

  const customerId = createCustomer ? undefined : (explicitCustomerId ?? defaults?.customerId);
  const customerReferenceId = createCustomer ? undefined : (explicitReferenceId ?? defaults?.customerReferenceId);
  if (!createCustomer && (customerId === undefined || customerReferenceId === undefined)) {
    report(
      customerId === undefined ? 'JUSPAY_CUSTOMER_ID' : 'JUSPAY_CUSTOMER_REFERENCE_ID',
      'is missing: set JUSPAY_CUSTOMER_ID (cst_…) and JUSPAY_CUSTOMER_REFERENCE_ID of one existing customer, or set JUSPAY_CREATE_CUSTOMER=true to create one at start.',
    );
  }

  const badOriginKey = readText(env, 'JUSPAY_BAD_ORIGIN_API_KEY');
  const badOriginMerchant = readText(env, 'JUSPAY_BAD_ORIGIN_MERCHANT_ID');
  if ((badOriginKey === undefined) !== (badOriginMerchant === undefined)) {
    report(
      badOriginKey === undefined ? 'JUSPAY_BAD_ORIGIN_API_KEY' : 'JUSPAY_BAD_ORIGIN_MERCHANT_ID',
      'is missing: JUSPAY_BAD_ORIGIN_API_KEY and JUSPAY_BAD_ORIGIN_MERCHANT_ID go together; set both or neither.',
    );
  }
  const badOrigin =
    badOriginKey !== undefined && badOriginMerchant !== undefined
      ? { apiKey: badOriginKey, merchantId: badOriginMerchant }
      : defaults?.badOrigin;

  if (baseUrl !== undefined && !allowInsecureHttp) checkTransportSecurity('JUSPAY_BASE_URL', baseUrl, report);

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    target,
    baseUrl,
    apiKey: apiKey as string,
    merchantId: merchantId as string,
    customerId,
    customerReferenceId,
    createCustomer,
    routingId: readText(env, 'JUSPAY_ROUTING_ID') ?? customerId,
    otherMerchantCustomerId: readText(env, 'JUSPAY_OTHER_MERCHANT_CUSTOMER_ID') ?? defaults?.otherMerchantCustomerId,
    badOrigin,
    requestTimeoutMs,
    strict,
    tokenExpiryToleranceSeconds,
    allowInsecureHttp,
    caFile,
    maxBodyBytes,
    proxyAuth,
    proxyAuthHeader,
    upstreamAdminUrl,
    directUrl,
    differentialRequests,
  };
}

type Report = (variable: string, message: string) => void;

/** Visible ASCII and spaces: what an HTTP header value can carry without encoding. */
const HEADER_VALUE = /^[\x20-\x7e]+$/;

/** Reports a value that cannot be sent as the header it feeds, before every request fails on it. */
function checkHeaderValue(env: Environment, variable: string, header: string, report: Report): void {
  const value = readText(env, variable);
  if (value !== undefined && !HEADER_VALUE.test(value)) {
    report(variable, `${JSON.stringify(value)} cannot be sent as the ${header} header: use visible ASCII characters only.`);
  }
}

function readText(env: Environment, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readTarget(env: Environment, report: Report): TargetKind {
  const value = readText(env, 'JUSPAY_TARGET')?.toLowerCase() ?? 'mock';
  if ((TARGET_KINDS as readonly string[]).includes(value)) return value as TargetKind;
  report('JUSPAY_TARGET', `"${value}" is not a target kind: use one of ${TARGET_KINDS.join(', ')}.`);
  return 'mock';
}

function readBaseUrl(env: Environment, target: TargetKind, report: Report): string | undefined {
  const value = readText(env, 'JUSPAY_BASE_URL');
  if (value === undefined) {
    if (target === 'sandbox') return SANDBOX_BASE_URL;
    if (target === 'proxy') report('JUSPAY_BASE_URL', 'is missing: set it to the URL of your proxy, for example https://payments.example.com/juspay (required when JUSPAY_TARGET=proxy).');
    return undefined;
  }
  return parseHttpUrl('JUSPAY_BASE_URL', value, report);
}

/** Validates an http:// or https:// URL and returns it without a trailing slash, or reports why not. */
function parseHttpUrl(variable: string, value: string, report: Report): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    report(variable, `"${value}" is not a URL: use an absolute http:// or https:// URL such as http://127.0.0.1:4010.`);
    return undefined;
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    report(variable, `uses the scheme "${url.protocol}": use http:// or https://.`);
    return undefined;
  }
  if (url.username || url.password) {
    report(variable, 'contains user info (user:password@): remove it and put the API key in JUSPAY_API_KEY.');
    return undefined;
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    report(variable, `"${value}" has a query or fragment: give only the scheme, host, port and an optional path prefix.`);
    return undefined;
  }

  return url.toString().replace(/\/+$/, '');
}

/** True for localhost, ::1 and IPv4 literals in 127.0.0.0/8; a name such as 127.example.com is not loopback. */
function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || (isIPv4(hostname) && hostname.startsWith('127.'));
}

function checkTransportSecurity(variable: string, baseUrl: string, report: Report): void {
  const url = new URL(baseUrl);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    report(
      variable,
      `"${baseUrl}" is plain HTTP to a host that is not loopback, so the API key would cross the network unencrypted: use https://, or set JUSPAY_ALLOW_INSECURE_HTTP=true if you accept that risk.`,
    );
  }
}

function readProxyAuth(env: Environment, target: TargetKind, report: Report): ProxyAuthMode {
  const value = readText(env, 'JUSPAY_PROXY_AUTH')?.toLowerCase() ?? 'pass-through';
  if (!(PROXY_AUTH_MODES as readonly string[]).includes(value)) {
    report(
      'JUSPAY_PROXY_AUTH',
      `"${value}" is not a proxy auth mode: use pass-through (the caller sends the Juspay API key) or injected (the proxy adds it).`,
    );
    return 'pass-through';
  }
  if (value === 'injected' && target !== 'proxy') {
    report('JUSPAY_PROXY_AUTH', `is injected, but JUSPAY_TARGET is ${target}: only a proxy can add the credential, so set JUSPAY_TARGET=proxy or unset JUSPAY_PROXY_AUTH.`);
    return 'pass-through';
  }
  return value as ProxyAuthMode;
}

/** Reads `Name: value`. Messages name the header but never quote its value, which is a credential. */
function readProxyAuthHeader(env: Environment, mode: ProxyAuthMode, report: Report): ProxyAuthHeader | undefined {
  const variable = 'JUSPAY_PROXY_AUTH_HEADER';
  const text = readText(env, variable);
  if (text === undefined) return undefined;

  if (mode !== 'injected') {
    report(variable, 'is set, but JUSPAY_PROXY_AUTH is not injected, and in pass-through mode the suite sends the Juspay API key itself: set JUSPAY_PROXY_AUTH=injected, or unset JUSPAY_PROXY_AUTH_HEADER.');
    return undefined;
  }

  const colon = text.indexOf(':');
  const name = colon === -1 ? '' : text.slice(0, colon).trim().toLowerCase();
  const value = colon === -1 ? '' : text.slice(colon + 1).trim();
  if (name === '' || value === '') {
    report(variable, 'is not in the form "Name: value": give the header your proxy reads its own credential from, such as "x-gateway-key: <key>".');
    return undefined;
  }
  if (!HEADER_NAME.test(name)) {
    report(variable, `"${name}" is not a valid header name: use letters, digits and hyphens, such as x-gateway-key.`);
    return undefined;
  }
  if (SUITE_HEADERS.has(name)) {
    report(variable, `"${name}" is a header the suite sets itself: use the header your proxy reads its own credential from.`);
    return undefined;
  }
  if (HEADER_VALUE_CONTROL.test(value)) {
    report(variable, `the value of "${name}" contains control characters such as a line break: give the value on one line.`);
    return undefined;
  }
  return { name, value };
}

function readUpstreamAdminUrl(env: Environment, report: Report): string | undefined {
  const value = readText(env, 'JUSPAY_UPSTREAM_ADMIN_URL');
  if (value === undefined) return undefined;

  const url = parseHttpUrl('JUSPAY_UPSTREAM_ADMIN_URL', value, report);
  if (url !== undefined && !isLoopbackHost(new URL(url).hostname)) {
    report(
      'JUSPAY_UPSTREAM_ADMIN_URL',
      `"${value}" is not a loopback address, but the mock's admin API listens on 127.0.0.1 only: give the admin URL the mock started with, such as http://127.0.0.1:4011 for MOCK_ADMIN_PORT=4011.`,
    );
    return undefined;
  }
  return url;
}

function readDirectUrl(env: Environment, allowInsecureHttp: boolean, report: Report): string | undefined {
  const value = readText(env, 'JUSPAY_DIRECT_URL');
  if (value === undefined) return undefined;

  const url = parseHttpUrl('JUSPAY_DIRECT_URL', value, report);
  if (url !== undefined && !allowInsecureHttp) checkTransportSecurity('JUSPAY_DIRECT_URL', url, report);
  return url;
}

function readCaFile(env: Environment, report: Report): string | undefined {
  const value = readText(env, 'JUSPAY_CA_FILE');
  if (value === undefined) return undefined;

  const path = resolve(value);
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    report('JUSPAY_CA_FILE', `"${value}" cannot be read (${code}): give the path of a PEM file of CA certificates.`);
    return undefined;
  }
  if (!content.includes('-----BEGIN CERTIFICATE-----')) {
    report('JUSPAY_CA_FILE', `"${value}" holds no PEM certificate (no "-----BEGIN CERTIFICATE-----" line): give a PEM file of CA certificates.`);
    return undefined;
  }
  return path;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL is read by the logger itself; checking it here reports a typo with the others. */
function readLogLevel(env: Environment, report: Report): void {
  const value = readText(env, 'LOG_LEVEL');
  if (value !== undefined && !LOG_LEVELS.includes(value)) {
    report('LOG_LEVEL', `"${value}" is not a log level: use one of ${LOG_LEVELS.join(', ')}.`);
  }
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

function readBoolean(env: Environment, variable: string, fallback: boolean, report: Report): boolean {
  const value = readText(env, variable)?.toLowerCase();
  if (value === undefined) return fallback;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  report(variable, `"${value}" is not a boolean: use true or false.`);
  return fallback;
}

function readInteger(
  env: Environment,
  variable: string,
  fallback: number,
  minimum: number,
  maximum: number,
  report: Report,
): number {
  const value = readText(env, variable);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum || parsed > maximum) {
    report(variable, `"${value}" is not a whole number from ${minimum} to ${maximum}.`);
    return fallback;
  }
  return parsed;
}

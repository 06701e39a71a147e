import type { APIResponse } from '@playwright/test';

import { redactText } from '../../src/redaction/redact.ts';
import { expect } from '../../src/schema/matcher.ts';
import { TargetRequestError } from './target-request-error.ts';

/** Largest body excerpt quoted in a failure message. */
const EXCERPT_LENGTH = 200;

/** Accepts application/json with or without parameters such as charset. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** Asserts a JSON Content-Type, naming the one received when it is not. */
export function expectJsonContentType(response: APIResponse): void {
  const contentType = response.headers()['content-type'];
  expect(isJsonContentType(contentType), `Content-Type must be application/json; got ${JSON.stringify(contentType ?? null)}`).toBe(true);
}

export function describeResponse(response: APIResponse): string {
  return `${response.status()} ${response.headers()['content-type'] ?? '(no content-type)'} from ${response.url().split('?')[0]}`;
}

/**
 * Parses the body as JSON, whatever the Content-Type header is: checks of the header are separate, so
 * that a wrong header fails only the check about headers. A body that is not JSON fails with
 * its status, content type and a masked excerpt.
 */
export async function readJsonBody(response: APIResponse): Promise<Record<string, unknown>> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const excerpt = redactText(text.slice(0, EXCERPT_LENGTH));
    throw new TargetRequestError('not JSON', redactText(`Expected a JSON body, got ${describeResponse(response)}: ${JSON.stringify(excerpt)}`));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`Expected a JSON object, got ${Array.isArray(parsed) ? 'an array' : typeof parsed} in ${describeResponse(response)}.`);
  }
  return parsed as Record<string, unknown>;
}

/** Returns the juspay token object of a body, or undefined when there is none. */
export function tokenObject(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const juspay = body.juspay;
  return juspay !== null && typeof juspay === 'object' && !Array.isArray(juspay) ? (juspay as Record<string, unknown>) : undefined;
}

/**
 * Describes a token's shape without revealing it: a client auth token is a credential, and failure
 * messages end up in reports.
 */
export function describeTokenShape(token: unknown): string {
  if (typeof token !== 'string') return `a ${token === null ? 'null' : typeof token}, not a string`;
  const prefix = token.startsWith('tkn_') ? 'tkn_' : 'no tkn_ prefix';
  const rest = token.startsWith('tkn_') ? token.slice(4) : token;
  const classes = [
    /[0-9]/.test(rest) && 'digits',
    /[a-f]/.test(rest) && 'lowercase hex letters',
    /[g-z]/.test(rest) && 'lowercase non-hex letters',
    /[A-Z]/.test(rest) && 'uppercase letters',
    /[^0-9A-Za-z]/.test(rest) && 'other characters',
  ].filter(Boolean);
  return `${prefix}, then ${rest.length} characters (${classes.join(', ') || 'none'})`;
}

/** Parses a Juspay UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ` or the older `+0000` form) to epoch ms. */
export function parseUtcTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|\+0000|\+00:00)$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const time = Date.UTC(year!, month! - 1, day, hour, minute, second);
  // Date.UTC rolls 2020-02-30 over to March; a real calendar date survives the round trip.
  const isCalendarDate = new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
  return isCalendarDate ? time : undefined;
}

export const UTC_TIMESTAMP_FORMS = 'YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DDTHH:MM:SS+0000';

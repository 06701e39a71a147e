import { check } from 'k6';
import type { Response } from 'k6/http';

import { CHECK_IDS } from './check-ids.ts';
import { parseUtcTimestamp } from './timestamp.ts';

/** Juspay documents a client auth token lifetime of 15 minutes. */
export const TOKEN_LIFETIME_SECONDS = 900;

const TOKEN_PATTERN = /^tkn_[0-9a-f]{32}$/;

type JsonObject = Record<string, unknown>;

/**
 * Runs the token path's checks on one response. The checks read only the fields they test and
 * name no values, so a failure never puts a token in k6's output.
 *
 * @param expiryToleranceSeconds allowed clock skew between this machine and the target.
 */
export function checkTokenResponse(response: Response, expiryToleranceSeconds: number): boolean {
  const receivedAtMs = Date.now();
  const body = readJsonObject(response);
  const juspay = body !== undefined && isJsonObject(body.juspay) ? body.juspay : undefined;
  const token = juspay?.client_auth_token;
  const expiry = juspay?.client_auth_token_expiry;

  return check(
    response,
    {
      [CHECK_IDS.customerFound]: () => isCustomer(response, body),
      [CHECK_IDS.tokenIssued]: () => typeof token === 'string' && typeof expiry === 'string',
      [CHECK_IDS.tokenFormat]: () => typeof token === 'string' && TOKEN_PATTERN.test(token),
      [CHECK_IDS.tokenExpiry]: () => {
        const expiresAtMs = parseUtcTimestamp(expiry);
        if (expiresAtMs === undefined) return false;
        const secondsAhead = (expiresAtMs - receivedAtMs) / 1000;
        return Math.abs(secondsAhead - TOKEN_LIFETIME_SECONDS) <= expiryToleranceSeconds;
      },
    },
    { endpoint: 'token' },
  );
}

/** Runs the plain path's checks: the customer comes back, and without a `juspay` key. */
export function checkPlainResponse(response: Response): boolean {
  const body = readJsonObject(response);

  return check(
    response,
    {
      [CHECK_IDS.customerFound]: () => isCustomer(response, body),
      [CHECK_IDS.tokenAbsentByDefault]: () => body !== undefined && !('juspay' in body),
    },
    { endpoint: 'plain' },
  );
}

function isCustomer(response: Response, body: JsonObject | undefined): boolean {
  return response.status === 200 && body?.object === 'customer';
}

function readJsonObject(response: Response): JsonObject | undefined {
  if (typeof response.body !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(response.body);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

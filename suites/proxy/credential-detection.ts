import type { APIResponse } from '@playwright/test';

/**
 * Header names that carry a credential by convention. Authorization is left out because the
 * upstream judges it separately and the mock never records it.
 */
const CREDENTIAL_HEADER = /^(cookie|proxy-authorization)$|auth|token|secret|passw|api[-_]?key|credential|session/i;

/** Returns the names among `headers` that look like a credential, plus any of `alsoReject` present. */
export function credentialHeaderNames(headers: Readonly<Record<string, string>>, alsoReject: readonly string[]): string[] {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => name !== 'authorization' && (CREDENTIAL_HEADER.test(name) || alsoReject.includes(name)));
}

/** Returns the forms a Juspay API key travels in: the key itself and its Basic encodings with and without the colon. */
export function apiKeyForms(apiKey: string): string[] {
  return [apiKey, Buffer.from(`${apiKey}:`).toString('base64'), Buffer.from(apiKey).toString('base64')];
}

/**
 * Returns where a response carries any of `forms`, as "header NAME" or "body", and never the value
 * found, so that the result can go into a report.
 */
export async function findInResponse(response: APIResponse, forms: readonly string[]): Promise<string[]> {
  const places = Object.entries(response.headers())
    .filter(([, value]) => forms.some((form) => value.includes(form)))
    .map(([name]) => `header ${name}`);

  const body = await response.text();
  if (forms.some((form) => body.includes(form))) places.push('body');
  return places;
}

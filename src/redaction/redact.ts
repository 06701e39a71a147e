/**
 * Masking of secrets and personal data in free text: report excerpts, error messages and logs.
 * Structured log fields are redacted by the logger itself; this covers everything that is text.
 */

export const MASK = '[redacted]';

const PATTERNS: readonly RegExp[] = [
  // Authorization header values, whatever the scheme. A credential is at least 8 characters, so
  // prose such as "Basic auth" stays readable.
  /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,}/gi,
  // Client auth tokens: tkn_ followed by hex, and any other tkn_-prefixed credential.
  /\btkn_[A-Za-z0-9]+/g,
  // E-mail addresses.
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  // Percent-encoded e-mail addresses, as they appear in request paths.
  /[A-Za-z0-9._%+-]+%40[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  // Mobile numbers: 8 to 16 digits standing alone, as in "mobile_number":"9988776655". Digits
  // inside a word (cst_brk0000000000001, a UUID) are not a phone number.
  /(?<![\w.:-])\d{8,16}(?![\w.:-])/g,
  // The same sent as a JSON number ("mobile_number":9988776655), which the rule above skips so
  // that times such as 14:29:17 survive. Only phone-like keys, so epoch times stay readable.
  /(?<=(?:mobile|phone)[a-z_]*\\?"\s*:\s*)\d{8,16}(?![\d.eE])/gi,
];

/**
 * Returns `text` with every known secret value and every pattern above masked.
 * `secrets` are literal values from configuration, such as the API key. Values shorter than four
 * characters are ignored, so that an unset key does not mask every gap between characters.
 */
export function redactText(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;

  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    // A key also travels as base64(key:) or base64(key) in a Basic header, and a target may echo
    // that value without the "Basic " in front.
    for (const form of [secret, base64Token(`${secret}:`), base64Token(secret)]) {
      result = result.split(form).join(MASK);
    }
  }

  for (const pattern of PATTERNS) {
    result = result.replace(pattern, (match, scheme?: string) =>
      typeof scheme === 'string' && /^(basic|bearer)$/i.test(scheme) ? `${scheme} ${MASK}` : MASK,
    );
  }

  return result;
}

/** base64 without its padding, which is what stays the same wherever the value is embedded. */
function base64Token(value: string): string {
  return Buffer.from(value).toString('base64').replace(/=+$/, '');
}

/** Removes user info (user:password@) from a URL so it can be printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
    }
    return parsed.toString();
  } catch {
    return redactText(url);
  }
}

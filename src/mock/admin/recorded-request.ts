/**
 * One request as the admin API returns it. The shape is a contract with the proxy checks that
 * read it: change a field only together with them.
 */
export interface RecordedRequest {
  /** The client's x-request-id, else the id the mock generated and sent back in x-request-id. */
  readonly requestId: string;
  /** Wall-clock time the mock received the request, ISO 8601 in UTC. */
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query exactly as on the request line, still percent-encoded. */
  readonly rawPath: string;
  /** Every header but Authorization, by lower-case name; repeated headers are joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** Summary of the Authorization header without the credential itself, or null when absent. */
  readonly authorization: AuthorizationSummary | null;
  /** null until the mock has sent its response, and for good when the client left first. */
  response: RecordedResponse | null;
}

export type CredentialKind = 'configured-key' | 'unknown-key' | 'malformed';

export interface AuthorizationSummary {
  /**
   * Auth scheme: "Basic" for Basic in any letter case, another scheme as sent, or "" when the
   * value has no scheme. A value without a space, or whose first word is not an RFC 9110 token of
   * at most 32 characters, has none, so a bare key sent without a scheme is never recorded.
   */
  readonly scheme: string;
  /**
   * "configured-key" when the Basic username is an API key of the seed, "unknown-key" for any
   * other Basic username, "malformed" for anything that is not a decodable Basic credential.
   */
  readonly credential: CredentialKind;
}

export interface RecordedResponse {
  readonly status: number;
  /** The response's Content-Type, or null when it had none. */
  readonly contentType: string | null;
  /** First 16 hex characters of sha256 of the client auth token sent, or null when none was. */
  readonly clientAuthTokenFingerprint: string | null;
}

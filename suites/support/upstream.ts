/**
 * Client of the embedded mock's admin API, which records every request the mock receives. Proxy
 * checks send a request through the proxy with their own x-request-id, then read here what the
 * upstream received and what it sent back.
 */

/** The mock's judgement of the Authorization header; the header itself is never recorded. */
export interface UpstreamAuthorization {
  readonly scheme: string;
  readonly credential: 'configured-key' | 'unknown-key' | 'malformed';
}

/** One request the mock received, as its admin API returns it. */
export interface UpstreamRequestRecord {
  readonly requestId: string;
  readonly receivedAt: string;
  readonly method: string;
  /** Path and query exactly as on the request line. */
  readonly rawPath: string;
  /** Every header but Authorization, by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /** null when the request carried no Authorization header. */
  readonly authorization: UpstreamAuthorization | null;
  /** null until the mock has sent its response, and for good when the client left first. */
  readonly response: UpstreamResponseRecord | null;
}

/** The response the mock sent for one recorded request. */
export interface UpstreamResponseRecord {
  readonly status: number;
  readonly contentType: string | null;
  /** First 16 hex characters of the SHA-256 of the client auth token sent, or null when none was. */
  readonly clientAuthTokenFingerprint: string | null;
}

/**
 * The admin API could not be read, or returned something other than a request record. The stack
 * is the message alone, as for TargetRequestError: the cause is the set-up, not the suite's code.
 */
export class UpstreamAdminError extends Error {
  override readonly name = 'UpstreamAdminError';
  readonly code = 'UPSTREAM_ADMIN_FAILED';

  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${this.message}`;
  }
}

const SET_UP_ADVICE =
  'check that JUSPAY_UPSTREAM_ADMIN_URL is the admin URL of the embedded mock behind the proxy, and that the mock runs with its admin API on';

/** Time a record may take to be complete after the proxy's response, since the mock records its own response last. */
const RECORD_WAIT_MS = 500;
const RECORD_POLL_INTERVAL_MS = 50;

export class UpstreamAdminClient {
  private readonly adminUrl: string;
  private readonly timeoutMs: number;

  /** `adminUrl` has no trailing slash; `timeoutMs` bounds each call. */
  constructor(adminUrl: string, timeoutMs: number) {
    this.adminUrl = adminUrl;
    this.timeoutMs = timeoutMs;
  }

  /** Returns the record of the request sent with this x-request-id, or undefined when the mock has none. */
  async findRequest(requestId: string): Promise<UpstreamRequestRecord | undefined> {
    const url = `${this.adminUrl}/requests/${encodeURIComponent(requestId)}`;
    const { status, body } = await this.getJson(url);

    if (status === 404 && isRecord(body) && body.error_code === 'request_not_recorded') return undefined;
    if (status !== 200) {
      throw new UpstreamAdminError(`GET ${url} returned ${status}, not 200 or a request_not_recorded 404: ${SET_UP_ADVICE}.`);
    }
    return parseRecord(body, url);
  }

  /**
   * Returns the record of the request sent with this x-request-id once its response is recorded,
   * and waits briefly for that. Returns undefined when the upstream never received the request.
   */
  async waitForRequest(requestId: string): Promise<UpstreamRequestRecord | undefined> {
    const deadline = Date.now() + RECORD_WAIT_MS;
    for (;;) {
      const record = await this.findRequest(requestId);
      if (record?.response != null || Date.now() >= deadline) return record;
      await new Promise((resolve) => setTimeout(resolve, RECORD_POLL_INTERVAL_MS));
    }
  }

  private async getJson(url: string): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as NodeJS.ErrnoException | undefined)?.code ?? error.message) : String(error);
      throw new UpstreamAdminError(`GET ${url} failed (${cause}): ${SET_UP_ADVICE}.`);
    }

    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      throw new UpstreamAdminError(`GET ${url} returned ${response.status} with a body that is not JSON: ${SET_UP_ADVICE}.`);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks the fields the proxy checks read, so that a changed admin API fails here, by field name. */
function parseRecord(body: unknown, url: string): UpstreamRequestRecord {
  const fault = (field: string): UpstreamAdminError =>
    new UpstreamAdminError(`GET ${url} returned a request record without a valid ${field}: the mock's admin API has changed, so update suites/support/upstream.ts.`);

  if (!isRecord(body)) throw fault('object');
  if (typeof body.requestId !== 'string') throw fault('requestId');
  if (typeof body.rawPath !== 'string') throw fault('rawPath');
  if (!isRecord(body.headers)) throw fault('headers');
  if (body.authorization !== null && !isRecord(body.authorization)) throw fault('authorization');
  if (body.response !== null && (!isRecord(body.response) || typeof body.response.status !== 'number')) throw fault('response.status');

  return body as unknown as UpstreamRequestRecord;
}

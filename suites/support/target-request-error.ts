/**
 * Why a request to the target produced no usable response. Reports and tests match on these words,
 * so they are stable.
 */
export type RequestFailureReason =
  | 'timeout'
  | 'connection error'
  | 'TLS error'
  | 'redirect refused'
  | 'body too large'
  | 'not JSON'
  | 'request failed';

/**
 * A request to the target failed at the transport or HTTP level before any check could look at a
 * body. The message starts with the reason in brackets and ends with what to do. The stack is the
 * message alone: the cause is the target, and a trace of the suite's own frames would hide that.
 */
export class TargetRequestError extends Error {
  override readonly name = 'TargetRequestError';
  readonly code = 'TARGET_REQUEST_FAILED';
  readonly reason: RequestFailureReason;

  constructor(reason: RequestFailureReason, message: string) {
    super(`[${reason}] ${message}`);
    this.reason = reason;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Error codes and phrases from Node's HTTP and TLS stacks, as Playwright passes them through. */
const CLASSIFIERS: readonly { readonly reason: RequestFailureReason; readonly pattern: RegExp }[] = [
  { reason: 'timeout', pattern: /Timeout \d+ms exceeded|ETIMEDOUT|timed out/i },
  {
    reason: 'TLS error',
    pattern: /certificate|CERT_|SSL|TLS|self[- ]signed|altnames|UNABLE_TO_VERIFY|DEPTH_ZERO|ERR_TLS|wrong version number/i,
  },
  {
    reason: 'connection error',
    pattern: /ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|other side closed|aborted|Parse Error|HPE_/i,
  },
];

/** Maps an error thrown by a request to its reason, or 'request failed' when nothing matches. */
export function classifyRequestFailure(error: unknown): RequestFailureReason {
  const text = error instanceof Error ? `${error.message} ${(error as NodeJS.ErrnoException).code ?? ''}` : String(error);
  return CLASSIFIERS.find(({ pattern }) => pattern.test(text))?.reason ?? 'request failed';
}

/** Returns the first line of a transport error, without Playwright's call log. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() ?? text;
}

import type { Customer } from './customer.ts';
import type {
  AccessDeniedErrorBody,
  BadOriginErrorBody,
  BadRequestErrorBody,
  NotFoundErrorBody,
} from './error-bodies.ts';

/**
 * A response that matches none of Juspay's documented shapes for its status: a non-JSON body,
 * an unknown status, or a JSON body without the fields that identify its kind.
 */
export interface UnexpectedResponse {
  readonly kind: 'unexpected';
  /** The parsed JSON, or the body text when it is not JSON. */
  readonly body: unknown;
  /** The Content-Type header, or undefined when the response had none. */
  readonly contentType: string | undefined;
  /** Names the status, the content type and what did not match. Credentials and tokens are masked. */
  readonly message: string;
}

/** The error outcomes of Get Customer, one kind per documented error shape. */
export type GetCustomerError =
  | { readonly kind: 'not-found'; readonly body: NotFoundErrorBody }
  | { readonly kind: 'access-denied'; readonly body: AccessDeniedErrorBody }
  | { readonly kind: 'bad-origin'; readonly body: BadOriginErrorBody }
  | { readonly kind: 'bad-request'; readonly body: BadRequestErrorBody }
  | UnexpectedResponse;

export type GetCustomerErrorKind = GetCustomerError['kind'];

/**
 * The outcome of `getCustomer` for every HTTP response. Transport failures (timeouts, refused
 * connections) reject with a CustomerRequestError instead.
 */
export type GetCustomerResult =
  | { readonly ok: true; readonly status: number; readonly customer: Customer }
  | { readonly ok: false; readonly status: number; readonly error: GetCustomerError };

/**
 * Juspay's error bodies. They are not uniform across error kinds (the 401 body has no
 * error_message and the 403 body has no status), so each kind has its own shape.
 */

/** Structured details that Juspay adds to most errors. */
export interface ErrorInfo {
  /** Machine code such as "RESOURCE_NOT_FOUND", "UNAUTHORIZED" or "BAD_ORIGIN". */
  readonly code: string;
  /** "USER_ERROR" for the errors documented on Get Customer. */
  readonly category?: string;
  readonly user_message?: string;
  readonly developer_message?: string;
}

/** 404 for an unknown customer id, or a customer of another merchant. */
export interface NotFoundErrorBody {
  readonly status: 'invalid_request_error';
  readonly error_code: 'object_not_found';
  /** Free text. The docs show "Cannot find what you are looking for". */
  readonly error_message: string;
  /** Optional, with code "RESOURCE_NOT_FOUND". */
  readonly error_info?: ErrorInfo;
}

/** 401 for an unknown or inactive API key. Unlike the other errors it carries no error_message. */
export interface AccessDeniedErrorBody {
  readonly status: 'error';
  readonly error_code: 'access_denied';
  /** code "UNAUTHORIZED", category "USER_ERROR". */
  readonly error_info: ErrorInfo;
}

/** 403 for a caller IP that the merchant has not whitelisted. It has no status field. */
export interface BadOriginErrorBody {
  readonly error: true;
  readonly error_message: string;
  readonly user_message: string;
  /** code "BAD_ORIGIN". */
  readonly error_info: ErrorInfo;
}

/** 400, such as missing mandatory fields ("Bad Request", "Mandatory fields are missing"). */
export interface BadRequestErrorBody {
  readonly status: string;
  readonly error_code: string;
  readonly error_message?: string;
  readonly error_info?: ErrorInfo & { readonly fields?: readonly unknown[] };
}

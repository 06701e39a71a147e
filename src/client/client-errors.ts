/** Raised by the CustomerClient constructor when an option is invalid, before any request is sent. */
export class CustomerClientOptionsError extends Error {
  override readonly name = 'CustomerClientOptionsError';
  readonly code = 'CLIENT_OPTIONS_INVALID';
  /** The option that is invalid, such as "baseUrl". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/** Raised by getCustomer before sending when the id cannot address one customer. */
export class InvalidCustomerIdError extends Error {
  override readonly name = 'InvalidCustomerIdError';
  readonly code = 'CUSTOMER_ID_INVALID';
}

export type CustomerRequestErrorCode = 'REQUEST_TIMEOUT' | 'REQUEST_FAILED';

/**
 * Raised when a request got no HTTP response: it timed out or the connection failed. The message
 * names the method and the path with credentials, e-mail addresses and tokens masked.
 */
export class CustomerRequestError extends Error {
  override readonly name = 'CustomerRequestError';
  readonly code: CustomerRequestErrorCode;

  constructor(code: CustomerRequestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Raised when Create Customer returns anything but a customer object. `errorCode` and
 * `infoCode` carry Juspay's error_code and error_info.code (for example "unique" and
 * "ALREADY_EXISTS" for a duplicate object_reference_id) when the body had them.
 */
export class CreateCustomerError extends Error {
  override readonly name = 'CreateCustomerError';
  readonly code = 'CREATE_CUSTOMER_FAILED';
  readonly status: number;
  readonly errorCode: string | undefined;
  readonly infoCode: string | undefined;

  constructor(message: string, status: number, errorCode: string | undefined, infoCode: string | undefined) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.infoCode = infoCode;
  }
}

/**
 * The mock's error bodies. Juspay's error bodies differ by error kind, so each documented shape
 * has its own function, and every status code the mock sends comes from here. Juspay's Node SDK
 * reads status, error_code, error_message, user_message and error_info, and its .NET SDK rejects
 * an error body without error_code, so every body carries an error_code except the 403
 * bad-origin shape, which Juspay documents without one.
 */

export interface ErrorResponse {
  readonly statusCode: number;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface FieldProblem {
  readonly field_name: string;
  readonly reason: string;
}

/** 401 for a missing, garbled or unknown API key, or a key of another merchant. Juspay sends no error_message here. */
export function accessDenied(errorCode = 'access_denied'): ErrorResponse {
  return {
    statusCode: 401,
    body: {
      status: 'error',
      error_code: errorCode,
      error_info: {
        code: 'UNAUTHORIZED',
        category: 'USER_ERROR',
        user_message: 'Access denied.',
        developer_message:
          'Authenticate with HTTP Basic: the API key as username, an empty password, and the key\'s own merchant id in x-merchantid.',
      },
    },
  };
}

/** 400 in the template on Juspay's Get Customer page, for missing mandatory headers or fields. */
export function mandatoryFieldsMissing(names: readonly string[]): ErrorResponse {
  return {
    statusCode: 400,
    body: {
      status: 'Bad Request',
      error_code: 'Mandatory fields are missing',
      error_message: `Mandatory fields are missing: ${names.join(', ')}`,
    },
  };
}

/**
 * 403 for a caller IP outside the merchant's whitelist. Juspay's shape has `error: true` and no
 * `status`; `withStatus` adds one for the `auth.bad-origin` fault.
 */
export function badOrigin(withStatus = false): ErrorResponse {
  return {
    statusCode: 403,
    body: {
      ...(withStatus ? { status: 'error' } : {}),
      error: true,
      error_message: 'Bad Origin. Permission denied.',
      user_message: 'Bad Origin. Permission denied.',
      error_info: {
        code: 'BAD_ORIGIN',
        category: 'USER_ERROR',
        user_message: 'Bad Origin. Permission denied.',
        developer_message: 'The caller IP address is not in the merchant\'s IP whitelist. Add it to the whitelist or call from a listed address.',
      },
    },
  };
}

/** 404 for an unknown customer or one of another merchant; `errorCode` differs only for the `error.not-found` fault. */
export function customerNotFound(errorCode = 'object_not_found'): ErrorResponse {
  return {
    statusCode: 404,
    body: {
      status: 'invalid_request_error',
      error_code: errorCode,
      error_message: 'Cannot find what you are looking for',
      error_info: {
        code: 'RESOURCE_NOT_FOUND',
        category: 'USER_ERROR',
        user_message: 'Customer not found.',
        developer_message: 'No customer of this merchant has this id or object_reference_id.',
      },
    },
  };
}

/** 400 for a customer id in the path that is not valid percent-encoding, such as `%E0%A4%A`. */
export function invalidPathEncoding(): ErrorResponse {
  return {
    statusCode: 400,
    body: {
      status: 'invalid_request_error',
      error_code: 'invalid_request',
      error_message: 'The customer id in the path is not valid percent-encoding. Encode it with encodeURIComponent.',
    },
  };
}

/** 400 for an HTTP/1.1 request without a Host header, which HTTP/1.1 (RFC 9112) requires. */
export function hostMissing(): ErrorResponse {
  return {
    statusCode: 400,
    body: {
      status: 'invalid_request_error',
      error_code: 'bad_request',
      error_message: 'The HTTP/1.1 request has no Host header. Send Host with the address and port of the server.',
    },
  };
}

/** 417 for an Expect header other than 100-continue, the only expectation the mock can meet. */
export function expectationFailed(expectation: string): ErrorResponse {
  return {
    statusCode: 417,
    body: {
      status: 'invalid_request_error',
      error_code: 'expectation_failed',
      error_message: `Expect "${expectation}" cannot be met. Send Expect: 100-continue or no Expect header.`,
    },
  };
}

/** 404 for a path the API does not have. */
export function routeNotFound(method: string): ErrorResponse {
  return {
    statusCode: 404,
    body: {
      status: 'invalid_request_error',
      error_code: 'not_found',
      error_message: `No ${method} operation exists at this path. Customers are at /customers and /customers/{customer_id}.`,
    },
  };
}

/** 405 for a method the path does not support; the caller sends an Allow header listing `allowed`. */
export function methodNotAllowed(method: string, allowed: readonly string[]): ErrorResponse {
  return {
    statusCode: 405,
    body: {
      status: 'invalid_request_error',
      error_code: 'method_not_allowed',
      error_message: `Method ${method} is not allowed on this path. Use ${allowed.join(' or ')}.`,
    },
  };
}

/** 413 for a request body over `limitBytes`. */
export function payloadTooLarge(limitBytes: number): ErrorResponse {
  return {
    statusCode: 413,
    body: {
      status: 'invalid_request_error',
      error_code: 'payload_too_large',
      error_message: `The request body is over the limit of ${limitBytes} bytes. Send a smaller form.`,
    },
  };
}

/** 415 for a body that is not form-encoded, or, with the `request.content-type-ignored` fault, a GET with a Content-Type. */
export function unsupportedMediaType(contentType: string, expected: string): ErrorResponse {
  return {
    statusCode: 415,
    body: {
      status: 'invalid_request_error',
      error_code: 'unsupported_media_type',
      error_message: `Content-Type "${contentType}" is not supported here. ${expected}`,
    },
  };
}

/**
 * 400 for form fields that are missing, empty or invalid. The error_code is an assumption:
 * Juspay documents error_info.code INVALID_INPUT and the fields list for this case but no
 * error_code.
 */
export function invalidInput(problems: readonly FieldProblem[]): ErrorResponse {
  const names = problems.map((problem) => problem.field_name).join(', ');
  return {
    statusCode: 400,
    body: {
      status: 'invalid_request_error',
      error_code: 'invalid_input',
      error_message: `Invalid input: ${names}`,
      error_info: {
        code: 'INVALID_INPUT',
        category: 'USER_ERROR',
        user_message: `Invalid input: ${names}`,
        developer_message: 'Correct the fields listed in error_info.fields and send the request again.',
        fields: problems,
      },
    },
  };
}

/** 400 for an object_reference_id that the merchant already uses. */
export function duplicateReferenceId(): ErrorResponse {
  return {
    statusCode: 400,
    body: {
      status: 'invalid_request_error',
      error_code: 'unique',
      error_message: 'A customer with this object_reference_id already exists.',
      error_info: {
        code: 'ALREADY_EXISTS',
        category: 'USER_ERROR',
        user_message: 'A customer with this object_reference_id already exists.',
        developer_message: 'object_reference_id is unique per merchant. Get the existing customer, or create one with another reference id.',
      },
    },
  };
}

/** 500 in the shape of Juspay's open backend port. */
export function internalError(): ErrorResponse {
  return {
    statusCode: 500,
    body: {
      status: 'error',
      error_code: 'internal_error',
      error_message: 'The mock server failed to handle the request. Its log has the error under the x-request-id of this response.',
    },
  };
}

/**
 * 400, 408 or 431 for a request that Node's HTTP parser rejected before any handler ran. 400 is
 * bad syntax, such as a raw NUL or space in the path. 408 is a request that took too long. 431
 * is a request line and headers over Node's 16 KiB limit, which a very long customer id reaches.
 */
export function malformedRequest(statusCode: 400 | 408 | 431): ErrorResponse {
  const details = {
    400: ['bad_request', 'The request is not valid HTTP/1.1. Percent-encode the customer id in the path.'],
    408: ['request_timeout', 'The request did not arrive in time. Send the whole request at once.'],
    431: ['request_header_fields_too_large', 'The request line or headers are over 16 KiB. Send a shorter customer id.'],
  } as const;
  const [errorCode, message] = details[statusCode];

  return { statusCode, body: { status: 'invalid_request_error', error_code: errorCode, error_message: message } };
}

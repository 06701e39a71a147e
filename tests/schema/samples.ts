/**
 * Bodies for the schema tests. Each function returns a fresh copy, so a test can change one
 * field without affecting any other test.
 *
 * The two customers and the 404 body are the samples on Juspay's Get Customer page, the token is
 * the one in its second sample, and the Create Customer errors have the shape of the samples on
 * Juspay's Create Customer page. The 401 and 403 bodies carry the fields that Juspay's error-code
 * table and SDKs use, with messages written for these tests.
 */

export type Body = Record<string, unknown>;

export function customerWithoutToken(): Body {
  return {
    id: 'cst_om2l6ctlptxwxuzj',
    object: 'customer',
    object_reference_id: 'customer@gmail.com',
    mobile_number: '9988776655',
    date_created: '2020-03-17T14:29:17Z',
    last_updated: '2020-03-17T14:29:17Z',
    email_address: 'customer@gmail.com',
    first_name: 'John',
    last_name: 'Smith',
    mobile_country_code: '91',
  };
}

export function customerWithToken(): Body {
  return {
    object_reference_id: 'customer',
    object: 'customer',
    mobile_number: '9999999999',
    mobile_country_code: '91',
    last_updated: '2020-03-17T14:29:17Z',
    last_name: 'al',
    juspay: token(),
    id: 'cst_tooedar2k7j1d60b',
    first_name: 'name',
    email_address: 'test@juspay.in',
    date_created: '2020-03-17T14:29:17Z',
  };
}

export function token(): Body {
  return {
    client_auth_token_expiry: '2020-03-17T14:45:26Z',
    client_auth_token: 'tkn_8649cd66d30c47728b8dd2fb6279a4cc',
  };
}

export function notFound(): Body {
  return {
    status: 'invalid_request_error',
    error_code: 'object_not_found',
    error_message: 'Cannot find what you are looking for',
  };
}

export function notFoundWithInfo(): Body {
  return {
    ...notFound(),
    error_info: {
      code: 'RESOURCE_NOT_FOUND',
      category: 'USER_ERROR',
      user_message: 'Customer not found.',
      developer_message: 'No customer with this id exists for the merchant.',
    },
  };
}

export function accessDenied(): Body {
  return {
    status: 'error',
    error_code: 'access_denied',
    error_info: {
      code: 'UNAUTHORIZED',
      category: 'USER_ERROR',
      user_message: 'Unauthorized access.',
      developer_message: 'The API key is invalid or inactive.',
    },
  };
}

export function badOrigin(): Body {
  return {
    error: true,
    error_message: 'Request not allowed from this IP address.',
    user_message: 'Request not allowed from this IP address.',
    error_info: {
      code: 'BAD_ORIGIN',
      category: 'USER_ERROR',
      user_message: 'Request not allowed from this IP address.',
      developer_message: 'Add the IP address to the allow list.',
    },
  };
}

export function badRequest(): Body {
  return {
    status: 'Bad Request',
    error_code: 'Mandatory fields are missing',
    error_message: 'Mandatory fields are missing: x-merchantid',
  };
}

export function alreadyExists(): Body {
  return {
    status: 'invalid_request_error',
    error_code: 'unique',
    error_message: 'A customer with this object reference id already exists.',
    error_info: {
      code: 'ALREADY_EXISTS',
      category: 'USER_ERROR',
      user_message: 'Already exists.',
      developer_message: 'A customer with this object reference id already exists.',
    },
  };
}

export function invalidInput(): Body {
  return {
    status: 'Invalid Request',
    error_code: 'Invalid Request',
    error_message: 'Wrong value in mobile_number',
    error_info: {
      code: 'INVALID_INPUT',
      category: 'USER_ERROR',
      user_message: 'Invalid request params. Please verify your input.',
      developer_message: 'Invalid request params',
      fields: [{ field_name: 'mobile_number', reason: 'Invalid value.' }],
    },
  };
}

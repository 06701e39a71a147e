export { CustomerClient, type CustomerClientOptions, type GetCustomerOptions } from './customer-client.ts';
export {
  CreateCustomerError,
  CustomerClientOptionsError,
  CustomerRequestError,
  InvalidCustomerIdError,
  type CustomerRequestErrorCode,
} from './client-errors.ts';
export type { ClientAuthToken, Customer, CustomerWithToken, NewCustomerFields } from './customer.ts';
export type {
  AccessDeniedErrorBody,
  BadOriginErrorBody,
  BadRequestErrorBody,
  ErrorInfo,
  NotFoundErrorBody,
} from './error-bodies.ts';
export type { GetCustomerError, GetCustomerErrorKind, GetCustomerResult, UnexpectedResponse } from './get-customer-result.ts';

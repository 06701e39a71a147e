import type { FieldProblem } from './errors.ts';
import type { CustomerChanges, NewCustomerFields } from './store.ts';

/** Limits from Juspay's customer object: reference id 1 to 128, names 64, e-mail 128, mobile 16 digits. */
const MAX_REFERENCE_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 64;
const MAX_EMAIL_LENGTH = 128;
const MOBILE_NUMBER = /^[0-9]{1,16}$/;
// Juspay documents the country code as digits without '+'; 4 digits covers the longest codes.
const MOBILE_COUNTRY_CODE = /^[0-9]{1,4}$/;
const DEFAULT_MOBILE_COUNTRY_CODE = '91';

export type FieldsResult<T> =
  | { readonly ok: true; readonly fields: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Validates a Create Customer form; an empty optional field is stored as null. */
export function validateNewCustomer(form: ReadonlyMap<string, string>): FieldsResult<NewCustomerFields> {
  const problems: FieldProblem[] = [];

  const referenceId = form.get('object_reference_id') ?? '';
  if (referenceId === '') {
    problems.push({ field_name: 'object_reference_id', reason: 'is required and must not be empty' });
  } else if (referenceId.length > MAX_REFERENCE_ID_LENGTH) {
    problems.push({ field_name: 'object_reference_id', reason: `must be at most ${MAX_REFERENCE_ID_LENGTH} characters` });
  }

  const mobileNumber = form.get('mobile_number') ?? '';
  if (mobileNumber === '') {
    problems.push({ field_name: 'mobile_number', reason: 'is required and must not be empty' });
  }

  const changes = validateChanges(form, problems);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    fields: {
      object_reference_id: referenceId,
      mobile_number: mobileNumber,
      mobile_country_code: changes.mobile_country_code ?? DEFAULT_MOBILE_COUNTRY_CODE,
      email_address: changes.email_address ?? null,
      first_name: changes.first_name ?? null,
      last_name: changes.last_name ?? null,
    },
  };
}

/**
 * Validates an Update Customer form: every field is optional, and an empty optional field clears
 * it to null. mobile_number cannot be cleared. object_reference_id cannot change and is ignored.
 */
export function validateCustomerChanges(form: ReadonlyMap<string, string>): FieldsResult<CustomerChanges> {
  const problems: FieldProblem[] = [];

  if (form.get('mobile_number') === '') {
    problems.push({ field_name: 'mobile_number', reason: 'must not be empty' });
  }
  const changes = validateChanges(form, problems);

  return problems.length > 0 ? { ok: false, problems } : { ok: true, fields: changes };
}

/** Checks the fields Create and Update share and appends a problem for each invalid one. */
function validateChanges(form: ReadonlyMap<string, string>, problems: FieldProblem[]): CustomerChanges {
  const changes: {
    mobile_number?: string;
    mobile_country_code?: string;
    email_address?: string | null;
    first_name?: string | null;
    last_name?: string | null;
  } = {};

  const mobileNumber = form.get('mobile_number');
  if (mobileNumber !== undefined && mobileNumber !== '') {
    if (MOBILE_NUMBER.test(mobileNumber)) changes.mobile_number = mobileNumber;
    else problems.push({ field_name: 'mobile_number', reason: 'must be 1 to 16 digits' });
  }

  const countryCode = form.get('mobile_country_code');
  if (countryCode !== undefined && countryCode !== '') {
    if (MOBILE_COUNTRY_CODE.test(countryCode)) changes.mobile_country_code = countryCode;
    else problems.push({ field_name: 'mobile_country_code', reason: 'must be 1 to 4 digits, without +' });
  }

  const limits = [
    ['email_address', MAX_EMAIL_LENGTH],
    ['first_name', MAX_NAME_LENGTH],
    ['last_name', MAX_NAME_LENGTH],
  ] as const;
  for (const [name, maxLength] of limits) {
    const value = form.get(name);
    if (value === undefined) continue;
    if (value.length > maxLength) problems.push({ field_name: name, reason: `must be at most ${maxLength} characters` });
    else changes[name] = value === '' ? null : value;
  }

  return changes;
}

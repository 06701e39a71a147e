import { check, expect, test } from './support/fixtures.ts';
import { expectJsonContentType, readJsonBody } from './support/response.ts';

/** Methods that have no meaning on /customers/{id}; POST is Update Customer, so it is not here. */
const UNSUPPORTED_METHODS = ['PUT', 'PATCH', 'DELETE'] as const;

for (const method of UNSUPPORTED_METHODS) {
  test(...check('method.unsupported', `${method} on a customer returns a 4xx`, async ({ juspay }) => {
    const response = await juspay.getCustomer({ method });

    expect(response.status(), `status of ${method} /customers/{id}`).toBeGreaterThanOrEqual(400);
    expect(response.status(), `status of ${method} /customers/{id}`).toBeLessThan(500);
  }));
}

/** Path segments as they go on the wire, each one a way servers have been broken before. */
const HOSTILE_SEGMENTS: readonly { readonly name: string; readonly segment: string }[] = [
  { name: 'a 4,096-character id', segment: `cst_${'a'.repeat(4092)}` },
  { name: 'a unicode id', segment: encodeURIComponent('cst_顧客😀ü') },
  { name: 'an encoded slash', segment: 'cst_abc%2F..%2Fadmin' },
  { name: 'a dot-dot segment', segment: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'an encoded NUL byte', segment: 'cst_abc%00def' },
  { name: 'a single quote', segment: encodeURIComponent("cst_abc' OR '1'='1") },
  { name: 'a double quote', segment: encodeURIComponent('cst_abc"def') },
  { name: 'SQL-like text', segment: encodeURIComponent('1; DROP TABLE customers; --') },
  { name: 'a malformed percent escape', segment: 'cst_%E0%A4%A' },
  { name: 'a wildcard', segment: '%2A' },
];

for (const { name, segment } of HOSTILE_SEGMENTS) {
  test(...check('input.hostile-id', `${name} returns a 4xx JSON error`, async ({ juspay, target }) => {
    const response = await juspay.getCustomer({ pathSegment: segment });

    expect(response.status(), `status for ${name}`).toBeGreaterThanOrEqual(400);
    expect(response.status(), `status for ${name}`).toBeLessThan(500);
    expectJsonContentType(response);
    const body = await readJsonBody(response);
    expect(body.id, 'a hostile id must not return a customer').not.toBe(target.customerId);
    expect(body.object, 'a hostile id must not return a customer').not.toBe('customer');
  }));
}

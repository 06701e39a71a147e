/**
 * Returns a Content-Type value in a form where equal media types compare equal: lower case,
 * without the spaces allowed around ";" and "=". Returns null for a missing header.
 */
export function normaliseContentType(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.trim().toLowerCase().replace(/\s*;\s*/g, ';').replace(/\s*=\s*/g, '=');
}

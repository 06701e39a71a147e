/**
 * The only address the admin API binds. It is fixed, whatever `host` the mock itself binds,
 * because the admin API shows every header a client sent and must never be reachable from
 * another machine.
 */
export const ADMIN_HOST = '127.0.0.1';

const IPV4_MAPPED_PREFIX = '::ffff:';

/**
 * Returns true for a loopback peer address: 127.0.0.0/8, ::1, or 127.x in its IPv4-mapped IPv6
 * form (`::ffff:127.0.0.1`). An undefined address, as on a destroyed socket, is not loopback.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address === '::1') return true;

  const ipv4 = address.toLowerCase().startsWith(IPV4_MAPPED_PREFIX) ? address.slice(IPV4_MAPPED_PREFIX.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

/**
 * A UTC timestamp as Juspay writes it: `YYYY-MM-DDTHH:MM:SSZ` today, `+0000` in older docs.
 * `Date.parse` is not used because it rejects the `+0000` form.
 */
const UTC_TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|\+0000|\+00:00)$/;

/** Returns milliseconds since the epoch, or undefined when `value` is not such a timestamp. */
export function parseUtcTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;

  const match = UTC_TIMESTAMP_PATTERN.exec(value);
  if (!match) return undefined;

  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second);

  // Date.UTC rolls 2024-02-30 over to March 2; a real timestamp reads back unchanged.
  const date = new Date(epochMs);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || date.getUTCHours() !== hour) return undefined;
  return epochMs;
}
